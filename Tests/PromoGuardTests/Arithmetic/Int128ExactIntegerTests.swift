import PromoGuard
import Testing

/// The `Int128` fast path at the edges of its range: every trap of the raw operators is a thrown error.
@Suite struct Int128ExactIntegerTests {
  @Test func addingOnePastMaxThrowsOverflow() {
    #expect(throws: ArithmeticError.overflow) { try Int128.max.adding(1) }
    #expect(throws: ArithmeticError.overflow) { try Int128.min.adding(-1) }
  }

  @Test func addingUpToTheEdgesSucceeds() throws {
    #expect(try (Int128.max - 1).adding(1) == .max)
    #expect(try Int128.max.adding(Int128.min) == -1)
  }

  @Test func subtractingPastTheEdgesThrowsOverflow() {
    #expect(throws: ArithmeticError.overflow) { try Int128.min.subtracting(1) }
    #expect(throws: ArithmeticError.overflow) { try Int128.max.subtracting(-1) }
    #expect(throws: ArithmeticError.overflow) { try Int128(0).subtracting(.min) }
  }

  @Test func subtractingDownToMinSucceeds() throws {
    #expect(try Int128(-1).subtracting(.max) == .min)
  }

  @Test func multiplyingMinByMinusOneThrowsOverflow() {
    #expect(throws: ArithmeticError.overflow) { try Int128.min.multiplied(by: -1) }
    #expect(throws: ArithmeticError.overflow) { try Int128(-1).multiplied(by: .min) }
  }

  @Test func multiplyingPastMaxThrowsOverflow() {
    #expect(throws: ArithmeticError.overflow) { try Int128.max.multiplied(by: 2) }
    // 2^64 * 2^63 = 2^127 = Int128.max + 1.
    #expect(throws: ArithmeticError.overflow) {
      try (Int128(1) << 64).multiplied(by: Int128(1) << 63)
    }
  }

  @Test func multiplyingToMinSucceeds() throws {
    // -2^64 * 2^63 = -2^127 = Int128.min.
    #expect(try (-(Int128(1) << 64)).multiplied(by: Int128(1) << 63) == .min)
  }

  @Test func dividingMinByMinusOneThrowsOverflow() {
    #expect(throws: ArithmeticError.overflow) {
      try Int128.min.quotientAndRemainder(dividingBy: -1)
    }
  }

  @Test func dividingAtTheEdgesSucceeds() throws {
    let minByOne = try Int128.min.quotientAndRemainder(dividingBy: 1)
    #expect(minByOne.quotient == .min && minByOne.remainder == 0)
    let minByMin = try Int128.min.quotientAndRemainder(dividingBy: .min)
    #expect(minByMin.quotient == 1 && minByMin.remainder == 0)
    // -2^127 = (-1) * (2^127 - 1) - 1.
    let minByMax = try Int128.min.quotientAndRemainder(dividingBy: .max)
    #expect(minByMax.quotient == -1 && minByMax.remainder == -1)
    let maxByMin = try Int128.max.quotientAndRemainder(dividingBy: .min)
    #expect(maxByMin.quotient == 0 && maxByMin.remainder == .max)
  }

  @Test func dividingByZeroThrowsDivisionByZero() {
    #expect(throws: ArithmeticError.divisionByZero) {
      try Int128.max.quotientAndRemainder(dividingBy: 0)
    }
    #expect(throws: ArithmeticError.divisionByZero) {
      try Int128.min.quotientAndRemainder(dividingBy: 0)
    }
  }

  @Test func greatestCommonDivisorHandlesFullWidthValues() {
    // 2^100 and 3 * 2^64 share exactly 2^64.
    #expect(Int128.greatestCommonDivisor(Int128(1) << 100, 3 << 64) == Int128(1) << 64)
    // -2^127 has only the factor 2: its gcd with 6 * 2^70 is 2^71.
    #expect(Int128.greatestCommonDivisor(.min, 6 << 70) == Int128(1) << 71)
    #expect(Int128.greatestCommonDivisor(.max, .max) == .max)
    #expect(Int128.greatestCommonDivisor(.min, .max) == 1)
  }

  /// gcd(-2^127, 0) is 2^127, which `Int128` cannot hold; the non-throwing API returns it modulo 2^128.
  @Test func greatestCommonDivisorOfMinAndZeroIsTwoToThe127ModuloTwoToThe128() {
    #expect(Int128.greatestCommonDivisor(.min, 0) == .min)
    #expect(Int128.greatestCommonDivisor(0, .min) == .min)
    #expect(Int128.greatestCommonDivisor(.min, .min) == .min)
  }

  @Test func leastCommonMultiplePastMaxThrowsOverflow() {
    // lcm(2^126, 3) = 3 * 2^126 > 2^127 - 1.
    #expect(throws: ArithmeticError.overflow) {
      try Int128.leastCommonMultiple(Int128(1) << 126, 3)
    }
    // lcm(-2^127, 1) = 2^127 = Int128.max + 1.
    #expect(throws: ArithmeticError.overflow) { try Int128.leastCommonMultiple(.min, 1) }
    // Coprime neighbours: (2^127 - 1)(2^127 - 2) is far beyond 2^128.
    #expect(throws: ArithmeticError.overflow) {
      try Int128.leastCommonMultiple(.max, .max - 1)
    }
  }

  @Test func leastCommonMultipleOfLargeValuesWithACommonFactor() throws {
    // lcm(2^126, 3 * 2^64) = 3 * 2^126 would overflow, but lcm(2^126, 2^64) = 2^126 does not.
    #expect(try Int128.leastCommonMultiple(Int128(1) << 126, Int128(1) << 64) == Int128(1) << 126)
    #expect(try Int128.leastCommonMultiple(.max, -.max) == .max)
    #expect(try Int128.leastCommonMultiple(.min, 0) == 0)
  }
}
