extension Quote {
  /// The keys of a gift entry.
  static let giftKeys = ["campaign", "skus", "quantity"]

  /// The optional `gifts` list of a quote: `[{"campaign": "spring-tote", "skus": ["TOTE-BAG"], "quantity": 1}]`;
  /// `[]` when absent, `nil` after reporting what is wrong.
  static func decodeGifts(of reader: ObjectReader, context: DecodingContext) -> [Gift]? {
    guard let node = reader.value("gifts") else { return [] }
    let path = reader.path("gifts")
    guard case .array(let elements) = node.value else {
      context.report(
        "expected a list of gifts like [{\"campaign\": \"spring-tote\", \"skus\": [\"TOTE-BAG\"], "
          + "\"quantity\": 1}], found \(FoundValue.describe(node))",
        at: node.position, path: path)
      return nil
    }
    var gifts = [Gift]()
    var isValid = true
    for (index, element) in elements.enumerated() {
      let elementPath = JSONPathText.element(path, index)
      guard
        let entry = ObjectReader(
          element, path: elementPath, allowed: giftKeys,
          what:
            "a gift like {\"campaign\": \"spring-tote\", \"skus\": [\"TOTE-BAG\"], \"quantity\": 1}",
          context: context)
      else {
        isValid = false
        continue
      }
      let campaign = entry.required("campaign", hint: "give the campaign's id").flatMap {
        context.nonEmptyString($0, path: entry.path("campaign"), what: "the campaign id")
      }
      let skus = entry.required("skus", hint: "list the gift's SKUs").flatMap {
        context.stringList($0, path: entry.path("skus"), what: "gift SKUs", allowEmpty: false)
      }
      let quantity = entry.required("quantity", hint: "give how many gift units to add").flatMap {
        context.wholeNumber(
          $0, path: entry.path("quantity"), what: "the gift units to add",
          range: 1...RulesDecoder.maximumCount)
      }
      guard let campaign, let skus, let quantity else {
        isValid = false
        continue
      }
      gifts.append(
        Gift(campaignID: CampaignID(campaign), skus: skus.map { SKU($0) }, quantity: quantity))
    }
    return isValid ? gifts : nil
  }
}
