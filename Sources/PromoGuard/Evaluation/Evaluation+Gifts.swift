extension Evaluation {
  /// Fills `gifts`: every gift campaign the basket qualifies for whose gift units are missing (none at all, or
  /// fewer than the gift's quantity), in application order, so a backend can add them.
  ///
  /// - Parameter checkout: The checkout being evaluated.
  mutating func collectGifts(_ checkout: Checkout) {
    // Usually no gift campaign is involved: nothing to collect, no list built.
    guard
      !missingGifts.isEmpty
        || candidates.indices.contains(where: { candidates[$0].campaign.rules.benefit.gift != nil })
    else { return }
    var found = [(rank: Int, gift: Quote.Gift)]()
    for campaign in missingGifts {
      if let gift = campaign.rules.benefit.gift {
        found.append(
          (
            campaign.rank,
            Quote.Gift(
              campaignID: CampaignID(campaign.id), skus: gift.skus.map { SKU($0) },
              quantity: gift.quantity)
          ))
      }
    }
    for candidate in candidates {
      guard let gift = candidate.campaign.rules.benefit.gift else { continue }
      let missing: Int64
      if candidate.eligibility.reasons == StatusSet(.giftNotInBasket) {
        missing = gift.quantity
      } else if candidate.isApplied {
        missing = gift.quantity - min(gift.quantity, GiftUnits(gift, in: checkout).count)
      } else {
        continue
      }
      guard missing > 0,
        !found.contains(where: { $0.gift.campaignID.rawValue == candidate.campaign.id })
      else { continue }
      found.append(
        (
          candidate.campaign.rank,
          Quote.Gift(
            campaignID: CampaignID(candidate.campaign.id), skus: gift.skus.map { SKU($0) },
            quantity: missing)
        ))
    }
    gifts = found.sorted { $0.rank < $1.rank }.map(\.gift)
  }

  /// Records on a candidate that the promotion budget cut its discount to what was left.
  mutating func noteBudget(
    _ index: Int, given: Int64, targets: TargetLines, basket: BasketState, checkout: Checkout
  ) throws(EvaluationError) {
    let campaign = candidates[index].campaign
    guard let budget = campaign.rules.limits.budget,
      case .discount(let uncapped) = try CampaignDiscount.outcome(
        campaign, targets: targets, basket: basket),
      uncapped.total > given
    else { return }
    let detail = CodeDetail.BudgetDetail(
      budget: budget.minorUnits,
      spent: checkout.budgetSpent[campaign.id]?.minorUnits ?? 0, given: given,
      uncapped: uncapped.total)
    candidates[index].eligibility.withDetail { $0.budget = detail }
  }
}
