/// The fastest path of exact arithmetic: an `Int64` with every trap turned into a thrown error.
///
/// The engine computes a discount first with this type, whose operations are single machine instructions plus
/// one overflow branch; when any intermediate value does not fit, the operation throws and the discount is
/// computed again with `Int128` (then `BigInt`). Whether a value fits is checked on every operation, so the
/// result is the exact one whichever type computed it. A wrapper rather than a conformance of `Int64` itself,
/// whose own `quotientAndRemainder(dividingBy:)` does not throw.
package struct ExactInt64: ExactInteger {
  /// The value.
  package var value: Int64

  /// Creates the integer with the given value.
  ///
  /// - Parameter value: The value.
  package init(_ value: Int64) {
    self.value = value
  }

  /// The value zero.
  package static var zero: ExactInt64 { ExactInt64(0) }

  /// The value one.
  package static var one: ExactInt64 { ExactInt64(1) }

  /// The value in decimal.
  package var description: String { value.description }

  /// Whether the first value is less than the second.
  package static func < (left: ExactInt64, right: ExactInt64) -> Bool { left.value < right.value }

  /// The sign of the value: -1 if negative, 0 if zero, 1 if positive.
  package var signum: Int {
    value < 0 ? -1 : (value == 0 ? 0 : 1)
  }

  /// The value itself: every `Int64` fits.
  package var int64Value: Int64? { value }

  /// Returns the exact sum of this value and another.
  ///
  /// - Parameter other: The value to add.
  /// - Returns: `self + other`.
  /// - Throws: ``ArithmeticError/overflow`` if the sum is outside `Int64`.
  package func adding(_ other: ExactInt64) throws(ArithmeticError) -> ExactInt64 {
    let (sum, overflow) = value.addingReportingOverflow(other.value)
    if overflow { throw .overflow }
    return ExactInt64(sum)
  }

  /// Returns the exact difference of this value and another.
  ///
  /// - Parameter other: The value to subtract.
  /// - Returns: `self - other`.
  /// - Throws: ``ArithmeticError/overflow`` if the difference is outside `Int64`.
  package func subtracting(_ other: ExactInt64) throws(ArithmeticError) -> ExactInt64 {
    let (difference, overflow) = value.subtractingReportingOverflow(other.value)
    if overflow { throw .overflow }
    return ExactInt64(difference)
  }

  /// Returns the exact product of this value and another.
  ///
  /// - Parameter other: The value to multiply by.
  /// - Returns: `self * other`.
  /// - Throws: ``ArithmeticError/overflow`` if the product is outside `Int64`.
  package func multiplied(by other: ExactInt64) throws(ArithmeticError) -> ExactInt64 {
    let (product, overflow) = value.multipliedReportingOverflow(by: other.value)
    if overflow { throw .overflow }
    return ExactInt64(product)
  }

  /// Truncating division, as Swift's `/` and `%` (remainder has the dividend's sign).
  ///
  /// - Parameter divisor: The value to divide by.
  /// - Returns: The quotient, rounded toward zero, and the remainder.
  /// - Throws: ``ArithmeticError/divisionByZero`` if `divisor` is zero; ``ArithmeticError/overflow`` for
  ///   `Int64.min` divided by -1.
  package func quotientAndRemainder(dividingBy divisor: ExactInt64) throws(ArithmeticError) -> (
    quotient: ExactInt64, remainder: ExactInt64
  ) {
    if divisor.value == 0 { throw .divisionByZero }
    let (quotient, overflow) = value.dividedReportingOverflow(by: divisor.value)
    if overflow { throw .overflow }
    // One division only: the remainder is exact and in range, so wrapping operations compute it.
    return (ExactInt64(quotient), ExactInt64(value &- quotient &* divisor.value))
  }

  /// Non-negative gcd; gcd(0, 0) == 0.
  ///
  /// The one result `Int64` cannot hold is 2^63, the gcd when both arguments are `Int64.min` or zero (and
  /// at least one is `Int64.min`). It is returned as `Int64.min`, which is 2^63 modulo 2^64, because this
  /// function cannot throw. Any nonzero argument other than `Int64.min`, such as a positive denominator,
  /// rules that case out.
  ///
  /// - Parameters:
  ///   - a: One value.
  ///   - b: The other value.
  /// - Returns: The greatest common divisor of `|a|` and `|b|`.
  package static func greatestCommonDivisor(_ a: ExactInt64, _ b: ExactInt64) -> ExactInt64 {
    ExactInt64(
      Int64(
        truncatingIfNeeded: UInt64.binaryGreatestCommonDivisor(a.value.magnitude, b.value.magnitude)
      ))
  }

  /// Non-negative lcm; throws on overflow; lcm(0, x) == 0.
  ///
  /// - Parameters:
  ///   - a: One value.
  ///   - b: The other value.
  /// - Returns: The least common multiple of `|a|` and `|b|`, or zero if either is zero.
  /// - Throws: ``ArithmeticError/overflow`` if the result exceeds `Int64.max`.
  package static func leastCommonMultiple(_ a: ExactInt64, _ b: ExactInt64) throws(ArithmeticError)
    -> ExactInt64
  {
    if a.value == 0 || b.value == 0 { return .zero }
    let gcd = UInt64.binaryGreatestCommonDivisor(a.value.magnitude, b.value.magnitude)
    let (lcm, overflow) = (a.value.magnitude / gcd).multipliedReportingOverflow(
      by: b.value.magnitude)
    guard !overflow, let result = Int64(exactly: lcm) else { throw .overflow }
    return ExactInt64(result)
  }
}
