extension Eligibility {
  /// Whether the campaign's total redemption limit or its budget is used up: nothing the customer does helps.
  static func isUsedUp(_ campaign: CompiledCampaign, checkout: Checkout) -> Bool {
    if let total = campaign.rules.limits.total, checkout.redemptionTotals[campaign.id] ?? 0 >= total
    {
      return true
    }
    return budgetUsedUp(campaign, checkout: checkout) != nil
  }

  /// The budget limit, when the discounts given so far (`checkout.budgetSpent`) reach `limits.budget`.
  static func budgetUsedUp(_ campaign: CompiledCampaign, checkout: Checkout) -> CodeDetail
    .LimitDetail?
  {
    guard let budget = campaign.rules.limits.budget else { return nil }
    let spent = checkout.budgetSpent[campaign.id]?.minorUnits ?? 0
    guard spent >= budget.minorUnits else { return nil }
    return CodeDetail.LimitDetail(kind: "budget", allowed: budget.minorUnits, used: spent)
  }

  /// What is left of the campaign's budget for this order, in minor units; `nil` without a budget.
  static func budgetLeft(_ campaign: CompiledCampaign, checkout: Checkout) -> Int64? {
    guard let budget = campaign.rules.limits.budget else { return nil }
    let spent = checkout.budgetSpent[campaign.id]?.minorUnits ?? 0
    return max(0, budget.minorUnits - max(0, spent))
  }
}
