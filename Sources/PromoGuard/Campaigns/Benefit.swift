/// What a campaign gives: exactly one kind of discount.
///
/// The same vocabulary describes the mechanics (what checkout does), the terms (what was promised) and what a
/// message advertises.
package enum Benefit: Sendable, Hashable {
  /// A percentage off every target line.
  case percentOff(Percentage)
  /// A fixed amount off the target lines together, shared in proportion to their amounts.
  case amountOff(Money)
  /// A fixed amount off every target unit (with `maxItems`, every chosen unit), never below zero: "$5 off every
  /// pair".
  case amountOffEach(Money)
  /// Each complete group of `quantity` target units costs `price` (units taken highest price first).
  case fixedPrice(Money, quantity: Int64)
  /// In each complete group of `buy + get` target units (highest price first) the `get` cheapest units get
  /// `percentOff` (100% means free).
  case buyGet(buy: Int64, get: Int64, percentOff: Percentage)
  /// The highest tier whose threshold the measured subtotal or quantity reaches; tiers ascend strictly and all
  /// use the same measure.
  case tiers([Tier])
  /// A discount on the shipping amount.
  case shipping(Reward)
  /// A line benefit and a shipping benefit under one code ("20% off and free shipping"): each part is rounded
  /// once on its own, and `maxDiscount` caps their sum, the lines taking the cap first. The line part is never
  /// `shipping`, `gift` or another combination.
  indirect case combined(lines: Benefit, shipping: Reward)
  /// Gift with purchase: up to `quantity` units of the listed SKUs in the basket become free, taken in the order
  /// the SKUs are listed, then in basket order. A qualifying basket without a gift unit is told what to add.
  case gift(Gift)

  /// A percentage or an amount off, as used by tiers and shipping benefits.
  package enum Reward: Sendable, Hashable {
    /// A percentage off.
    case percentOff(Percentage)
    /// An amount off, at most what there is to discount.
    case amountOff(Money)
  }

  /// One step of a tiered benefit.
  package struct Tier: Sendable, Hashable {
    /// Where the tier starts: a subtotal or a number of units, measured where the conditions are measured.
    package var threshold: Threshold
    /// What the tier gives.
    package var reward: Reward

    /// What a tier's threshold counts.
    package enum Threshold: Sendable, Hashable {
      /// A subtotal at original prices (`minSubtotal`).
      case subtotal(Money)
      /// A number of units (`minQuantity`).
      case quantity(Int64)
    }

    /// Creates a tier.
    package init(threshold: Threshold, reward: Reward) {
      self.threshold = threshold
      self.reward = reward
    }

    /// Creates a tier that starts at a subtotal.
    package init(minSubtotal: Money, reward: Reward) {
      self.threshold = .subtotal(minSubtotal)
      self.reward = reward
    }

    /// Creates a tier that starts at a number of units.
    package init(minQuantity: Int64, reward: Reward) {
      self.threshold = .quantity(minQuantity)
      self.reward = reward
    }

    /// The subtotal from which the tier applies, when it is measured by spend.
    package var minSubtotal: Money? {
      if case .subtotal(let money) = threshold { return money }
      return nil
    }

    /// The number of units from which the tier applies, when it is measured by quantity.
    package var minQuantity: Int64? {
      if case .quantity(let count) = threshold { return count }
      return nil
    }

    /// The threshold as a number: minor units for a subtotal, units for a quantity.
    package var minimum: Int64 {
      switch threshold {
      case .subtotal(let money): return money.minorUnits
      case .quantity(let count): return count
      }
    }

    /// Whether the tier is measured by quantity.
    package var isByQuantity: Bool { minQuantity != nil }
  }

  /// A gift with purchase: which products are the gift and how many units are free per order.
  package struct Gift: Sendable, Hashable {
    /// The SKUs that count as the gift, in the order their units are taken.
    package var skus: [String]
    /// The most gift units free in one order.
    package var quantity: Int64

    /// Creates a gift.
    package init(skus: [String], quantity: Int64) {
      self.skus = skus
      self.quantity = quantity
    }
  }

  /// The shipping part of a combined benefit, or the whole of a shipping benefit.
  package var shippingReward: Reward? {
    switch self {
    case .shipping(let reward): return reward
    case .combined(_, let reward): return reward
    default: return nil
    }
  }

  /// The gift, when the benefit is a gift with purchase.
  package var gift: Gift? {
    if case .gift(let gift) = self { return gift }
    return nil
  }

  /// Whether the benefit discounts shipping rather than lines.
  package var isShipping: Bool {
    if case .shipping = self { return true }
    return false
  }
}
