/// A signed integer whose arithmetic is exact: it throws instead of trapping or wrapping.
///
/// The discount engine is written once, generically over this protocol. It runs first with `Int128`
/// (no allocation) and, if any operation throws ``ArithmeticError/Kind/overflow``, again with ``BigInt``.
/// Use it as a generic constraint (`<Amount: ExactInteger>`), not as an existential, so that calls are
/// specialised and the `Int128` path costs what the raw operations cost.
///
/// ```swift
/// func total<Amount: ExactInteger>(_ values: [Amount]) throws(ArithmeticError) -> Amount {
///   var sum = Amount.zero
///   for value in values { sum = try sum.adding(value) }
///   return sum
/// }
/// ```
package protocol ExactInteger: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Creates the integer with the given value (every `Int64` is representable).
  ///
  /// - Parameter value: The value.
  init(_ value: Int64)

  /// The value zero.
  static var zero: Self { get }

  /// The value one.
  static var one: Self { get }

  /// The sign of the value: -1 if negative, 0 if zero, 1 if positive.
  var signum: Int { get }

  /// Returns the exact sum of this value and another.
  ///
  /// - Parameter other: The value to add.
  /// - Returns: `self + other`.
  /// - Throws: ``ArithmeticError/overflow`` if the sum is not representable.
  func adding(_ other: Self) throws(ArithmeticError) -> Self

  /// Returns the exact difference of this value and another.
  ///
  /// - Parameter other: The value to subtract.
  /// - Returns: `self - other`.
  /// - Throws: ``ArithmeticError/overflow`` if the difference is not representable.
  func subtracting(_ other: Self) throws(ArithmeticError) -> Self

  /// Returns the exact product of this value and another.
  ///
  /// - Parameter other: The value to multiply by.
  /// - Returns: `self * other`.
  /// - Throws: ``ArithmeticError/overflow`` if the product is not representable.
  func multiplied(by other: Self) throws(ArithmeticError) -> Self

  /// Truncating division, as Swift's `/` and `%` (remainder has the dividend's sign).
  ///
  /// The quotient is rounded toward zero, and `quotient * divisor + remainder == self` with
  /// `|remainder| < |divisor|`.
  ///
  /// - Parameter divisor: The value to divide by.
  /// - Returns: The quotient and the remainder.
  /// - Throws: ``ArithmeticError/divisionByZero`` if `divisor` is zero; ``ArithmeticError/overflow`` if the
  ///   quotient is not representable (`Int128.min` divided by -1).
  func quotientAndRemainder(dividingBy divisor: Self) throws(ArithmeticError) -> (
    quotient: Self, remainder: Self
  )

  /// The exact value if it fits Int64.
  var int64Value: Int64? { get }

  /// Non-negative gcd; gcd(0, 0) == 0.
  ///
  /// - Parameters:
  ///   - a: One value.
  ///   - b: The other value.
  /// - Returns: The greatest common divisor of `|a|` and `|b|`.
  static func greatestCommonDivisor(_ a: Self, _ b: Self) -> Self

  /// Non-negative lcm; throws on overflow; lcm(0, x) == 0.
  ///
  /// - Parameters:
  ///   - a: One value.
  ///   - b: The other value.
  /// - Returns: The least common multiple of `|a|` and `|b|`, or zero if either is zero.
  /// - Throws: ``ArithmeticError/overflow`` if the result is not representable.
  static func leastCommonMultiple(_ a: Self, _ b: Self) throws(ArithmeticError) -> Self
}
