/// Addition, subtraction and multiplication of ``BigInt`` values.
extension BigInt {
  /// Returns the exact sum of this value and another.
  ///
  /// - Parameter other: The value to add.
  /// - Returns: `self + other`.
  /// - Throws: ``ArithmeticError/overflow`` if the sum needs more than ``maximumLimbCount`` limbs.
  /// - Complexity: O(n).
  package func adding(_ other: BigInt) throws(ArithmeticError) -> BigInt {
    if isNegative == other.isNegative {
      return try .checked(isNegative: isNegative, limbs: Self.addMagnitudes(limbs, other.limbs))
    }
    // Opposite signs: subtract the smaller magnitude from the larger; the result takes its sign.
    if Self.compareMagnitudes(limbs, other.limbs) >= 0 {
      return BigInt(isNegative: isNegative, limbs: Self.subtractMagnitudes(limbs, other.limbs))
    }
    return BigInt(
      isNegative: other.isNegative, limbs: Self.subtractMagnitudes(other.limbs, limbs))
  }

  /// Returns the exact difference of this value and another.
  ///
  /// - Parameter other: The value to subtract.
  /// - Returns: `self - other`.
  /// - Throws: ``ArithmeticError/overflow`` if the difference needs more than ``maximumLimbCount``
  ///   limbs.
  /// - Complexity: O(n).
  package func subtracting(_ other: BigInt) throws(ArithmeticError) -> BigInt {
    try adding(other.negated)
  }

  /// Returns the exact product of this value and another, by schoolbook multiplication.
  ///
  /// - Parameter other: The value to multiply by.
  /// - Returns: `self * other`.
  /// - Throws: ``ArithmeticError/overflow`` if the product needs more than ``maximumLimbCount`` limbs;
  ///   this is detected before any work is done.
  /// - Complexity: O(n·m).
  package func multiplied(by other: BigInt) throws(ArithmeticError) -> BigInt {
    if limbs.isEmpty || other.limbs.isEmpty { return .zero }
    // The product of an n-limb and an m-limb magnitude has at least n + m - 1 limbs.
    if limbs.count + other.limbs.count - 1 > Self.maximumLimbCount { throw .overflow }
    return try .checked(
      isNegative: isNegative != other.isNegative,
      limbs: Self.multiplyMagnitudes(limbs, other.limbs))
  }
}
