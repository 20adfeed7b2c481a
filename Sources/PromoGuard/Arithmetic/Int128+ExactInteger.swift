/// The fast path of exact arithmetic: `Int128` with every trap turned into a thrown error.
///
/// Each operation is the raw `...ReportingOverflow` operation plus one branch, with no allocation.
extension Int128: ExactInteger {
  /// The value one.
  package static var one: Int128 { 1 }

  /// The sign of the value: -1 if negative, 0 if zero, 1 if positive.
  package var signum: Int {
    self < 0 ? -1 : (self == 0 ? 0 : 1)
  }

  /// The exact value if it fits Int64.
  package var int64Value: Int64? {
    Int64(exactly: self)
  }

  /// Returns the exact sum of this value and another.
  ///
  /// - Parameter other: The value to add.
  /// - Returns: `self + other`.
  /// - Throws: ``ArithmeticError/overflow`` if the sum is outside `Int128`.
  package func adding(_ other: Int128) throws(ArithmeticError) -> Int128 {
    let (sum, overflow) = addingReportingOverflow(other)
    if overflow { throw .overflow }
    return sum
  }

  /// Returns the exact difference of this value and another.
  ///
  /// - Parameter other: The value to subtract.
  /// - Returns: `self - other`.
  /// - Throws: ``ArithmeticError/overflow`` if the difference is outside `Int128`.
  package func subtracting(_ other: Int128) throws(ArithmeticError) -> Int128 {
    let (difference, overflow) = subtractingReportingOverflow(other)
    if overflow { throw .overflow }
    return difference
  }

  /// Returns the exact product of this value and another.
  ///
  /// - Parameter other: The value to multiply by.
  /// - Returns: `self * other`.
  /// - Throws: ``ArithmeticError/overflow`` if the product is outside `Int128`.
  package func multiplied(by other: Int128) throws(ArithmeticError) -> Int128 {
    let (product, overflow) = multipliedReportingOverflow(by: other)
    if overflow { throw .overflow }
    return product
  }

  /// Truncating division, as Swift's `/` and `%` (remainder has the dividend's sign).
  ///
  /// - Parameter divisor: The value to divide by.
  /// - Returns: The quotient, rounded toward zero, and the remainder.
  /// - Throws: ``ArithmeticError/divisionByZero`` if `divisor` is zero; ``ArithmeticError/overflow`` for
  ///   `Int128.min` divided by -1.
  package func quotientAndRemainder(dividingBy divisor: Int128) throws(ArithmeticError) -> (
    quotient: Int128, remainder: Int128
  ) {
    if divisor == 0 { throw .divisionByZero }
    let (quotient, overflow) = dividedReportingOverflow(by: divisor)
    if overflow { throw .overflow }
    // One division only: the remainder is exact and in range, so wrapping operations compute it.
    return (quotient, self &- quotient &* divisor)
  }

  /// Non-negative gcd; gcd(0, 0) == 0.
  ///
  /// The one result `Int128` cannot hold is 2^127, the gcd when both arguments are `Int128.min` or
  /// zero (and at least one is `Int128.min`). It is returned as `Int128.min`, which is 2^127 modulo
  /// 2^128, because this function cannot throw. Any nonzero argument other than `Int128.min`, such
  /// as a positive denominator, rules that case out.
  ///
  /// - Parameters:
  ///   - a: One value.
  ///   - b: The other value.
  /// - Returns: The greatest common divisor of `|a|` and `|b|`.
  package static func greatestCommonDivisor(_ a: Int128, _ b: Int128) -> Int128 {
    Int128(truncatingIfNeeded: UInt128.binaryGreatestCommonDivisor(a.magnitude, b.magnitude))
  }

  /// Non-negative lcm; throws on overflow; lcm(0, x) == 0.
  ///
  /// - Parameters:
  ///   - a: One value.
  ///   - b: The other value.
  /// - Returns: The least common multiple of `|a|` and `|b|`, or zero if either is zero.
  /// - Throws: ``ArithmeticError/overflow`` if the result exceeds `Int128.max`.
  package static func leastCommonMultiple(_ a: Int128, _ b: Int128) throws(ArithmeticError)
    -> Int128
  {
    if a == 0 || b == 0 { return 0 }
    let gcd = UInt128.binaryGreatestCommonDivisor(a.magnitude, b.magnitude)
    let (lcm, overflow) = (a.magnitude / gcd).multipliedReportingOverflow(by: b.magnitude)
    guard !overflow, let result = Int128(exactly: lcm) else { throw .overflow }
    return result
  }
}
