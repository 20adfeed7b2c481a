extension UnitPool {
  /// An amount off every unit of the pool, never below the unit's current price: each run gives
  /// `count × min(price, amount)`.
  ///
  /// - Parameter amount: The amount off each unit, in minor units (> 0).
  /// - Returns: The exact amounts per line, or why there is nothing.
  /// - Throws: `ArithmeticError` when `I` is too small.
  func amountOffEach(_ amount: Int64) throws(ArithmeticError) -> ExactOutcome<I> {
    guard !runs.isEmpty else { return .nothing(.nothingLeft) }
    let scaledAmount = try I(amount).multiplied(by: scale)
    var numerators = [I]()
    numerators.reserveCapacity(runs.count)
    for run in runs {
      let each = run.price < scaledAmount ? run.price : scaledAmount
      numerators.append(try each.multiplied(by: I(run.count)))
    }
    return try sortedByLine(
      lines: runs.map(\.line), numerators: numerators, denominator: scale)
  }
}
