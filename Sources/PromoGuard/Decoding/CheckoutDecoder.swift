/// Decodes a checkout from JSON, as `promoguard evaluate` reads it and backends may send it.
package enum CheckoutDecoder {
  /// The most lines a checkout may have.
  package static let maximumLines = 10_000
  /// The most codes a checkout may carry (only the first 10 count; the rest are `tooManyCodes`).
  package static let maximumCodes = 100
  /// The largest quantity on one line.
  package static let maximumQuantity: Int64 = 1_000_000

  /// The keys of a checkout; `$schema` names a JSON Schema for editors and is ignored.
  package static let keys = [
    "currency", "lines", "shipping", "customer", "redemptionTotals", "channel", "at", "codes",
    "link", "budgetSpent", "usedCodes", "$schema",
  ]
  /// The keys of a line.
  package static let lineKeys = ["sku", "name", "categories", "tags", "unitPrice", "quantity"]
  /// The keys of a customer.
  package static let customerKeys = ["id", "segments", "orderCount", "redemptions"]

  /// The checkout in `bytes`, or every problem found in it.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 JSON.
  ///   - path: The path shown in diagnostics.
  ///   - now: The time used when the checkout gives no `at`.
  /// - Returns: The checkout, or the diagnostics.
  package static func decode(_ bytes: [UInt8], path: String, now: Instant) -> Result<
    Checkout, LoadError
  > {
    decode(bytes, path: path, now: now, recordsPositions: false).map(\.checkout)
  }

  /// The checkout in `bytes` with where its values were written, or every problem found in it; for a
  /// command that names the line and column of an ``EvaluationError/path``.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 JSON.
  ///   - path: The path shown in diagnostics.
  ///   - now: The time used when the checkout gives no `at`.
  /// - Returns: The checkout and its positions, or the diagnostics.
  package static func decodeLocated(_ bytes: [UInt8], path: String, now: Instant) -> Result<
    LocatedCheckout, LoadError
  > {
    decode(bytes, path: path, now: now, recordsPositions: true)
  }

  private static func decode(
    _ bytes: [UInt8], path: String, now: Instant, recordsPositions: Bool
  ) -> Result<LocatedCheckout, LoadError> {
    let context = DecodingContext(file: path, recordsPositions: recordsPositions)
    guard let root = context.parse(bytes) else {
      return .failure(LoadError(diagnostics: context.finishedDiagnostics()))
    }
    let checkout = decode(root, path: "", context: context, now: now)
    guard context.diagnostics.isEmpty, let checkout else {
      return .failure(LoadError(diagnostics: context.finishedDiagnostics()))
    }
    return .success(LocatedCheckout(checkout: checkout, positions: context.positions))
  }

  static func decode(_ node: JSONNode, path: String, context: DecodingContext, now: Instant)
    -> Checkout?
  {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: keys,
        what: "a checkout like {\"currency\": \"USD\", \"lines\": [...], \"codes\": [\"SEPT20\"]}",
        context: context)
    else { return nil }
    let before = context.diagnostics.count
    let currency = reader.required("currency", hint: "give the order's currency, like \"USD\"")
      .flatMap { context.currency($0, path: reader.path("currency")) }
    var lines = [Checkout.Line]()
    if let currency, let linesNode = reader.required("lines", hint: "list the basket's lines") {
      context.record(linesNode.position, path: reader.path("lines"))
      lines = self.lines(
        linesNode, path: reader.path("lines"), currency: currency, context: context)
    }
    let shipping = currency.flatMap { currency in
      reader.value("shipping").flatMap {
        context.record($0.position, path: reader.path("shipping"))
        return context.money($0, path: reader.path("shipping"), currency: currency)
      }
    }
    let customer = reader.value("customer").flatMap {
      self.customer($0, path: reader.path("customer"), context: context)
    }
    let totals = reader.value("redemptionTotals").flatMap {
      counts($0, path: reader.path("redemptionTotals"), context: context)
    }
    let budgetSpent = currency.flatMap { currency in
      reader.value("budgetSpent").flatMap {
        self.budgetSpent($0, path: reader.path("budgetSpent"), currency: currency, context: context)
      }
    }
    let channel = reader.value("channel").flatMap {
      context.nonEmptyString($0, path: reader.path("channel"), what: "the channel")
    }
    let at = reader.value("at").flatMap {
      context.timestamp($0, path: reader.path("at"), zone: .utc)?.instant
    }
    let codes = reader.value("codes").flatMap { node -> [String]? in
      guard case .array(let elements) = node.value, elements.count <= maximumCodes else {
        context.report(
          "expected a list of at most \(maximumCodes) codes like [\"SEPT20\"], found "
            + FoundValue.describe(node),
          at: node.position, path: reader.path("codes"))
        return nil
      }
      var codes = [String]()
      for (index, element) in elements.enumerated() {
        if let code = context.string(
          element, path: JSONPathText.element(reader.path("codes"), index), what: "a code")
        {
          codes.append(code)
        }
      }
      return codes
    }
    let usedCodes = reader.value("usedCodes").flatMap {
      context.stringList(
        $0, path: reader.path("usedCodes"), what: "pool codes already redeemed", allowEmpty: true,
        maximum: maximumCodes)
    }
    let link = reader.value("link").flatMap {
      context.string($0, path: reader.path("link"), what: "the link the customer arrived by")
    }
    if let schemaNode = reader.value("$schema") {
      _ = context.string(
        schemaNode, path: reader.path("$schema"), what: "the address of a JSON Schema")
    }
    guard context.diagnostics.count == before, let currency else { return nil }
    var checkout = Checkout(
      currency: currency, lines: lines, shipping: shipping, customer: customer,
      redemptionTotals: totals ?? [:], channel: channel, at: at ?? now, codes: codes ?? [],
      link: link)
    checkout.budgetSpent = budgetSpent ?? [:]
    checkout.usedCodes = usedCodes ?? []
    return checkout
  }

  private static func lines(
    _ node: JSONNode, path: String, currency: Currency, context: DecodingContext
  ) -> [Checkout.Line] {
    guard case .array(let elements) = node.value else {
      context.report(
        "expected a list of lines, found \(FoundValue.describe(node))", at: node.position,
        path: path)
      return []
    }
    guard elements.count <= maximumLines else {
      context.report(
        "too many lines: \(elements.count), the most accepted is \(maximumLines)",
        at: node.position, path: path)
      return []
    }
    var lines = [Checkout.Line]()
    lines.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      let linePath = JSONPathText.element(path, index)
      guard
        let reader = ObjectReader(
          element, path: linePath, allowed: lineKeys,
          what:
            "a line like {\"sku\": \"SABLE-THROW\", \"unitPrice\": \"149.00\", \"quantity\": 1}",
          context: context)
      else { continue }
      let before = context.diagnostics.count
      let sku = reader.required("sku", hint: "give the product's SKU").flatMap {
        context.nonEmptyString($0, path: reader.path("sku"), what: "the SKU")
      }
      let name = reader.value("name").flatMap {
        context.string($0, path: reader.path("name"), what: "the product name")
      }
      let categories = reader.value("categories").flatMap {
        context.stringList(
          $0, path: reader.path("categories"), what: "categories", allowEmpty: true)
      }
      let tags = reader.value("tags").flatMap {
        context.stringList($0, path: reader.path("tags"), what: "tags", allowEmpty: true)
      }
      let unitPrice = reader.required("unitPrice", hint: "give the price of one unit").flatMap {
        context.money($0, path: reader.path("unitPrice"), currency: currency)
      }
      var quantity: Int64? = 1
      if let quantityNode = reader.value("quantity") {
        quantity = context.wholeNumber(
          quantityNode, path: reader.path("quantity"), what: "the quantity",
          range: 1...maximumQuantity)
      }
      guard context.diagnostics.count == before, let sku, let unitPrice, let quantity else {
        continue
      }
      context.record(element.position, path: linePath)
      for key in ["unitPrice", "quantity"] {
        if let node = reader.value(key) { context.record(node.position, path: reader.path(key)) }
      }
      lines.append(
        Checkout.Line(
          sku: sku, name: name ?? "", categories: categories ?? [], tags: tags ?? [],
          unitPrice: unitPrice, quantity: quantity))
    }
    return lines
  }

  private static func customer(_ node: JSONNode, path: String, context: DecodingContext)
    -> Checkout.Customer?
  {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: customerKeys,
        what: "a customer like {\"id\": \"c-42\", \"segments\": [\"vip\"], \"orderCount\": 3}",
        context: context)
    else { return nil }
    let before = context.diagnostics.count
    let id = reader.value("id").flatMap {
      context.nonEmptyString($0, path: reader.path("id"), what: "the customer id")
    }
    let segments = reader.value("segments").flatMap {
      context.stringList($0, path: reader.path("segments"), what: "segments", allowEmpty: true)
    }
    let orderCount = reader.value("orderCount").flatMap {
      context.wholeNumber(
        $0, path: reader.path("orderCount"), what: "the order count", range: 0...Int64.max)
    }
    let redemptions = reader.value("redemptions").flatMap {
      counts($0, path: reader.path("redemptions"), context: context)
    }
    guard context.diagnostics.count == before else { return nil }
    return Checkout.Customer(
      id: id, segments: segments ?? [], orderCount: orderCount ?? 0,
      redemptions: redemptions ?? [:])
  }

  private static func counts(_ node: JSONNode, path: String, context: DecodingContext)
    -> [String: Int64]?
  {
    guard case .object(let object) = node.value else {
      context.report(
        "expected counts by campaign id like {\"sept-20\": 3}, found \(FoundValue.describe(node))",
        at: node.position, path: path)
      return nil
    }
    var counts = [String: Int64]()
    for member in object.members {
      let memberPath = JSONPathText.member(path, member.key)
      if counts[member.key] != nil {
        context.report(
          "the campaign \(FoundValue.quoted(member.key)) appears twice — keep only one count",
          at: member.keyPosition, path: path)
        continue
      }
      if let count = context.wholeNumber(
        member.value, path: memberPath, what: "a redemption count", range: 0...Int64.max)
      {
        counts[member.key] = count
      }
    }
    return counts
  }
}

/// A decoded checkout and where its values were written, so an ``EvaluationError`` can name a line and
/// column.
package struct LocatedCheckout: Sendable {
  /// The checkout.
  package var checkout: Checkout
  /// Where values were written, by JSON path: `lines`, `lines[i]`, `lines[i].unitPrice`,
  /// `lines[i].quantity` and `shipping`.
  package var positions: [String: SourcePosition]

  /// Where the value at `path` was written, or its nearest enclosing value that was recorded
  /// (`lines[2]` for `lines[2].quantity` when the quantity was left out).
  ///
  /// - Parameter path: A JSON path, as ``EvaluationError/path`` gives it.
  /// - Returns: The position and the path it belongs to, or `nil`.
  package func position(of path: String) -> (position: SourcePosition, path: String)? {
    var current = Substring(path)
    while !current.isEmpty {
      if let position = positions[String(current)] { return (position, String(current)) }
      guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
      current = current[..<cut]
    }
    return nil
  }
}
