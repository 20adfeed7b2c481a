extension ExactBenefit {
  /// A gift with purchase: the gift units taken (``GiftUnits``, recorded in `targets.giftTaken`) are free at
  /// their current price.
  ///
  /// Every line but the last taken gives all its units, so its exact amount is its current amount; the last may
  /// give only some, `current × units / quantity`: the common denominator is that line's quantity.
  static func giftAmounts<I: ExactInteger>(
    _ gift: Benefit.Gift, targets: TargetLines, basket: BasketState
  ) throws(ArithmeticError) -> ExactOutcome<I> {
    guard let last = targets.giftTaken.last else { return .nothing(.noTargetLines) }
    let denominator = I(basket.quantities[last.line])
    var taken = targets.giftTaken.filter { basket.current[$0.line] > 0 }
    taken.sort { $0.line < $1.line }
    guard !taken.isEmpty else { return .nothing(.nothingLeft) }
    var lines = [Int]()
    var numerators = [I]()
    var exactSum = I.zero
    for entry in taken {
      let numerator = try I(basket.current[entry.line]).multiplied(
        by: entry.line == last.line ? I(entry.units) : denominator)
      lines.append(entry.line)
      numerators.append(numerator)
      exactSum = try exactSum.adding(numerator)
    }
    // What is left to discount: the taken units' current price, rounded down to a whole minor unit.
    let cap = try I.divide(exactSum, by: denominator, rounding: .down).int64Value ?? 0
    return .amounts(
      ExactAmounts(lines: lines, numerators: numerators, denominator: denominator, cap: cap))
  }
}
