/// A campaign's discount in whole minor units and its share on each line.
struct RoundedDiscount {
  /// The campaign's discount.
  var total: Int64
  /// The lines that share the discount, ascending; empty for shipping.
  ///
  /// Often the very array of the campaign's target lines, shared rather than copied.
  var lines: [Int]
  /// The share of each entry of `lines` (zero where a line takes nothing).
  var amounts: [Int64]

  /// A discount from its shares.
  ///
  /// - Parameters:
  ///   - total: The campaign's discount.
  ///   - shares: (line, amount) pairs, in line order.
  init(total: Int64, shares: [(line: Int, amount: Int64)]) {
    self.total = total
    self.lines = shares.map(\.line)
    self.amounts = shares.map(\.amount)
  }

  /// A discount from parallel arrays of lines and amounts.
  ///
  /// - Parameters:
  ///   - total: The campaign's discount.
  ///   - lines: The lines, ascending.
  ///   - amounts: The share of each line.
  init(total: Int64, lines: [Int], amounts: [Int64]) {
    self.total = total
    self.lines = lines
    self.amounts = amounts
  }

  /// (line, amount) for each line with a share above zero, in line order; empty for shipping.
  var shares: [(line: Int, amount: Int64)] {
    lines.indices.filter { amounts[$0] > 0 }.map { (lines[$0], amounts[$0]) }
  }
  /// For a combined benefit, the part of `total` taken off shipping (the shares hold the rest); 0 otherwise.
  var shipping: Int64 = 0
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
      // A constant copy: a closure capturing the `var` would check exclusive access at run time.
      let remainders = remainders
      let precedes = { (a: Int, b: Int) -> Bool in
        if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
        if amounts.numerators[a] != amounts.numerators[b] {
          return amounts.numerators[a] > amounts.numerators[b]
        }
        return a < b
      }
      var candidates = (0..<count).filter { amounts.numerators[$0].signum > 0 }
      // Usually each of the first `left` lines in order takes one unit and no line is full: finding which lines
      // those are needs no full sort.
      if left < Int64(candidates.count) {
        let chosen = Int(left)
        selectFirst(chosen, of: &candidates, by: precedes)
        if candidates[..<chosen].allSatisfy({ shares[$0] < capacity[amounts.lines[$0]] }) {
          for k in candidates[..<chosen] { shares[k] += 1 }
          left = 0
        }
      }
      if left > 0 {
        let order = candidates.sorted(by: precedes)
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
    }
    return RoundedDiscount(total: total - left, lines: amounts.lines, amounts: shares)
  }

  /// Reorders `indices` so that its first `k` entries are the first `k` in the order `precedes` defines (a
  /// strict total order), in no particular order among themselves: quickselect, linear on average.
  ///
  /// - Parameters:
  ///   - k: How many to bring to the front, 1 ≤ k < `indices.count`.
  ///   - indices: The indices to reorder.
  ///   - precedes: Whether the first index comes before the second.
  @inline(__always)  // inlined where the comparator is known, so each comparison is no closure call
  static func selectFirst(_ k: Int, of indices: inout [Int], by precedes: (Int, Int) -> Bool) {
    let target = k - 1
    var low = 0
    var high = indices.count - 1
    while low < high {
      // The median of the first, middle and last as the pivot, moved to `high`.
      let middle = low + (high - low) / 2
      if precedes(indices[middle], indices[low]) { indices.swapAt(middle, low) }
      if precedes(indices[high], indices[low]) { indices.swapAt(high, low) }
      if precedes(indices[middle], indices[high]) { indices.swapAt(middle, high) }
      let pivot = indices[high]
      var store = low
      for position in low..<high where precedes(indices[position], pivot) {
        indices.swapAt(position, store)
        store += 1
      }
      indices.swapAt(store, high)
      if store == target { return }
      if store > target { high = store - 1 } else { low = store + 1 }
    }
  }
}
