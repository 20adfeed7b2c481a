extension TermsText {
  /// A gift in a few words: "free TOTE-BAG", "2 free TOTE-BAG or MUG", or with the catalog's names "free Tote
  /// Bag (TOTE-BAG)".
  ///
  /// - Parameters:
  ///   - gift: The gift.
  ///   - names: Product names by SKU, from the campaign file's catalog; a SKU without one is written alone.
  /// - Returns: The phrase, in lower case.
  static func giftPhrase(_ gift: Benefit.Gift, names: [String: String] = [:]) -> String {
    let count = gift.quantity == 1 ? "" : "\(EnglishList.number(gift.quantity)) "
    let products = gift.skus.map { sku in names[sku].map { "\($0) (\(sku))" } ?? sku }
    return "\(count)free \(EnglishList.joined(products, "or"))"
  }

  /// The gift's sentence, like "A free Tote Bag (TOTE-BAG) with your order: add it to your basket …".
  static func giftLine(_ gift: Benefit.Gift, _ rules: Rules, names: [String: String] = [:])
    -> String
  {
    let with = rules.target.isEverything ? "your order" : "eligible items"
    let article = gift.quantity == 1 ? "a " : ""
    let pronoun = gift.quantity == 1 ? "it is" : "they are"
    return
      "\(article)\(giftPhrase(gift, names: names)) with \(with): add \(gift.quantity == 1 ? "it" : "them") to "
      + "your basket and \(pronoun) taken off (at most \(EnglishList.count(gift.quantity, "gift item")) "
      + "per order)."
  }

  /// A combined benefit's sentence: "20% off your order and free shipping." (one code, one cap for both).
  static func combinedLines(_ rules: Rules, lines lineBenefit: Benefit) -> [String] {
    var lineRules = rules
    lineRules.benefit = lineBenefit
    lineRules.maxItems = nil
    lineRules.maxDiscount = nil
    var lines = benefitLines(lineRules)
    guard let shipping = rules.benefit.shippingReward, !lines.isEmpty else { return lines }
    let last = lines[0].hasSuffix(".") ? String(lines[0].dropLast()) : lines[0]
    lines[0] = "\(last) and \(phrase(.shipping(shipping)))."
    return lines
  }

  /// The budget's sentence, like "Offered while the promotion budget of $5,000.00 lasts" (with a full stop).
  static func budgetLine(_ budget: Money) -> String {
    "Offered while the promotion budget of \(budget.formatted) lasts."
  }
}
