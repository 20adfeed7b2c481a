/// The target units a unit-based benefit chooses from: runs of equal units, one run per target line.
///
/// A unit's current price is its line's current amount divided by its quantity, an exact fraction. All prices
/// are scaled by one common `scale` so that they are whole numbers: a run's `price / scale` minor units is the
/// price of one of its units. Units are never materialised one by one, so a line of a million units costs the
/// same as a line of one.
struct UnitPool<I: ExactInteger> {
  /// Equal units from one line.
  struct Run {
    /// The line the units come from.
    var line: Int
    /// How many of its units are in the pool.
    var count: Int64
    /// The scaled price of one unit.
    var price: I
  }

  /// The runs in line order, each with at least one unit.
  private(set) var runs: [Run]
  /// The common denominator of the unit prices.
  private(set) var scale: I

  /// The pool of `targets`: every target unit, or with `maxItems` only `maxItems` units priced above zero.
  ///
  /// The cap takes the cheapest or the most expensive units by `pick` (between equal units, the earlier line's
  /// first). Units priced zero never use up the cap and are left out of a capped pool.
  ///
  /// - Parameters:
  ///   - targets: The target lines.
  ///   - basket: Current amounts.
  ///   - maxItems: The most units to discount, if limited.
  ///   - pick: Which units the cap takes.
  /// - Throws: `ArithmeticError` when `I` is too small for the scale.
  init(
    targets: TargetLines, basket: BasketState, maxItems: Int64?, pick: ItemPick = .cheapest
  ) throws(ArithmeticError) {
    var scale = I.one
    for index in targets.indices {
      let reduced = basket.quantities[index] / gcd(basket.current[index], basket.quantities[index])
      if reduced != 1 { scale = try I.leastCommonMultiple(scale, I(reduced)) }
    }
    var runs = [Run]()
    runs.reserveCapacity(targets.indices.count)
    for index in targets.indices {
      let amount = basket.current[index]
      let quantity = basket.quantities[index]
      let divisor = gcd(amount, quantity)
      let (factor, _) = try scale.quotientAndRemainder(dividingBy: I(quantity / divisor))
      runs.append(
        Run(line: index, count: quantity, price: try I(amount / divisor).multiplied(by: factor)))
    }
    if let maxItems {
      var left = maxItems
      var chosen = [Int64](repeating: 0, count: runs.count)
      let priced = runs.indices.filter { runs[$0].price.signum > 0 }
      let order = priced.sorted {
        guard runs[$0].price != runs[$1].price else { return $0 < $1 }
        return pick == .mostExpensive
          ? runs[$0].price > runs[$1].price : runs[$0].price < runs[$1].price
      }
      for position in order where left > 0 {
        let take = min(left, runs[position].count)
        chosen[position] = take
        left -= take
      }
      for position in runs.indices { runs[position].count = chosen[position] }
      runs.removeAll { $0.count == 0 }
    }
    self.runs = runs
    self.scale = scale
  }

  /// Σ count × price, scaled.
  func value() throws(ArithmeticError) -> I {
    var total = I.zero
    for run in runs { total = try total.adding(try run.price.multiplied(by: I(run.count))) }
    return total
  }

  /// The pool's value in whole minor units, rounded down: the most the campaign may take.
  func cap(_ value: I) throws(ArithmeticError) -> Int64 {
    (try value.quotientAndRemainder(dividingBy: scale)).quotient.int64Value ?? Int64.max
  }

  /// A percentage or an amount off the pool's units, in proportion to their prices.
  func reward(_ reward: Benefit.Reward) throws(ArithmeticError) -> ExactOutcome<I> {
    let total = try value()
    guard total.signum > 0 else { return .nothing(runs.isEmpty ? .noTargetLines : .nothingLeft) }
    var numerators = [I]()
    numerators.reserveCapacity(runs.count)
    let denominator: I
    switch reward {
    case .percentOff(let percentage):
      let factor = I(percentage.millionths)
      for run in runs {
        numerators.append(try run.price.multiplied(by: I(run.count)).multiplied(by: factor))
      }
      denominator = try scale.multiplied(by: I(millionths))
    case .amountOff(let amount):
      let factor = I(amount.minorUnits)
      for run in runs {
        numerators.append(try run.price.multiplied(by: I(run.count)).multiplied(by: factor))
      }
      denominator = total
    }
    return .amounts(
      ExactAmounts(
        lines: runs.map(\.line), numerators: numerators, denominator: denominator,
        cap: try cap(total)))
  }

