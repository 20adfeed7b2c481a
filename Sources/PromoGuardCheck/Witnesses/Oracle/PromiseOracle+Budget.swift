import PromoGuard

extension PromiseOracle {
  /// The gift of a gift-with-purchase promise.
  static func giftOf(_ benefit: Benefit) -> Benefit.Gift? {
    if case .gift(let gift) = benefit { return gift }
    return nil
  }

  /// What is left of the promised budget for `checkout` (budget − `budgetSpent`, never below zero), in minor
  /// units; `nil` when the promise states no budget.
  func budgetLeft(_ checkout: Checkout) -> Int64? {
    guard let budget = rules.limits.budget else { return nil }
    let spent = checkout.budgetSpent[campaign.id]?.minorUnits ?? 0
    return max(0, budget.minorUnits - max(0, spent))
  }
}
