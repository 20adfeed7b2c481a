/// Greatest common divisor and least common multiple of ``BigInt`` values.
extension BigInt {
  /// Non-negative gcd; gcd(0, 0) == 0.
  ///
  /// Euclid's algorithm on magnitudes; once both fit in one limb it finishes with the word gcd, so
  /// gcd(huge, small) costs one division of the huge value plus word operations.
  ///
  /// - Parameters:
  ///   - a: One value.
  ///   - b: The other value.
  /// - Returns: The greatest common divisor of `|a|` and `|b|`.
  /// - Complexity: O(n²) limb operations for n-limb arguments.
  package static func greatestCommonDivisor(_ a: BigInt, _ b: BigInt) -> BigInt {
    var x = a.limbs
    var y = b.limbs
    if compareMagnitudes(x, y) < 0 { swap(&x, &y) }
    // Invariant: x >= y.
    while y.count > 1 {
      (x, y) = (y, divideMagnitudes(x, by: y).remainder)
    }
    guard let word = y.first else { return BigInt(isNegative: false, limbs: x) }
    let reduced = x.count > 1 ? divideMagnitude(x, byWord: word).remainder : x.first ?? 0
    return BigInt(isNegative: false, limbs: [UInt64.binaryGreatestCommonDivisor(reduced, word)])
  }

  /// Non-negative lcm; throws on overflow; lcm(0, x) == 0.
  ///
  /// - Parameters:
  ///   - a: One value.
  ///   - b: The other value.
  /// - Returns: The least common multiple of `|a|` and `|b|`, or zero if either is zero.
  /// - Throws: ``ArithmeticError/overflow`` if the result needs more than ``maximumLimbCount`` limbs.
  /// - Complexity: O(n²) limb operations for n-limb arguments.
  package static func leastCommonMultiple(_ a: BigInt, _ b: BigInt) throws(ArithmeticError)
    -> BigInt
  {
    if a.limbs.isEmpty || b.limbs.isEmpty { return .zero }
    let gcd = greatestCommonDivisor(a, b)
    let reduced = BigInt(
      isNegative: false, limbs: divideMagnitudes(a.limbs, by: gcd.limbs).quotient)
    return try reduced.multiplied(by: BigInt(isNegative: false, limbs: b.limbs))
  }
}
