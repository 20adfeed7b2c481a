import PromoGuard

/// How one benefit compares with another for every possible basket (the same target lines assumed).
///
/// `lower` and `higher` are decided only where they are certain for every basket; anything else that is not
/// identical is `different`.
enum BenefitComparison: Sendable, Hashable {
  /// The same discount for every basket.
  case same
  /// Never more, and for some basket less.
  case lower
  /// Never less, and for some basket more.
  case higher
  /// Neither: more for some baskets and less for others, or not comparable.
  case different

  /// How `actual` compares with `reference`.
  ///
  /// - Parameters:
  ///   - actual: The benefit judged (the mechanics, or what a message advertises).
  ///   - reference: The benefit it is judged against (the promise).
  /// - Returns: Whether `actual` gives the same, less, more, or something different.
  static func of(_ actual: Benefit, against reference: Benefit) -> BenefitComparison {
    switch (actual, reference) {
    case (.percentOff(let left), .percentOff(let right)):
      return ordered(left.millionths, right.millionths)
    case (.amountOff(let left), .amountOff(let right)):
      return money(left, right)
    case (.amountOffEach(let left), .amountOffEach(let right)):
      // More off each unit is more for every basket (each unit's saving is min(price, amount)).
      return money(left, right)
    case (.fixedPrice(let left, let leftQuantity), .fixedPrice(let right, let rightQuantity))
    where leftQuantity == rightQuantity && left.currency == right.currency:
      // A higher price for the same group is a lower benefit.
      return ordered(right.minorUnits, left.minorUnits)
    case (
      .buyGet(let leftBuy, let leftGet, let leftPercent),
      .buyGet(let rightBuy, let rightGet, let rightPercent)
    ) where leftBuy == rightBuy && leftGet == rightGet:
      return ordered(leftPercent.millionths, rightPercent.millionths)
    case (.shipping(let left), .shipping(let right)):
      return reward(left, right)
    case (.tiers(let left), .tiers(let right)):
      return tiers(left, right)
    case (.combined, _), (_, .combined), (.gift, _), (_, .gift):
      return kinds(actual, against: reference)
    default:
      return actual == reference ? .same : .different
    }
  }

  /// Combines the verdicts of the parts of a benefit: all the same is the same, only lower (or the same) is
  /// lower, only higher (or the same) is higher, anything else is different.
  static func combined(_ parts: [BenefitComparison]) -> BenefitComparison {
    if parts.contains(.different) { return .different }
    let hasLower = parts.contains(.lower)
    let hasHigher = parts.contains(.higher)
    switch (hasLower, hasHigher) {
    case (false, false): return .same
    case (true, false): return .lower
    case (false, true): return .higher
    case (true, true): return .different
    }
  }

  private static func ordered(_ left: Int64, _ right: Int64) -> BenefitComparison {
    left == right ? .same : left < right ? .lower : .higher
  }

  private static func money(_ left: Money, _ right: Money) -> BenefitComparison {
    guard left.currency == right.currency else { return .different }
    return ordered(left.minorUnits, right.minorUnits)
  }

  private static func reward(_ left: Benefit.Reward, _ right: Benefit.Reward)
    -> BenefitComparison
  {
    switch (left, right) {
    case (.percentOff(let one), .percentOff(let other)):
      return ordered(one.millionths, other.millionths)
    case (.amountOff(let one), .amountOff(let other)):
      return money(one, other)
    default:
      return .different
    }
  }

  /// Tiers compare tier by tier when both have as many tiers, every reward is of one kind and the rewards never
  /// fall as the minimums rise: then a higher minimum or a lower reward in every tier is certainly lower.
  private static func tiers(_ left: [Benefit.Tier], _ right: [Benefit.Tier]) -> BenefitComparison {
    guard left.count == right.count, isMonotone(left), isMonotone(right) else {
      return left == right ? .same : .different
    }
    var parts = [BenefitComparison]()
    for (one, other) in zip(left, right) {
      // Tiers by spend and tiers by quantity reach different baskets: not comparable.
      guard one.isByQuantity == other.isByQuantity,
        one.minSubtotal?.currency == other.minSubtotal?.currency
      else { return .different }
      // A higher minimum is a lower benefit.
      parts.append(ordered(other.minimum, one.minimum))
      parts.append(reward(one.reward, other.reward))
    }
    return combined(parts)
  }

  private static func isMonotone(_ tiers: [Benefit.Tier]) -> Bool {
    var previous: Benefit.Reward?
    for tier in tiers {
      if let previous {
        switch (previous, tier.reward) {
        case (.percentOff(let one), .percentOff(let other)) where one <= other: break
        case (.amountOff(let one), .amountOff(let other)) where one.minorUnits <= other.minorUnits:
          break
        default: return false
        }
      }
      previous = tier.reward
    }
    return true
  }
}
