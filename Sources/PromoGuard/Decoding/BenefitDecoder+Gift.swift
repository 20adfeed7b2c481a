extension BenefitDecoder {
  /// The keys of a gift with purchase.
  package static let giftKeys = ["skus", "quantity"]

  /// A gift with purchase, `{"skus": ["TOTE-BAG"], "quantity": 1}`: at least one SKU, each once; `quantity`
  /// (default 1) from 1.
  ///
  /// - Parameters:
  ///   - node: The gift object.
  ///   - path: Its JSON path.
  /// - Returns: The gift, or `nil` after reporting what is wrong.
  func gift(_ node: JSONNode, path: String) -> Benefit.Gift? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.giftKeys,
        what: "a gift like {\"skus\": [\"TOTE-BAG\"], \"quantity\": 1}", context: context)
    else { return nil }
    let before = context.diagnostics.count
    let skus = reader.required(
      "skus", hint: "list the SKUs of the gift, like \"skus\": [\"TOTE-BAG\"]"
    ).flatMap {
      context.stringList($0, path: reader.path("skus"), what: "gift SKUs", allowEmpty: false)
    }
    if let skus, let node = reader.value("skus") {
      var seen = Set<String>()
      for (index, sku) in skus.enumerated() {
        if sku.allSatisfy(\.isWhitespace) {
          context.report(
            "a gift SKU is empty — write the SKU of the product given free",
            at: node.position, path: JSONPathText.element(reader.path("skus"), index))
        } else if !seen.insert(sku).inserted {
          context.report(
            "the gift SKU \(FoundValue.quoted(sku)) is listed twice — list each SKU once",
            at: node.position, path: JSONPathText.element(reader.path("skus"), index))
        }
      }
    }
    var quantity: Int64? = 1
    if let node = reader.value("quantity") {
      quantity = context.wholeNumber(
        node, path: reader.path("quantity"), what: "the number of gift units free per order",
        range: 1...RulesDecoder.maximumCount)
    }
    guard context.diagnostics.count == before, let skus, let quantity else { return nil }
    return Benefit.Gift(skus: skus, quantity: quantity)
  }
}
