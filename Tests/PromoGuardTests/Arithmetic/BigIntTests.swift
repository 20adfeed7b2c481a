import PromoGuard
import Testing

/// A big division with its quotient and remainder, worked out independently with Python's integers.
struct BigDivisionCase: Sendable, CustomTestStringConvertible {
  var dividend: String
  var divisor: String
  var quotient: String
  var remainder: String
  var testDescription: String { "\(dividend) / \(divisor)" }

  init(_ dividend: String, _ divisor: String, _ quotient: String, _ remainder: String) {
    self.dividend = dividend
    self.divisor = divisor
    self.quotient = quotient
    self.remainder = remainder
  }
}

@Suite struct BigIntTests {
  /// Parses a decimal literal that the test knows to be valid.
  private func big(_ text: String) throws -> BigInt {
    try #require(BigInt(decimal: text))
  }

  /// 2^exponent, built by doubling from one.
  private func powerOfTwo(_ exponent: Int) throws -> BigInt {
    var value = BigInt.one
    for _ in 0..<exponent { value = try value.adding(value) }
    return value
  }

  @Test func initFromInt128KeepsTheEdgeValues() {
    #expect(BigInt(Int128.max).description == "170141183460469231731687303715884105727")
    #expect(BigInt(Int128.min).description == "-170141183460469231731687303715884105728")
    #expect(BigInt(Int128(0)) == .zero)
    #expect(BigInt(Int128(-1)) == BigInt(-1))
    #expect(BigInt(Int128(Int64.min)) == BigInt(Int64.min))
  }

  @Test(arguments: [
    "0", "1", "-1", "9223372036854775807", "-9223372036854775808", "18446744073709551616",
    "10000000000000000000", "9999999999999999999", "-340282366920938463463374607431768211456",
    "123456789012345678901234567890123456789012345678901234567890",
  ])
  func decimalTextRoundTrips(_ text: String) throws {
    #expect(try big(text).description == text)
  }

  @Test func decimalParsingAcceptsSignsAndLeadingZeros() throws {
    #expect(try big("+5") == BigInt(5))
    #expect(try big("-0") == .zero)
    #expect(try big("-0").signum == 0)
    #expect(try big("-0").description == "0")
    #expect(try big("000000000000000000000000000000042") == BigInt(42))
    #expect(try big("-00018446744073709551616").description == "-18446744073709551616")
  }

  @Test(arguments: ["", "-", "+", "12a", " 1", "1 ", "1_000", "--1", "1.0", "0x10", "١٢"])
  func decimalParsingRejectsNonDigits(_ text: String) {
    #expect(BigInt(decimal: text) == nil)
  }

  @Test func decimalParsingRejectsValuesBeyondTheSizeCap() throws {
    // 10^19999 needs about 66,433 bits, more than 1,024 limbs of 64 bits.
    #expect(BigInt(decimal: "1" + String(repeating: "0", count: 19_999)) == nil)
    // 10^19000 needs about 63,117 bits: it fits.
    #expect(BigInt(decimal: "1" + String(repeating: "0", count: 19_000)) != nil)
  }

  @Test func additionCarriesAndSubtractionBorrowsAcrossLimbs() throws {
    let twoTo64 = try big("18446744073709551616")
    #expect(try BigInt(Int64.max).adding(BigInt(Int64.max)).adding(BigInt(2)) == twoTo64)
    #expect(try twoTo64.subtracting(.one).description == "18446744073709551615")
    #expect(try twoTo64.adding(BigInt(-1)).description == "18446744073709551615")
    #expect(try BigInt(-1).subtracting(twoTo64).description == "-18446744073709551617")
    #expect(try BigInt(1).subtracting(twoTo64).description == "-18446744073709551615")
    let twoTo128 = try twoTo64.multiplied(by: twoTo64)
    #expect(twoTo128.description == "340282366920938463463374607431768211456")
    #expect(try twoTo128.subtracting(.one).description == "340282366920938463463374607431768211455")
    #expect(try twoTo128.subtracting(twoTo128) == .zero)
    #expect(try twoTo128.subtracting(twoTo128).signum == 0)
  }

  @Test func multiplicationSignsFollowTheOperands() throws {
    let twoTo64 = try big("18446744073709551616")
    let negativeTwoTo64 = try big("-18446744073709551616")
    let twoTo128 = "340282366920938463463374607431768211456"
    #expect(try twoTo64.multiplied(by: negativeTwoTo64).description == "-" + twoTo128)
    #expect(try negativeTwoTo64.multiplied(by: negativeTwoTo64).description == twoTo128)
    #expect(try negativeTwoTo64.multiplied(by: .zero) == .zero)
    #expect(try negativeTwoTo64.multiplied(by: .zero).signum == 0)
  }

