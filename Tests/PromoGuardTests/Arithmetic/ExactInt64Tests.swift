import Testing

@testable import PromoGuard

/// The 64-bit fast path computes exactly what `Int128` computes, and throws exactly when a result does not fit
/// `Int64`, so the engine's fall-back to `Int128` gives the same discount.
@Suite struct ExactInt64Tests {
  @Test func throwsWhereInt64Ends() {
    let max = ExactInt64(Int64.max)
    let min = ExactInt64(Int64.min)
    #expect(throws: ArithmeticError.self) { try max.adding(.one) }
    #expect(throws: ArithmeticError.self) { try min.subtracting(.one) }
    #expect(throws: ArithmeticError.self) { try max.multiplied(by: ExactInt64(2)) }
    #expect(throws: ArithmeticError.self) {
      try min.quotientAndRemainder(dividingBy: ExactInt64(-1))
    }
    #expect(throws: ArithmeticError.self) { try max.quotientAndRemainder(dividingBy: .zero) }
    // 2^32 × 2^31 = 2^63, one past Int64.max.
    #expect(throws: ArithmeticError.self) {
      try ExactInt64(1 << 32).multiplied(by: ExactInt64(1 << 31))
    }
    // lcm(2^62, 3) = 3 × 2^62 > Int64.max.
    #expect(throws: ArithmeticError.self) {
      try ExactInt64.leastCommonMultiple(ExactInt64(1 << 62), ExactInt64(3))
    }
  }

  @Test func roundsLikeTheSpecification() throws {
    // 7/2 = 3.5: half up 4, half even 4, down 3. 5/2 = 2.5: half even 2. −5/2 = −2.5: half up −3 (away from
    // zero), half even −2. 2/3 = 0.67: 1 either way, down 0.
    #expect(try ExactInt64.divide(ExactInt64(7), by: ExactInt64(2), rounding: .halfUp).value == 4)
    #expect(try ExactInt64.divide(ExactInt64(7), by: ExactInt64(2), rounding: .halfEven).value == 4)
    #expect(try ExactInt64.divide(ExactInt64(7), by: ExactInt64(2), rounding: .down).value == 3)
    #expect(try ExactInt64.divide(ExactInt64(5), by: ExactInt64(2), rounding: .halfEven).value == 2)
    #expect(try ExactInt64.divide(ExactInt64(-5), by: ExactInt64(2), rounding: .halfUp).value == -3)
    #expect(
      try ExactInt64.divide(ExactInt64(-5), by: ExactInt64(2), rounding: .halfEven).value == -2)
    #expect(try ExactInt64.divide(ExactInt64(2), by: ExactInt64(3), rounding: .halfUp).value == 1)
    #expect(try ExactInt64.divide(ExactInt64(2), by: ExactInt64(3), rounding: .down).value == 0)
    // gcd(12, −18) = 6; lcm(4, 6) = 12.
    #expect(ExactInt64.greatestCommonDivisor(ExactInt64(12), ExactInt64(-18)).value == 6)
    #expect(try ExactInt64.leastCommonMultiple(ExactInt64(4), ExactInt64(6)).value == 12)
  }

  /// Whether one operation agrees in `ExactInt64` and in `Int128`: equal when the `Int128` result fits
  /// `Int64`, both absent (thrown) when it does not.
  ///
  /// - Parameters:
  ///   - fast: The `ExactInt64` result, `nil` when it threw.
  ///   - wide: The `Int128` result, `nil` when it threw.
  /// - Returns: Whether they agree.
  private static func agree(_ fast: ExactInt64?, _ wide: Int128?) -> Bool {
    fast?.value == wide.flatMap { Int64(exactly: $0) }
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64]) func agreesWithInt128(_ seed: UInt64) {
    var random = SplitMixGenerator(seed: seed)
    // Magnitudes from tiny to the whole range, so both sides of every overflow boundary are hit.
    func value() -> Int64 {
      let bits = Int.random(in: 0...63, using: &random)
      let magnitude = Int64.random(in: 0...Int64.max, using: &random) >> (63 - bits)
      return Bool.random(using: &random) ? magnitude : -magnitude
    }
    for _ in 0..<2_000 {
      let (a, b) = (value(), value())
      let (x, y) = (ExactInt64(a), ExactInt64(b))
      let (p, q) = (Int128(a), Int128(b))
      #expect(Self.agree(try? x.adding(y), try? p.adding(q)))
      #expect(Self.agree(try? x.subtracting(y), try? p.subtracting(q)))
      #expect(Self.agree(try? x.multiplied(by: y), try? p.multiplied(by: q)))
      let fastQuotient = try? x.quotientAndRemainder(dividingBy: y)
      let wideQuotient = try? p.quotientAndRemainder(dividingBy: q)
      #expect(Self.agree(fastQuotient?.quotient, wideQuotient?.quotient))
      #expect(Self.agree(fastQuotient?.remainder, wideQuotient?.remainder))
      for rule in [RoundingRule.halfUp, .halfEven, .down] {
        let fast = try? ExactInt64.divide(x, by: y, rounding: rule)
        let wide = try? Int128.divide(p, by: q, rounding: rule)
        #expect(Self.agree(fast, wide))
      }
    }
  }

  @Test func aDiscountBeyondInt64IsComputedExactly() throws {
    // 25% of a $1,000,000,000,000.00 line (10^14 cents) and of a 3¢ line: 10^14 × 250,000 millionths =
    // 2.5 × 10^19 overflows Int64, so Int128 computes it. Exact total (10^14 + 3) / 4 = 25,000,000,000,000.75
    // → 25,000,000,000,001 half up; the big line's share is exactly 25,000,000,000,000, the small line's
    // 0.75 rounds to 0 and takes the cent left over: 1.
    let set = try EngineFixture.set([
      EngineFixture.campaign("quarter", code: "Q", "\"benefit\": {\"percentOff\": 25}")
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "BIG", price: 100_000_000_000_000), LineSpec(sku: "SMALL", price: 3)],
        codes: ["Q"]))
    #expect(quote.discount.minorUnits == 25_000_000_000_001)
    #expect(quote.lines.map(\.discount.minorUnits) == [25_000_000_000_000, 1])
  }
}
