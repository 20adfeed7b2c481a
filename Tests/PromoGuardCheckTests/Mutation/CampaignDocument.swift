/// A campaign file being edited: its campaigns and catalog as JSON, with the look-ups operators need.
struct CampaignDocument: Sendable, Hashable {
  /// The whole file.
  var root: JSONValue
  /// The companion files (pools, recipient lists) by the name the file writes, as text.
  var companions: [String: String] = [:]

  /// The campaigns, in file order.
  var campaigns: [JSONValue] {
    get { root["campaigns"]?.array ?? [] }
    set { root["campaigns"] = .array(newValue) }
  }

  /// The catalog's products.
  var products: [JSONValue] {
    get { root.value(at: ["catalog", "products"])?.array ?? [] }
    set { root.set(["catalog", "products"], to: .array(newValue)) }
  }

  /// Every category some catalog product carries, sorted.
  var categories: [String] {
    Set(products.flatMap { $0["categories"]?.strings ?? [] }).sorted()
  }

  /// The file as text.
  ///
  /// - Parameter order: How to order objects' keys.
  /// - Returns: The JSON text.
  func text(keyOrder order: JSONValue.KeyOrder = .ascending) -> String {
    root.serialized(keyOrder: order)
  }

  /// The catalog products a target (`{"include": ..., "exclude": ...}`, or `nil` for every line) discounts.
  ///
  /// - Parameter target: The target clause.
  /// - Returns: The matching products, in catalog order.
  func products(matching target: JSONValue?) -> [JSONValue] {
    products.filter { product in
      let include = target?["include"]
      let included = include.map { Self.selector($0, names: product) } ?? true
      let excluded = target?["exclude"].map { Self.selector($0, names: product) } ?? false
      return included && !excluded
    }
  }

  /// Whether a selector names a product (by SKU, category or tag); an empty selector names nothing.
  private static func selector(_ selector: JSONValue, names product: JSONValue) -> Bool {
    if let sku = product["sku"]?.string, selector["skus"]?.strings.contains(sku) == true {
      return true
    }
    let categories = Set(product["categories"]?.strings ?? [])
    if !(selector["categories"]?.strings ?? []).allSatisfy({ !categories.contains($0) }) {
      return true
    }
    let tags = Set(product["tags"]?.strings ?? [])
    return !(selector["tags"]?.strings ?? []).allSatisfy { !tags.contains($0) }
  }

  /// Whether a target includes everything (no `include`, or an empty one).
  ///
  /// - Parameter target: The target clause, or `nil`.
  /// - Returns: `true` when every line not excluded is a target.
  static func includesEverything(_ target: JSONValue?) -> Bool {
    guard let include = target?["include"] else { return true }
    return ["skus", "categories", "tags"].allSatisfy { include[$0]?.strings.isEmpty ?? true }
  }
}