  @Test func comparisonOrdersBySignThenMagnitude() throws {
    let ascending = try [
      big("-340282366920938463463374607431768211456"), big("-18446744073709551616"), BigInt(-1),
      BigInt.zero, BigInt.one, big("18446744073709551615"), big("18446744073709551616"),
      big("340282366920938463463374607431768211456"),
    ]
    #expect(ascending.sorted() == ascending)
    #expect(ascending.reversed().sorted() == ascending)
    for (lower, higher) in zip(ascending, ascending.dropFirst()) {
      #expect(lower < higher)
      #expect(!(higher < lower))
      #expect(lower != higher)
    }
  }

  @Test func equalValuesHashEqually() throws {
    let values: Set<BigInt> = try [big("-0"), .zero, BigInt(Int128(0)), big("0000")]
    #expect(values.count == 1)
    let big1 = try big("18446744073709551616")
    let big2 = try BigInt(Int64.max).adding(BigInt(Int64.max)).adding(BigInt(2))
    #expect(Set([big1, big2]).count == 1)
  }

  @Test func int64ValueIsNilForValuesWiderThanInt64() throws {
    #expect(BigInt(Int128.max).int64Value == nil)
    #expect(BigInt(Int128.min).int64Value == nil)
    #expect(try big("-9223372036854775808").int64Value == Int64.min)
    #expect(try big("-9223372036854775809").int64Value == nil)
    #expect(try big("9223372036854775808").int64Value == nil)
  }

  @Test func multiplyingPastTheSizeCapThrowsOverflow() throws {
    // 2^32768 has 513 limbs; its square 2^65536 needs 1,025.
    let twoTo32768 = try powerOfTwo(32_768)
    #expect(throws: ArithmeticError.overflow) { try twoTo32768.multiplied(by: twoTo32768) }
    // 2^65472 has 1,024 limbs, the most allowed.
    let twoTo64 = try big("18446744073709551616")
    let twoTo32704 = try twoTo32768.quotientAndRemainder(dividingBy: twoTo64).quotient
    let twoTo65472 = try twoTo32768.multiplied(by: twoTo32704)
    #expect(try twoTo65472 == powerOfTwo(65_472))
  }

