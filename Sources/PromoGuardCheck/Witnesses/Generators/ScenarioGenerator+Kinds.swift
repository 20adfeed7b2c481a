import PromoGuard

extension ScenarioGenerator {
  /// The budgets of the mechanics and the promise.
  private static func budgets(_ profile: CampaignProfile) -> [Money] {
    [profile.campaign.mechanics, profile.campaign.promise.rules].compactMap(\.limits.budget)
  }

  /// The gifts of the mechanics and the promise.
  private static func gifts(_ profile: CampaignProfile) -> [Benefit.Gift] {
    [profile.campaign.mechanics.benefit, profile.campaign.promise.rules.benefit].compactMap {
      if case .gift(let gift) = $0 { return gift }
      return nil
    }
  }

  /// The edges of a budget: nothing spent; the last minor unit left; exactly used up; and a little less than
  /// one order's discount left (the order that crosses the budget gets what is left).
  static func budgetTweaks(_ profile: CampaignProfile) -> [Tweak] {
    var amounts = [Int64]()
    for budget in budgets(profile) {
      let total = budget.minorUnits
      for amount in [0, total - 1, total, total - total / 1_000 - 1, total + 1]
      where amount >= 0 && !amounts.contains(amount) {
        amounts.append(amount)
      }
    }
    return amounts.map(Tweak.budgetSpent)
  }

  /// A basket with and without the gift: no gift unit, exactly the gift's quantity, one more than it.
  static func giftTweaks(_ profile: CampaignProfile) -> [Tweak] {
    var counts = [Int64]()
    for gift in gifts(profile) {
      for count in [0, gift.quantity, gift.quantity + 1] where !counts.contains(count) {
        counts.append(count)
      }
    }
    return counts.map(Tweak.giftUnits)
  }

  /// Removes every gift line and adds `count` units of the first gift SKU (from the catalog when it has the
  /// product, else an invented one).
  func applyGiftUnits(_ count: Int64, to checkout: inout Checkout) {
    let gifts = Self.gifts(profile)
    let skus = Set(gifts.flatMap(\.skus))
    checkout.lines.removeAll { skus.contains($0.sku) }
    guard count > 0, let sku = gifts.first?.skus.first else { return }
    let product = profile.products.first { $0.sku == sku }
    let price = product?.price ?? 1_200 * max(1, profile.unit / 100)
    if let product {
      checkout.lines.append(
        product.line(price: price, quantity: count, currency: checkout.currency))
    } else {
      checkout.lines.append(
        Checkout.Line(
          sku: sku, name: sku.lowercased(),
          unitPrice: Money(minorUnits: price, currency: checkout.currency), quantity: count))
    }
  }
}
