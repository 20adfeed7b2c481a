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
    guard sum.signum > 0 else { return RoundedDiscount(total: 0, lines: [], amounts: []) }
    let exact = try I.divide(sum, by: amounts.denominator, rounding: rounding)
    var total = exact.int64Value ?? Int64.max
    total = min(total, amounts.cap)
    if let maxDiscount { total = min(total, maxDiscount) }
    guard total > 0 else { return RoundedDiscount(total: 0, lines: [], amounts: []) }
    guard !amounts.lines.isEmpty else {
      return RoundedDiscount(total: total, lines: [], amounts: [])
    }

    let count = amounts.lines.count
    // Reserved and appended: `[Int64](repeating:count:)` goes through an unspecialised library entry that
    // looks the array type's metadata up at run time.
    var shares = [Int64]()
    shares.reserveCapacity(count)
    // The remainders and the candidate lines are scratch: on the stack for ordinary baskets (`Scratch`), and
    // the lines are read in place, so the only array made here is the shares the discount keeps.
    var failure: ArithmeticError?
    let left = Scratch.with(I.self, count: count) { remainders in
      Scratch.with(Int.self, count: count) { candidates in
        amounts.lines.withUnsafeBufferPointer { lines in
          amounts.numerators.withUnsafeBufferPointer { numerators in
            capacity.withUnsafeBufferPointer { capacity in
              var initialized = 0
              defer {
                UnsafeMutableBufferPointer(rebasing: remainders[..<initialized]).deinitialize()
              }
              var left = total
              let scaledTotal = I(total)
              do throws(ArithmeticError) {
                for k in 0..<count {
                  let (quotient, remainder) = try scaledTotal.multiplied(by: numerators[k])
                    .quotientAndRemainder(dividingBy: sum)
                  // quotient ≤ total, so it fits Int64.
                  let share = min(quotient.int64Value ?? total, capacity[lines[k]])
                  shares.append(share)
                  remainders.initializeElement(at: k, to: remainder)
                  initialized += 1
                  left -= share
                }
              } catch {
                failure = error
                return Int64(0)
              }
              guard left > 0 else { return left }
              return shares.withUnsafeMutableBufferPointer { shares in
                distribute(
                  left, shares: shares, remainders: UnsafeBufferPointer(remainders),
                  numerators: numerators, lines: lines, capacity: capacity, candidates: candidates)
              }
            }
          }
        }
      }
    }
    if let failure { throw failure }
    return RoundedDiscount(total: total - left, lines: amounts.lines, amounts: shares)
  }

  /// Gives the `left` minor units that rounding each share down left over, one each to the lines with the
  /// largest remainders (ties: the larger exact amount, then the earlier line), never past a line's capacity.
  ///
  /// - Parameters:
  ///   - left: Minor units to give, > 0.
  ///   - shares: Each line's share so far; raised in place.
  ///   - remainders: Each line's remainder.
  ///   - numerators: Each line's exact amount.
  ///   - lines: The line of each entry.
  ///   - capacity: What is left of each line (indexed by line).
  ///   - candidates: Scratch for as many indices as there are lines.
  /// - Returns: The minor units still left (above zero only when every line is full).
  @inline(__always)
  private static func distribute<I: ExactInteger>(
    _ left: Int64, shares: UnsafeMutableBufferPointer<Int64>, remainders: UnsafeBufferPointer<I>,
    numerators: UnsafeBufferPointer<I>, lines: UnsafeBufferPointer<Int>,
    capacity: UnsafeBufferPointer<Int64>, candidates: UnsafeMutableBufferPointer<Int>
  ) -> Int64 {
    var left = left
    let precedes = { (a: Int, b: Int) -> Bool in
      if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
      if numerators[a] != numerators[b] { return numerators[a] > numerators[b] }
      return a < b
    }
    var candidateCount = 0
    for k in 0..<shares.count where numerators[k].signum > 0 {
      candidates[candidateCount] = k
      candidateCount += 1
    }
    var order = UnsafeMutableBufferPointer(rebasing: candidates[..<candidateCount])
    // Usually each of the first `left` lines in order takes one unit and no line is full: finding which lines
    // those are needs no full sort.
    if left < Int64(candidateCount) {
      let chosen = Int(left)
      selectFirst(chosen, of: &order, by: precedes)
      if order[..<chosen].allSatisfy({ shares[$0] < capacity[lines[$0]] }) {
        for k in order[..<chosen] { shares[k] += 1 }
        return 0
      }
    }
    order.sort(by: precedes)
    // One unit each in order; a second pass only when a line hit its capacity.
    for k in order where left > 0 && shares[k] < capacity[lines[k]] {
      shares[k] += 1
      left -= 1
    }
    for k in order where left > 0 {
      let extra = min(left, capacity[lines[k]] - shares[k])
      shares[k] += extra
      left -= extra
    }
    return left
  }

  /// Reorders `indices` so that its first `k` entries are the first `k` in the order `precedes` defines (a
  /// strict total order), in no particular order among themselves: quickselect, linear on average.
  ///
  /// - Parameters:
  ///   - k: How many to bring to the front, 1 ≤ k < `indices.count`.
  ///   - indices: The indices to reorder.
  ///   - precedes: Whether the first index comes before the second.
  @inline(__always)  // inlined where the comparator is known, so each comparison is no closure call
  static func selectFirst<Indices: MutableCollection & RandomAccessCollection>(
    _ k: Int, of indices: inout Indices, by precedes: (Int, Int) -> Bool
  ) where Indices.Element == Int, Indices.Index == Int {
    let target = k - 1
    var low = indices.startIndex
    var high = indices.endIndex - 1
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