  @Test func addingPastTheSizeCapThrowsOverflow() throws {
    let twoTo65472 = try powerOfTwo(65_472)
    // (2^64 - 1) * 2^65472 + 2^65472 = 2^65536 needs 1,025 limbs.
    let almost = try twoTo65472.multiplied(by: big("18446744073709551615"))
    #expect(throws: ArithmeticError.overflow) { try almost.adding(twoTo65472) }
    #expect(throws: ArithmeticError.overflow) {
      try BigInt.zero.subtracting(almost).subtracting(twoTo65472)
    }
    #expect(try almost.subtracting(twoTo65472) < almost)
  }

  @Test func leastCommonMultiplePastTheSizeCapThrowsOverflow() throws {
    let twoTo65472 = try powerOfTwo(65_472)
    let threeTimes = try twoTo65472.multiplied(by: BigInt(3))
    #expect(try BigInt.leastCommonMultiple(twoTo65472, threeTimes) == threeTimes)
    // lcm(2^65472, 2^64 - 1) = (2^64 - 1) * 2^65472 fits; with 2^64 + 1 it needs 1,025 limbs.
    #expect(throws: ArithmeticError.overflow) {
      try BigInt.leastCommonMultiple(twoTo65472, big("18446744073709551617"))
    }
  }

  @Test func dividingByZeroThrowsEvenForBigDividends() throws {
    let value = try big("-340282366920938463463374607431768211456")
    #expect(throws: ArithmeticError.divisionByZero) {
      try value.quotientAndRemainder(dividingBy: .zero)
    }
  }

  @Test func divisionSignsFollowTruncation() throws {
    // 2^128 + 1 = (2^64) * (2^64) + 1.
    let dividend = try big("340282366920938463463374607431768211457")
    let divisor = try big("18446744073709551616")
    for (dividendSign, divisorSign) in [(1, 1), (-1, 1), (1, -1), (-1, -1)] {
      let a = try dividend.multiplied(by: BigInt(Int64(dividendSign)))
      let b = try divisor.multiplied(by: BigInt(Int64(divisorSign)))
      let (quotient, remainder) = try a.quotientAndRemainder(dividingBy: b)
      #expect(try quotient == divisor.multiplied(by: BigInt(Int64(dividendSign * divisorSign))))
      #expect(remainder == BigInt(Int64(dividendSign)))
    }
  }

  /// Divisions that force algorithm D's rare add-back step.
  ///
  /// In each, a trial digit is still one too large after the two-limb refinement (probability about
  /// 2 / 2^64 on random input). The first
  /// is the 64-bit analogue of the Hacker's Delight `divmnu` vector (2^95 + 3) / (2^93 + 1): normalised,
  /// the trial digit is 4 and the true one 3. The others were found by searching limbs made of 0, 1,
  /// 2^63 and 2^64 - 1 with a model of the algorithm; their divisors' top limbs are 2^63 (already
  /// normalised) or 1 (shift by 63 bits), and their quotients have one to three limbs. A two-limb
  /// divisor never adds back: the refinement then compares the whole three-limb partial remainder.
  static let addBackCases: [BigDivisionCase] = [
    .init(
      "3138550867693340381917894711603833208051177722232017256451",
      "784637716923335095479473677900958302012794430558004314113",
      "3",
      "784637716923335095479473677900958302012794430558004314112"),
    .init(
      "12554203470773361528352143580257209759149906847865315000323",
      "3138550867693340382088035895064302439801311770021610913791",
      "3",
      "3138550867693340382088035895064302439745971537800482258950"),
    .init(
      "2135987035920910082395021706169552114590150318885879408420050593709646269875344141604823844782079",
      "340282366920938463500268095579187314691",
      "6277101735386680763155224689365789489157159485526788538377",
      "340282366920938463168226702252415385572"),
    .init(
      "19701003098197239604003533014150896820376432107537803610234276904122050633418033423141134634244424031498659457662977",
      "57896044618658097711785492504343953927655839433583097410100469082178159902723",
      "340282366920938463426481119284349108222",
      "59632466486173467257120564254314707879945242797456138174471"),
    .init(
      "533996758980227520598755426542388028660091783192243213632854368457287369532813938768015760818176",
      "57896044618658097711785492504343953927996121800504035873582290433683637665791",
      "9223372036854775807",
      "57896044618658097708646941636650613546418509455821141129040604179067662499839"),
  ]

  @Test(arguments: addBackCases)
  func divisionNeedingAddBackIsExact(_ c: BigDivisionCase) throws {
    let dividend = try big(c.dividend)
    let divisor = try big(c.divisor)
    let (quotient, remainder) = try dividend.quotientAndRemainder(dividingBy: divisor)
    #expect(quotient.description == c.quotient)
    #expect(remainder.description == c.remainder)
    #expect(try quotient.multiplied(by: divisor).adding(remainder) == dividend)
    #expect(remainder < divisor)
    // Negative operands take the same path on magnitudes.
    let negated = try BigInt.zero.subtracting(dividend).quotientAndRemainder(dividingBy: divisor)
    #expect(negated.quotient.description == "-" + c.quotient)
    #expect(negated.remainder.description == "-" + c.remainder)
  }

  @Test func greatestCommonDivisorOfHugeAndSmallValues() throws {
    // 10^40 = 2^40 * 5^40; gcd with 2^10 * 3 * 5^3 = 384,000 is 2^10 * 5^3 = 128,000.
    let tenTo40 = try big("1" + String(repeating: "0", count: 40))
    #expect(BigInt.greatestCommonDivisor(tenTo40, BigInt(384_000)) == BigInt(128_000))
    #expect(BigInt.greatestCommonDivisor(BigInt(-384_000), tenTo40) == BigInt(128_000))
    #expect(BigInt.greatestCommonDivisor(tenTo40, .zero) == tenTo40)
    #expect(try BigInt.greatestCommonDivisor(.zero, BigInt.zero.subtracting(tenTo40)) == tenTo40)
    // gcd(2^128, -2^127) = 2^127, which does not fit Int128 but is fine here.
    let twoTo128 = try big("340282366920938463463374607431768211456")
    let twoTo127 = "170141183460469231731687303715884105728"
    #expect(BigInt.greatestCommonDivisor(twoTo128, BigInt(Int128.min)).description == twoTo127)
    #expect(
      try BigInt.leastCommonMultiple(BigInt(Int128.min), BigInt(3)).description
        == "510423550381407695195061911147652317184")
  }
}
