extension ExactInteger {
  /// numerator / denominator rounded by `rule`; denominator may be negative; throws on zero / overflow.
  ///
  /// This is the one rounding step of the discount engine: the exact quotient is rounded to a whole
  /// number of minor units by ``RoundingRule``. Halves are detected exactly, by comparing the
  /// remainder with what the divisor leaves over, so no intermediate value can overflow.
  ///
  /// ```swift
  /// try Int128.divide(5, by: 2, rounding: .halfUp)     // 3
  /// try Int128.divide(-5, by: 2, rounding: .halfEven)  // -2
  /// try Int128.divide(7, by: -2, rounding: .down)      // -3
  /// ```
  ///
  /// - Parameters:
  ///   - numerator: The dividend.
  ///   - denominator: The divisor; either sign.
  ///   - rule: How to round an inexact quotient.
  /// - Returns: The quotient rounded to an integer.
  /// - Throws: ``ArithmeticError/divisionByZero`` if `denominator` is zero; ``ArithmeticError/overflow``
  ///   if the rounded quotient is not representable (`Int128.min` divided by -1).
  package static func divide(_ numerator: Self, by denominator: Self, rounding rule: RoundingRule)
    throws(ArithmeticError) -> Self
  {
    let (quotient, remainder) = try numerator.quotientAndRemainder(dividingBy: denominator)
    if remainder.signum == 0 || rule == .down { return quotient }

    // The exact quotient lies strictly between `quotient` and its neighbour away from zero.
    // `leftover` has magnitude |denominator| - |remainder| (at least 1), computed without overflow:
    // same-signed values are subtracted and opposite-signed ones added.
    let leftover =
      remainder.signum == denominator.signum
      ? try denominator.subtracting(remainder) : try denominator.adding(remainder)
    // Both magnitudes are below |denominator|, so negating them cannot overflow.
    let remainderMagnitude = remainder.signum < 0 ? try Self.zero.subtracting(remainder) : remainder
    let leftoverMagnitude = leftover.signum < 0 ? try Self.zero.subtracting(leftover) : leftover

    let awayFromZero: Bool
    if remainderMagnitude != leftoverMagnitude {
      awayFromZero = remainderMagnitude > leftoverMagnitude
    } else {
      switch rule {
      case .halfUp:
        awayFromZero = true
      case .halfEven:
        let two = Self(2)
        awayFromZero = try quotient.quotientAndRemainder(dividingBy: two).remainder.signum != 0
      case .down:
        awayFromZero = false
      }
    }
    guard awayFromZero else { return quotient }
    // The exact quotient is negative when the remainder's sign (the numerator's) differs from the
    // denominator's.
    return remainder.signum == denominator.signum
      ? try quotient.adding(.one) : try quotient.subtracting(.one)
  }
}
