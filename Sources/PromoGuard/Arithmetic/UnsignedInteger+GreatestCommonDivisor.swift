extension FixedWidthInteger where Self: UnsignedInteger {
  /// Returns the greatest common divisor of two unsigned integers by Stein's binary algorithm.
  ///
  /// Shifts and subtractions only, so it avoids the slow 128-bit division; values that fit in 64 bits
  /// are handed to the 64-bit version.
  ///
  /// - Parameters:
  ///   - a: One value.
  ///   - b: The other value.
  /// - Returns: The greatest common divisor; `gcd(0, 0) == 0`, `gcd(0, x) == x`.
  /// - Complexity: O(`bitWidth`) iterations.
  static func binaryGreatestCommonDivisor(_ a: Self, _ b: Self) -> Self {
    if Self.bitWidth > 64, a <= UInt64.max, b <= UInt64.max {
      return Self(UInt64.binaryGreatestCommonDivisor(UInt64(a), UInt64(b)))
    }
    if a == 0 { return b }
    if b == 0 { return a }
    let shift = (a | b).trailingZeroBitCount
    var x = a >> a.trailingZeroBitCount
    var y = b
    repeat {
      y >>= y.trailingZeroBitCount
      if x > y { swap(&x, &y) }
      y -= x  // x and y are odd, so y - x is even and non-negative.
    } while y != 0
    return x << shift
  }
}
