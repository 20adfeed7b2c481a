/// Arbitrary-precision signed integer.
///
/// Stored as sign and magnitude, little-endian `UInt64` limbs, normalised (no high zero limbs, zero is
/// non-negative). A size cap of ``maximumLimbCount`` limbs turns runaway growth into `.overflow`.
///
/// The slow path of exact arithmetic: the discount engine uses it only when the `Int128` fast path throws
/// ``ArithmeticError/Kind/overflow``. Because the representation is normalised, the synthesised `==` and
/// `hash(into:)` compare values.
///
/// ```swift
/// let big = try BigInt(Int128.max).multiplied(by: BigInt(Int128.max))
/// let (quotient, remainder) = try big.quotientAndRemainder(dividingBy: BigInt(Int128.max))
/// // quotient == BigInt(Int128.max), remainder == .zero
/// ```
package struct BigInt: ExactInteger {
  /// The largest number of limbs a value may have: 65,536 bits, far beyond any amount of money.
  ///
  /// An operation whose exact result would need more throws ``ArithmeticError/overflow``.
  package static let maximumLimbCount = 1_024

  /// Whether the value is below zero; always `false` for zero.
  var isNegative: Bool

  /// The magnitude, least significant limb first, without high zero limbs (empty for zero).
  var limbs: [UInt64]

  /// Creates a value from a sign and a magnitude, normalising both.
  ///
  /// - Parameters:
  ///   - isNegative: Whether the value is negative; ignored when the magnitude is zero.
  ///   - limbs: The magnitude, least significant limb first; high zero limbs are removed.
  init(isNegative: Bool, limbs: [UInt64]) {
    var limbs = limbs
    Self.normalize(&limbs)
    self.limbs = limbs
    self.isNegative = isNegative && !limbs.isEmpty
  }

  /// Creates a value from a sign and a magnitude, enforcing ``maximumLimbCount``.
  ///
  /// - Parameters:
  ///   - isNegative: Whether the value is negative; ignored when the magnitude is zero.
  ///   - limbs: The magnitude, least significant limb first; high zero limbs are removed.
  /// - Returns: The value.
  /// - Throws: ``ArithmeticError/overflow`` if the magnitude needs more than ``maximumLimbCount`` limbs.
  static func checked(isNegative: Bool, limbs: [UInt64]) throws(ArithmeticError) -> BigInt {
    let value = BigInt(isNegative: isNegative, limbs: limbs)
    if value.limbs.count > maximumLimbCount { throw .overflow }
    return value
  }

  /// Creates the integer with the given value.
  ///
  /// - Parameter value: The value.
  package init(_ value: Int64) {
    self.init(isNegative: value < 0, limbs: [value.magnitude])
  }

  /// Creates the integer with the given value.
  ///
  /// Disfavoured so that `BigInt(5)` picks the `Int64` initialiser instead of being ambiguous.
  ///
  /// - Parameter value: The value.
  @_disfavoredOverload
  package init(_ value: Int128) {
    let magnitude = value.magnitude
    self.init(
      isNegative: value < 0,
      limbs: [UInt64(truncatingIfNeeded: magnitude), UInt64(truncatingIfNeeded: magnitude >> 64)])
  }

  /// The value zero.
  package static var zero: BigInt { BigInt(isNegative: false, limbs: []) }

  /// The value one.
  package static var one: BigInt { BigInt(isNegative: false, limbs: [1]) }

  /// The sign of the value: -1 if negative, 0 if zero, 1 if positive.
  package var signum: Int {
    isNegative ? -1 : (limbs.isEmpty ? 0 : 1)
  }

  /// The exact value if it fits Int64.
  package var int64Value: Int64? {
    switch limbs.count {
    case 0:
      return 0
    case 1:
      let magnitude = limbs[0]
      if isNegative {
        if magnitude == Int64.min.magnitude { return .min }
        return Int64(exactly: magnitude).map { -$0 }
      }
      return Int64(exactly: magnitude)
    default:
      return nil
    }
  }

  /// The value with the opposite sign (never overflows).
  var negated: BigInt {
    BigInt(isNegative: !isNegative, limbs: limbs)
  }

  /// Removes high zero limbs.
  ///
  /// - Parameter limbs: A magnitude, least significant limb first.
  static func normalize(_ limbs: inout [UInt64]) {
    while limbs.last == 0 { limbs.removeLast() }
  }
}

extension BigInt: Comparable {
  /// Whether the first value is less than the second.
  ///
  /// - Parameters:
  ///   - lhs: A value.
  ///   - rhs: Another value.
  /// - Returns: `true` if `lhs < rhs`.
  package static func < (lhs: BigInt, rhs: BigInt) -> Bool {
    if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
    let order = compareMagnitudes(lhs.limbs, rhs.limbs)
    return lhs.isNegative ? order > 0 : order < 0
  }
}
