/// A campaign's discount in whole minor units and its share on each line.
struct RoundedDiscount {
  /// The campaign's discount.
  var total: Int64
  /// (line, amount) for each line with a share above zero, in line order; empty for shipping.
  var shares: [(line: Int, amount: Int64)]
}

/// Rounds a campaign's exact discount once, caps it, and allocates it back to the lines.
enum Allocation {
  /// The campaign's discount: the sum of the exact amounts rounded by `rounding`, then capped by `maxDiscount`
  /// and by what is left; allocated to the lines in proportion to their exact amounts by largest remainder
  /// (ties: the larger exact amount first, then the earlier line), never taking a line below zero.
  ///
  /// - Parameters:
  ///   - amounts: The exact amounts.
  ///   - rounding: The campaign's rounding rule.
  ///   - maxDiscount: The campaign's cap, if any, in minor units.
  ///   - capacity: What is left of each line (indexed by line); a share never exceeds it.
  /// - Returns: The rounded discount, zero when it rounds to nothing.
  /// - Throws: `ArithmeticError` when `I` is too small.
  static func rounded<I: ExactInteger>(
    _ amounts: ExactAmounts<I>, rounding: RoundingRule, maxDiscount: Int64?, capacity: [Int64]
  ) throws(ArithmeticError) -> RoundedDiscount {
    var sum = I.zero
    for numerator in amounts.numerators { sum = try sum.adding(numerator) }
    guard sum.signum > 0 else { return RoundedDiscount(total: 0, shares: []) }
    let exact = try I.divide(sum, by: amounts.denominator, rounding: rounding)
    var total = exact.int64Value ?? Int64.max
    total = min(total, amounts.cap)
    if let maxDiscount { total = min(total, maxDiscount) }
    guard total > 0 else { return RoundedDiscount(total: 0, shares: []) }
    guard !amounts.lines.isEmpty else { return RoundedDiscount(total: total, shares: []) }

    let count = amounts.lines.count
    var shares = [Int64](repeating: 0, count: count)
    var remainders = [I](repeating: .zero, count: count)
    var left = total
    let scaledTotal = I(total)
    for k in 0..<count {
      let (quotient, remainder) = try scaledTotal.multiplied(by: amounts.numerators[k])
        .quotientAndRemainder(dividingBy: sum)
      let room = capacity[amounts.lines[k]]
      // quotient ≤ total, so it fits Int64.
      let share = min(quotient.int64Value ?? total, room)
      shares[k] = share
      remainders[k] = remainder
      left -= share
    }
    if left > 0 {
      let order = (0..<count).filter { amounts.numerators[$0].signum > 0 }.sorted { a, b in
        if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
        if amounts.numerators[a] != amounts.numerators[b] {
          return amounts.numerators[a] > amounts.numerators[b]
        }
        return a < b
      }
      // One unit each in order; a second pass only when a line hit its capacity.
      for k in order where left > 0 && shares[k] < capacity[amounts.lines[k]] {
        shares[k] += 1
        left -= 1
      }
      for k in order where left > 0 {
        let extra = min(left, capacity[amounts.lines[k]] - shares[k])
        shares[k] += extra
        left -= extra
      }
    }
    var result = [(line: Int, amount: Int64)]()
    result.reserveCapacity(count)
    for k in 0..<count where shares[k] > 0 { result.append((amounts.lines[k], shares[k])) }
    return RoundedDiscount(total: total - left, shares: result)
  }
}
