import PromoGuard
import Testing

/// One exact quotient with its hand-rounded value under each rule.
struct ExactRoundingCase: Sendable, CustomTestStringConvertible {
  var numerator: Int64
  var denominator: Int64
  var halfUp: Int64
  var halfEven: Int64
  var down: Int64
  var testDescription: String { "\(numerator)/\(denominator)" }

  init(_ numerator: Int64, _ denominator: Int64, halfUp: Int64, halfEven: Int64, down: Int64) {
    self.numerator = numerator
    self.denominator = denominator
    self.halfUp = halfUp
    self.halfEven = halfEven
    self.down = down
  }

  func expected(_ rule: RoundingRule) -> Int64 {
    switch rule {
    case .halfUp: halfUp
    case .halfEven: halfEven
    case .down: down
    }
  }
}

@Suite struct RoundingRuleTests {
  static let cases: [ExactRoundingCase] = [
    // Halves: x.5.
    .init(5, 2, halfUp: 3, halfEven: 2, down: 2),
    .init(-5, 2, halfUp: -3, halfEven: -2, down: -2),
    .init(5, -2, halfUp: -3, halfEven: -2, down: -2),
    .init(-5, -2, halfUp: 3, halfEven: 2, down: 2),
    .init(7, 2, halfUp: 4, halfEven: 4, down: 3),
    .init(-7, 2, halfUp: -4, halfEven: -4, down: -3),
    .init(1, 2, halfUp: 1, halfEven: 0, down: 0),
    .init(-1, 2, halfUp: -1, halfEven: 0, down: 0),
    .init(15, 10, halfUp: 2, halfEven: 2, down: 1),
    .init(25, 10, halfUp: 3, halfEven: 2, down: 2),
    .init(-35, 10, halfUp: -4, halfEven: -4, down: -3),
    // Below half: x.4.
    .init(24, 10, halfUp: 2, halfEven: 2, down: 2),
    .init(-24, 10, halfUp: -2, halfEven: -2, down: -2),
    .init(24, -10, halfUp: -2, halfEven: -2, down: -2),
    .init(1, 3, halfUp: 0, halfEven: 0, down: 0),
    // Above half: x.6.
    .init(26, 10, halfUp: 3, halfEven: 3, down: 2),
    .init(-26, 10, halfUp: -3, halfEven: -3, down: -2),
    .init(-26, -10, halfUp: 3, halfEven: 3, down: 2),
    .init(2, 3, halfUp: 1, halfEven: 1, down: 0),
    .init(-2, 3, halfUp: -1, halfEven: -1, down: 0),
    // Exact.
    .init(6, 3, halfUp: 2, halfEven: 2, down: 2),
    .init(-6, 3, halfUp: -2, halfEven: -2, down: -2),
    .init(6, -3, halfUp: -2, halfEven: -2, down: -2),
    .init(0, 5, halfUp: 0, halfEven: 0, down: 0),
    .init(0, -5, halfUp: 0, halfEven: 0, down: 0),
    // A 15 % discount on 19.99 in basis points: 1999 * 1500 / 10000 = 299.85.
    .init(2_998_500, 10_000, halfUp: 300, halfEven: 300, down: 299),
  ]

  private func rounded<T: ExactInteger>(
    _: T.Type, _ c: ExactRoundingCase, _ rule: RoundingRule
  ) throws -> Bool {
    try T.divide(T(c.numerator), by: T(c.denominator), rounding: rule) == T(c.expected(rule))
  }

  @Test(arguments: cases, RoundingRule.allCases)
  func divideRoundsAsTheRuleSays(_ c: ExactRoundingCase, _ rule: RoundingRule) throws {
    #expect(try rounded(Int128.self, c, rule))
    #expect(try rounded(BigInt.self, c, rule))
  }

  private func divisionByZeroThrows<T: ExactInteger>(_: T.Type, _ rule: RoundingRule) {
    #expect(throws: ArithmeticError.divisionByZero) {
      try T.divide(T(5), by: .zero, rounding: rule)
    }
  }

  @Test(arguments: RoundingRule.allCases)
  func divideByZeroThrowsDivisionByZero(_ rule: RoundingRule) {
    divisionByZeroThrows(Int128.self, rule)
    divisionByZeroThrows(BigInt.self, rule)
  }

  @Test(arguments: RoundingRule.allCases)
  func divideMinByMinusOneThrowsOverflowOnInt128(_ rule: RoundingRule) {
    #expect(throws: ArithmeticError.overflow) {
      try Int128.divide(.min, by: -1, rounding: rule)
    }
  }

  @Test func divideNearTheInt128EdgesDoesNotOverflow() throws {
    // (2^127 - 1) / 2 = 2^126 - 0.5: the tie goes up to 2^126, which is even.
    let twoTo126 = Int128(1) << 126
    #expect(try Int128.divide(.max, by: 2, rounding: .halfUp) == twoTo126)
    #expect(try Int128.divide(.max, by: 2, rounding: .halfEven) == twoTo126)
    #expect(try Int128.divide(.max, by: 2, rounding: .down) == twoTo126 - 1)
    // (-2^127 + 1) / -2^127 = 1 - 2^-127.
    #expect(try Int128.divide(.min + 1, by: .min, rounding: .halfUp) == 1)
    #expect(try Int128.divide(.min + 1, by: .min, rounding: .down) == 0)
    // (2^127 - 1) / -2^127 = -(1 - 2^-127).
    #expect(try Int128.divide(.max, by: .min, rounding: .halfEven) == -1)
    #expect(try Int128.divide(.max, by: .min, rounding: .down) == 0)
    // 1 / -2^127 is a tiny negative number.
    #expect(try Int128.divide(1, by: .min, rounding: .halfUp) == 0)
    // -2^127 / 3 = -(q + 2/3) with q = (2^127 - 2) / 3.
    let q: Int128 = 56_713_727_820_156_410_577_229_101_238_628_035_242
    #expect(try Int128.divide(.min, by: 3, rounding: .halfUp) == -(q + 1))
    #expect(try Int128.divide(.min, by: 3, rounding: .down) == -q)
    #expect(try Int128.divide(.min, by: .min, rounding: .halfEven) == 1)
  }

  @Test func divideRoundsBigValuesExactly() throws {
    let tenTo39 = try #require(BigInt(decimal: "1" + String(repeating: "0", count: 39)))
    let numerator = try #require(BigInt(decimal: "1" + String(repeating: "0", count: 39) + "5"))
    let ten = BigInt(10)
    // (10^40 + 5) / 10 = 10^39 + 0.5, and 10^39 is even.
    #expect(try BigInt.divide(numerator, by: ten, rounding: .halfUp) == tenTo39.adding(.one))
    #expect(try BigInt.divide(numerator, by: ten, rounding: .halfEven) == tenTo39)
    #expect(try BigInt.divide(numerator, by: ten, rounding: .down) == tenTo39)
    let negative = try BigInt.zero.subtracting(numerator)
    #expect(
      try BigInt.divide(negative, by: ten, rounding: .halfUp)
        == BigInt.zero.subtracting(tenTo39.adding(.one)))
    #expect(
      try BigInt.divide(negative, by: ten, rounding: .halfEven) == BigInt.zero.subtracting(tenTo39))
  }

  @Test func rawValuesAreTheFileFormatSpellings() {
    #expect(RoundingRule.allCases == [.halfUp, .halfEven, .down])
    #expect(RoundingRule.allCases.map(\.rawValue) == ["halfUp", "halfEven", "down"])
    #expect(RoundingRule(rawValue: "halfup") == nil)
  }
}
