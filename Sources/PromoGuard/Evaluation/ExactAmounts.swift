/// A campaign's discount before rounding: an exact amount per line, all over one common denominator.
///
/// The amount of line `lines[k]` is `numerators[k] / denominator` minor units.
struct ExactAmounts<I: ExactInteger> {
  /// Line indices, ascending; for a shipping benefit, empty.
  var lines: [Int]
  /// One numerator per entry of `lines` (or one for shipping), each ≥ 0.
  var numerators: [I]
  /// The common denominator, > 0.
  var denominator: I
  /// What is left to discount, in whole minor units: the campaign's discount never exceeds it.
  var cap: Int64
}

/// Why a campaign with its conditions met gives nothing, or its exact amounts.
enum ExactOutcome<I: ExactInteger> {
  /// The exact amounts to round and allocate.
  case amounts(ExactAmounts<I>)
  /// Nothing to discount, and why.
  case nothing(CodeDetail.NothingReason)
}

/// Percentages are millionths of the whole: the denominator of every percentage amount.
let millionths: Int64 = 1_000_000

/// Computes a benefit's exact amounts on the current state of a basket.
///
/// Each function is generic so that the engine runs with `Int128` (no allocation, no overflow in ordinary
/// baskets) and falls back to `BigInt` when an intermediate value does not fit.
enum ExactBenefit {
  /// The exact amounts `rules` gives on `basket`.
  ///
  /// - Parameters:
  ///   - rules: The campaign's rules.
  ///   - targets: The campaign's target lines.
  ///   - basket: Current amounts.
  ///   - _: The integer type to compute with.
  /// - Returns: The exact amounts, or why there is nothing to discount.
  /// - Throws: `ArithmeticError` when `I` is too small.
  static func amounts<I: ExactInteger>(
    _ rules: Rules, targets: TargetLines, basket: BasketState, as _: I.Type
  ) throws(ArithmeticError) -> ExactOutcome<I> {
    // A shipping offer on an order without shipping: say so, whatever the lines.
    if case .shipping = rules.benefit, basket.currentShipping <= 0 { return .nothing(.noShipping) }
    if case .gift(let gift) = rules.benefit {
      return try giftAmounts(gift, targets: targets, basket: basket)
    }
    guard !targets.indices.isEmpty else { return .nothing(.noTargetLines) }
    switch rules.benefit {
    case .percentOff(let percentage):
      return try lineReward(
        .percentOff(percentage), maxItems: rules.maxItems, pick: rules.maxItemsPick,
        targets: targets, basket: basket)
    case .amountOff(let amount):
      return try lineReward(
        .amountOff(amount), maxItems: rules.maxItems, pick: rules.maxItemsPick, targets: targets,
        basket: basket)
    case .tiers(let tiers):
      let measure = ConditionMeasure(rules.conditions.scope, targets: targets, basket: basket)
      guard let tier = measure.reachedTier(tiers) else {
        return .nothing(.noTargetLines)
      }
      return try lineReward(
        tier.reward, maxItems: rules.maxItems, pick: rules.maxItemsPick, targets: targets,
        basket: basket)
    case .amountOffEach(let amount):
      let pool = try UnitPool<I>(
        targets: targets, basket: basket, maxItems: rules.maxItems, pick: rules.maxItemsPick)
      return try pool.amountOffEach(amount.minorUnits)
    case .buyGet(let buy, let get, let percentage):
      let pool = try UnitPool<I>(
        targets: targets, basket: basket, maxItems: rules.maxItems, pick: rules.maxItemsPick)
      return try pool.buyGet(buy: buy, get: get, percentage: percentage)
    case .fixedPrice(let price, let quantity):
      let pool = try UnitPool<I>(
        targets: targets, basket: basket, maxItems: rules.maxItems, pick: rules.maxItemsPick)
      return try pool.fixedPrice(price.minorUnits, quantity: quantity)
    case .shipping(let reward):
      return try shipping(reward, basket: basket)
    case .combined(let lines, _):
      var lineRules = rules
      lineRules.benefit = lines
      return try amounts(lineRules, targets: targets, basket: basket, as: I.self)
    case .gift(let gift):
      return try giftAmounts(gift, targets: targets, basket: basket)
    }
  }

  /// A percentage or amount off the target lines, in proportion to their current amounts.
  private static func lineReward<I: ExactInteger>(
    _ reward: Benefit.Reward, maxItems: Int64?, pick: ItemPick, targets: TargetLines,
    basket: BasketState
  ) throws(ArithmeticError) -> ExactOutcome<I> {
    if maxItems != nil {
      let pool = try UnitPool<I>(targets: targets, basket: basket, maxItems: maxItems, pick: pick)
      return try pool.reward(reward)
    }
    var numerators = [I]()
    numerators.reserveCapacity(targets.indices.count)
    var left: Int64 = 0
    var everyLineHasAmount = true
    for index in targets.indices {
      let amount = basket.current[index]
      guard amount > 0 else {
        everyLineHasAmount = false
        continue
      }
      left &+= amount  // bounded by the checked subtotal
    }
    // Usually every target line has something left: share the target lines' array instead of copying it.
    let lines =
      everyLineHasAmount ? targets.indices : targets.indices.filter { basket.current[$0] > 0 }
    guard !lines.isEmpty else { return .nothing(.nothingLeft) }
    let denominator: I
    switch reward {
    case .percentOff(let percentage):
      let factor = I(percentage.millionths)
      for index in lines { numerators.append(try I(basket.current[index]).multiplied(by: factor)) }
      denominator = I(millionths)
    case .amountOff(let amount):
      let factor = I(amount.minorUnits)
      for index in lines { numerators.append(try I(basket.current[index]).multiplied(by: factor)) }
      denominator = I(left)
    }
    return .amounts(
      ExactAmounts(lines: lines, numerators: numerators, denominator: denominator, cap: left))
  }

  static func shipping<I: ExactInteger>(_ reward: Benefit.Reward, basket: BasketState)
    throws(ArithmeticError) -> ExactOutcome<I>
  {
    let left = basket.currentShipping
    guard left > 0 else { return .nothing(.noShipping) }
    switch reward {
    case .percentOff(let percentage):
      return .amounts(
        ExactAmounts(
          lines: [], numerators: [try I(left).multiplied(by: I(percentage.millionths))],
          denominator: I(millionths), cap: left))
    case .amountOff(let amount):
      return .amounts(
        ExactAmounts(lines: [], numerators: [I(amount.minorUnits)], denominator: .one, cap: left))
    }
  }
}
