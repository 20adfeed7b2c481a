extension TermsText {
  /// What a customer who came close to an offer can do, in the words `promoguard terms` uses for it.
  ///
  /// "Spend $8.00 more on items in the category bedding for 10% off.", "Add 1 more item for buy 2, get 1
  /// free.", and for conditions measured on the whole order "Spend $8.00 more of anything for 20% off items in
  /// the category shoes."
  ///
  /// The amount is the mechanics' shortfall (what checkout needs); the offer and the products it applies to are
  /// the promise's (what the customer was told).
  ///
  /// - Parameters:
  ///   - shortfall: The one condition missing.
  ///   - promise: The campaign's promise (its terms, else its mechanics).
  ///   - currency: The checkout's currency, for amounts.
  /// - Returns: One sentence.
  package static func nearMiss(
    _ shortfall: CodeDetail.Shortfall, promise: Rules, currency: Currency
  ) -> String {
    var offer: String
    if case .tiers(let tiers) = promise.benefit, let lowest = tiers.first {
      offer = phrase(lowest.reward)
    } else {
      offer = phrase(promise.benefit)
    }
    let scope = nearMissScope(promise.target)
    if shortfall.wholeOrder {
      // Measured on the whole order ("spend $50 on anything, get 20% off shoes"): any item counts.
      let what =
        shortfall.isMoney
        ? "Spend \(Money(minorUnits: shortfall.missing, currency: currency).formatted) more"
        : "Add " + EnglishList.count(shortfall.missing, "more item", plural: "more items")
      return "\(what) of anything for \(offer)\(scope.map { " \($0)" } ?? " your order")."
    }
    if shortfall.isMoney {
      let amount = Money(minorUnits: shortfall.missing, currency: currency).formatted
      if scope == nil, isOrderWide(promise.benefit) { offer += " your order" }
      return "Spend \(amount) more\(scope.map { " on \($0)" } ?? "") for \(offer)."
    }
    let count = shortfall.missing
    let items: String
    if let scope, let noun = ["eligible items", "items"].first(where: { scope.hasPrefix($0) }) {
      // "items in the category pillows" → "1 more item in the category pillows"
      let singular = "more " + noun.dropLast()
      items =
        EnglishList.count(count, singular, plural: "more " + noun) + scope.dropFirst(noun.count)
    } else if let scope {
      items = EnglishList.number(count) + " more of " + scope
    } else {
      items = EnglishList.count(count, "more item", plural: "more items")
    }
    return "Add \(items) for \(offer)."
  }

  /// Whether the benefit's phrase reads as a discount on the order ("10% off", "$5.00 off").
  private static func isOrderWide(_ benefit: Benefit) -> Bool {
    switch benefit {
    case .percentOff, .amountOff, .tiers: return true
    default: return false
    }
  }

  /// The products an offer applies to, or `nil` when it applies to every product.
  private static func nearMissScope(_ target: Target) -> String? {
    guard !target.isEverything else { return nil }
    let included = target.include.isEmpty ? "eligible items" : products(target.include)
    guard !target.exclude.isEmpty else { return included }
    return "\(included) (excluding \(products(target.exclude)))"
  }
}
