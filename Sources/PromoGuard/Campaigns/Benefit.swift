/// What a campaign gives: exactly one kind of discount.
///
/// The same vocabulary describes the mechanics (what checkout does), the terms (what was promised) and what a
/// message advertises.
package enum Benefit: Sendable, Hashable {
  /// A percentage off every target line.
  case percentOff(Percentage)
  /// A fixed amount off the target lines together, shared in proportion to their amounts.
  case amountOff(Money)
  /// Each complete group of `quantity` target units costs `price` (units taken highest price first).
  case fixedPrice(Money, quantity: Int64)
  /// In each complete group of `buy + get` target units (highest price first) the `get` cheapest units get
  /// `percentOff` (100% means free).
  case buyGet(buy: Int64, get: Int64, percentOff: Percentage)
  /// The highest tier whose `minSubtotal` the target subtotal reaches; tiers ascend strictly.
  case tiers([Tier])
  /// A discount on the shipping amount.
  case shipping(Reward)

  /// A percentage or an amount off, as used by tiers and shipping benefits.
  package enum Reward: Sendable, Hashable {
    /// A percentage off.
    case percentOff(Percentage)
    /// An amount off, at most what there is to discount.
    case amountOff(Money)
  }

  /// One step of a tiered benefit.
  package struct Tier: Sendable, Hashable {
    /// The target subtotal (original prices) from which this tier applies.
    package var minSubtotal: Money
    /// What the tier gives.
    package var reward: Reward

    /// Creates a tier.
    package init(minSubtotal: Money, reward: Reward) {
      self.minSubtotal = minSubtotal
      self.reward = reward
    }
  }

  /// Whether the benefit discounts shipping rather than lines.
  package var isShipping: Bool {
    if case .shipping = self { return true }
    return false
  }
}
