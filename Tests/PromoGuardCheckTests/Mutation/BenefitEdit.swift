/// Makes a benefit (`{"percentOff": 20}`, tiers, buy/get, fixed price, shipping) worth more or less on every
/// basket it discounts.
enum BenefitEdit {
  /// The benefit made larger: 5 more percentage points, half as much again off, a fifth off the fixed price.
  ///
  /// - Parameters:
  ///   - benefit: The benefit.
  ///   - currency: The currency of its amounts.
  /// - Returns: The larger benefit, or `nil` when it cannot grow in kind (100% off, free items).
  static func raised(_ benefit: JSONValue, currency: String) -> JSONValue? {
    edited(
      benefit, currency: currency, percent: { $0 < 100 ? min($0 + 5, 100) : nil },
      amount: { MoneyText.scaled($0, by: 3, over: 2, currency: currency) },
      price: { MoneyText.scaled($0, by: 4, over: 5, currency: currency) })
  }

  /// The benefit made smaller: 5 fewer percentage points (half below 10), a fifth less off, a fifth more on
  /// the fixed price.
  ///
  /// - Parameters:
  ///   - benefit: The benefit.
  ///   - currency: The currency of its amounts.
  /// - Returns: The smaller benefit, or `nil` when it has nothing to lower.
  static func lowered(_ benefit: JSONValue, currency: String) -> JSONValue? {
    edited(
      benefit, currency: currency, percent: { $0 > 10 ? $0 - 5 : max($0 / 2, 1) },
      amount: { MoneyText.scaled($0, by: 4, over: 5, currency: currency) },
      price: { MoneyText.scaled($0, by: 6, over: 5, currency: currency) })
  }

  /// Applies edits to every percentage, amount off and fixed price of a benefit; `nil` when one cannot change.
  private static func edited(
    _ benefit: JSONValue, currency: String, percent: (Int) -> Int?,
    amount: (String) -> String?, price: (String) -> String?
  ) -> JSONValue? {
    var result = benefit
    if let tiers = benefit["tiers"]?.array {
      var newTiers = [JSONValue]()
      for tier in tiers {
        guard
          let tier = edited(
            tier, currency: currency, percent: percent, amount: amount, price: price)
        else { return nil }
        newTiers.append(tier)
      }
      result["tiers"] = .array(newTiers)
      return result
    }
    if let shipping = benefit["shipping"] {
      return edited(shipping, currency: currency, percent: percent, amount: amount, price: price)
        .map { .object(["shipping": $0]) }
    }
    if benefit["buy"] != nil {
      guard let new = percent(benefit["percentOff"]?.integer ?? 100) else { return nil }
      result["percentOff"] = .integer(new)
      return result
    }
    if let value = benefit["percentOff"]?.integer {
      guard let new = percent(value) else { return nil }
      result["percentOff"] = .integer(new)
    }
    if let value = benefit["amountOff"]?.string {
      guard let new = amount(value) else { return nil }
      result["amountOff"] = .string(new)
    }
    if let value = benefit["fixedPrice"]?.string {
      guard let new = price(value) else { return nil }
      result["fixedPrice"] = .string(new)
    }
    return result == benefit ? nil : result
  }
}
