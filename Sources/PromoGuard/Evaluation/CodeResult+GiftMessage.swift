extension Quote.CodeResult {
  /// The `giftNotInBasket` message: exactly what to add, by name and SKU.
  ///
  /// "The basket qualifies for "Spring tote": add the Tote Bag (TOTE-BAG) to the basket to get it free."
  func giftMessage(_ name: String) -> String {
    guard let gift = detail.gift, !gift.skus.isEmpty else {
      return "The basket qualifies for \(name), but the gift is not in it."
    }
    let products = zip(gift.skus, gift.names + Array(repeating: "", count: gift.skus.count)).map {
      sku, productName in
      productName.isEmpty ? sku : "the \(productName) (\(sku))"
    }
    let what = EnglishList.joined(products, "or")
    let count = gift.quantity == 1 ? "" : "\(gift.quantity) of "
    let pronoun = gift.quantity == 1 ? "it" : "them"
    return
      "The basket qualifies for \(name): add \(count)\(what) to the basket to get \(pronoun) free."
  }

  /// The end of an applied code's message when the promotion budget cut its discount.
  func budgetNote(_ budget: CodeDetail.BudgetDetail) -> String {
    let amount = { (minorUnits: Int64) in
      Money(minorUnits: minorUnits, currency: currency).formatted
    }
    return "the last \(amount(budget.given)) of the promotion budget of \(amount(budget.budget)) "
      + "(the offer would otherwise give \(amount(budget.uncapped)))"
  }
}