  /// Buy `buy`, get `get` at `percentage` off: units highest price first in groups of `buy + get`; in each
  /// complete group the `get` cheapest (the group's last) units are discounted.
  func buyGet(buy: Int64, get: Int64, percentage: Percentage) throws(ArithmeticError)
    -> ExactOutcome<I>
  {
    let group = buy + get
    let units = runs.reduce(Int64(0)) { $0 + $1.count }
    let limit = units / group * group
    guard limit > 0 else { return .nothing(.nothingLeft) }
    // Discounted positions below p: `get` per complete group, plus the tail of a partial group past `buy`.
    func discounted(below position: Int64) -> Int64 {
      let clamped = min(position, limit)
      return clamped / group * get + max(0, clamped % group - buy)
    }
    let factor = I(percentage.millionths)
    var lines = [Int]()
    var numerators = [I]()
    var position: Int64 = 0
    for run in highestFirst() {
      let count = discounted(below: position + run.count) - discounted(below: position)
      position += run.count
      guard count > 0 else { continue }
      lines.append(run.line)
      numerators.append(try run.price.multiplied(by: I(count)).multiplied(by: factor))
    }
    return try sortedByLine(
      lines: lines, numerators: numerators, denominator: try scale.multiplied(by: I(millionths)))
  }

  /// The fixed-price benefit: each complete group of `quantity` units costs `price`.
  ///
  /// Units are taken highest price first; a group that already costs less gives nothing. A group's discount is shared by its units in proportion to their prices.
  func fixedPrice(_ price: Int64, quantity: Int64) throws(ArithmeticError) -> ExactOutcome<I> {
    let groupPrice = try I(price).multiplied(by: scale)
    let sorted = highestFirst()
    // Uniform groups (all units from one run) per sorted run, and mixed groups that span runs.
    var uniform = [I](repeating: .zero, count: sorted.count)
    var members = [(run: Int, count: Int64)]()
    var groups = [(first: Int, end: Int, sum: I)]()
    var open: (first: Int, units: Int64, sum: I)?
    for (position, run) in sorted.enumerated() {
      var left = run.count
      if var partial = open {
        let take = min(left, quantity - partial.units)
        members.append((position, take))
        partial.units += take
        partial.sum = try partial.sum.adding(try run.price.multiplied(by: I(take)))
        left -= take
        if partial.units == quantity {
          groups.append((partial.first, members.count, partial.sum))
          open = nil
        } else {
          open = partial
        }
      }
      let whole = left / quantity
      if whole > 0 {
        let saving = try run.price.multiplied(by: I(quantity)).subtracting(groupPrice)
        if saving.signum > 0 { uniform[position] = try saving.multiplied(by: I(whole)) }
        left -= whole * quantity
      }
      if left > 0 {
        open = (members.count, left, try run.price.multiplied(by: I(left)))
        members.append((position, left))
      }
    }
    var common = I.one
    for group in groups where group.sum > groupPrice {
      common = try I.leastCommonMultiple(common, group.sum)
    }
    var numerators = try uniform.map { value throws(ArithmeticError) in
      try value.multiplied(by: common)
    }
    for group in groups where group.sum > groupPrice {
      let saving = try group.sum.subtracting(groupPrice)
      let (factor, _) = try common.quotientAndRemainder(dividingBy: group.sum)
      for member in members[group.first..<group.end] {
        let share = try saving.multiplied(by: I(member.count))
          .multiplied(by: sorted[member.run].price).multiplied(by: factor)
        numerators[member.run] = try numerators[member.run].adding(share)
      }
    }
    guard numerators.contains(where: { $0.signum > 0 }) else { return .nothing(.alreadyCheaper) }
    return try sortedByLine(
      lines: sorted.map(\.line), numerators: numerators,
      denominator: try scale.multiplied(by: common))
  }

  /// The runs highest price first; between equal units, the earlier line's first.
  private func highestFirst() -> [Run] {
    runs.sorted { $0.price != $1.price ? $0.price > $1.price : $0.line < $1.line }
  }

  /// Amounts keyed by line, put back in line order, without lines that get nothing.
  func sortedByLine(lines: [Int], numerators: [I], denominator: I) throws(ArithmeticError)
    -> ExactOutcome<I>
  {
    let order = lines.indices.filter { numerators[$0].signum > 0 }.sorted { lines[$0] < lines[$1] }
    guard !order.isEmpty else { return .nothing(.nothingLeft) }
    return .amounts(
      ExactAmounts(
        lines: order.map { lines[$0] }, numerators: order.map { numerators[$0] },
        denominator: denominator, cap: try cap(try value())))
  }
}

/// The greatest common divisor of two non-negative numbers, at least 1 when `b` ≥ 1.
func gcd(_ a: Int64, _ b: Int64) -> Int64 {
  var (x, y) = (a.magnitude, b.magnitude)
  while y != 0 { (x, y) = (y, x % y) }
  return Int64(x)
}
