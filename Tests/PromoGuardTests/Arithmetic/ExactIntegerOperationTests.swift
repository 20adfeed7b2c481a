import PromoGuard
import Testing

/// One binary operation on small operands with its hand-worked result, checked on both integer types.
struct ExactOperationCase: Sendable, CustomTestStringConvertible {
  var lhs: Int64
  var rhs: Int64
  var expected: Int64
  var testDescription: String { "(\(lhs), \(rhs)) → \(expected)" }

  init(_ lhs: Int64, _ rhs: Int64, _ expected: Int64) {
    self.lhs = lhs
    self.rhs = rhs
    self.expected = expected
  }
}

/// A truncating division with its hand-worked quotient and remainder.
struct ExactDivisionCase: Sendable, CustomTestStringConvertible {
  var dividend: Int64
  var divisor: Int64
  var quotient: Int64
  var remainder: Int64
  var testDescription: String { "\(dividend) / \(divisor) → \(quotient) r \(remainder)" }

  init(_ dividend: Int64, _ divisor: Int64, _ quotient: Int64, _ remainder: Int64) {
    self.dividend = dividend
    self.divisor = divisor
    self.quotient = quotient
    self.remainder = remainder
  }
}

/// The operations of `ExactInteger` on small values with every sign combination and zero, run on
/// `Int128` and on `BigInt` alike.
@Suite struct ExactIntegerOperationTests {
  private func sum<T: ExactInteger>(_: T.Type, _ c: ExactOperationCase) throws -> Bool {
    try T(c.lhs).adding(T(c.rhs)) == T(c.expected)
  }

  private func difference<T: ExactInteger>(_: T.Type, _ c: ExactOperationCase) throws -> Bool {
    try T(c.lhs).subtracting(T(c.rhs)) == T(c.expected)
  }

  private func product<T: ExactInteger>(_: T.Type, _ c: ExactOperationCase) throws -> Bool {
    try T(c.lhs).multiplied(by: T(c.rhs)) == T(c.expected)
  }

  private func division<T: ExactInteger>(_: T.Type, _ c: ExactDivisionCase) throws -> Bool {
    let (quotient, remainder) = try T(c.dividend).quotientAndRemainder(dividingBy: T(c.divisor))
    return quotient == T(c.quotient) && remainder == T(c.remainder)
  }

  private func gcd<T: ExactInteger>(_: T.Type, _ c: ExactOperationCase) -> Bool {
    T.greatestCommonDivisor(T(c.lhs), T(c.rhs)) == T(c.expected)
  }

  private func lcm<T: ExactInteger>(_: T.Type, _ c: ExactOperationCase) throws -> Bool {
    try T.leastCommonMultiple(T(c.lhs), T(c.rhs)) == T(c.expected)
  }

  @Test(arguments: [
    ExactOperationCase(0, 0, 0), ExactOperationCase(2, 3, 5), ExactOperationCase(-2, 3, 1),
    ExactOperationCase(2, -3, -1), ExactOperationCase(-2, -3, -5), ExactOperationCase(0, -7, -7),
    ExactOperationCase(-7, 0, -7), ExactOperationCase(7, -7, 0),
    ExactOperationCase(.max, .min, -1),
  ])
  func addingGivesTheSum(_ c: ExactOperationCase) throws {
    #expect(try sum(Int128.self, c))
    #expect(try sum(BigInt.self, c))
  }

  @Test(arguments: [
    ExactOperationCase(0, 0, 0), ExactOperationCase(5, 3, 2), ExactOperationCase(3, 5, -2),
    ExactOperationCase(-5, 3, -8), ExactOperationCase(5, -3, 8), ExactOperationCase(-5, -3, -2),
    ExactOperationCase(0, 4, -4), ExactOperationCase(4, 0, 4), ExactOperationCase(-4, -4, 0),
  ])
  func subtractingGivesTheDifference(_ c: ExactOperationCase) throws {
    #expect(try difference(Int128.self, c))
    #expect(try difference(BigInt.self, c))
  }

  @Test(arguments: [
    ExactOperationCase(0, 0, 0), ExactOperationCase(6, 7, 42), ExactOperationCase(-6, 7, -42),
    ExactOperationCase(6, -7, -42), ExactOperationCase(-6, -7, 42), ExactOperationCase(0, -9, 0),
    ExactOperationCase(-9, 0, 0), ExactOperationCase(1, -1, -1),
    ExactOperationCase(3_037_000_499, 3_037_000_499, 9_223_372_030_926_249_001),
  ])
  func multipliedGivesTheProduct(_ c: ExactOperationCase) throws {
    #expect(try product(Int128.self, c))
    #expect(try product(BigInt.self, c))
  }

  @Test(arguments: [
    ExactDivisionCase(7, 2, 3, 1), ExactDivisionCase(-7, 2, -3, -1),
    ExactDivisionCase(7, -2, -3, 1), ExactDivisionCase(-7, -2, 3, -1),
    ExactDivisionCase(6, 3, 2, 0), ExactDivisionCase(-6, 3, -2, 0),
    ExactDivisionCase(0, 5, 0, 0), ExactDivisionCase(0, -5, 0, 0),
    ExactDivisionCase(2, 7, 0, 2), ExactDivisionCase(-2, 7, 0, -2),
    ExactDivisionCase(.min, 1, .min, 0), ExactDivisionCase(.min, .max, -1, -1),
  ])
  func quotientAndRemainderTruncateTowardZero(_ c: ExactDivisionCase) throws {
    #expect(try division(Int128.self, c))
    #expect(try division(BigInt.self, c))
  }

  @Test(arguments: [
    ExactOperationCase(0, 0, 0), ExactOperationCase(12, 18, 6), ExactOperationCase(-12, 18, 6),
    ExactOperationCase(12, -18, 6), ExactOperationCase(-12, -18, 6), ExactOperationCase(0, -5, 5),
    ExactOperationCase(-5, 0, 5), ExactOperationCase(17, 5, 1), ExactOperationCase(1, 1, 1),
    ExactOperationCase(.min, 6, 2), ExactOperationCase(.max, .max, .max),
  ])
  func greatestCommonDivisorIsNonNegative(_ c: ExactOperationCase) {
    #expect(gcd(Int128.self, c))
    #expect(gcd(BigInt.self, c))
  }

  @Test(arguments: [
    ExactOperationCase(0, 0, 0), ExactOperationCase(0, 7, 0), ExactOperationCase(7, 0, 0),
    ExactOperationCase(4, 6, 12), ExactOperationCase(-4, 6, 12), ExactOperationCase(4, -6, 12),
    ExactOperationCase(-4, -6, 12), ExactOperationCase(5, 7, 35), ExactOperationCase(3, 9, 9),
    ExactOperationCase(-1, -1, 1),
  ])
  func leastCommonMultipleIsNonNegative(_ c: ExactOperationCase) throws {
    #expect(try lcm(Int128.self, c))
    #expect(try lcm(BigInt.self, c))
  }

  private func divisionByZeroThrows<T: ExactInteger>(_: T.Type, dividend: Int64) {
    #expect(throws: ArithmeticError.divisionByZero) {
      try T(dividend).quotientAndRemainder(dividingBy: .zero)
    }
  }

  @Test(arguments: [0, 1, -1, Int64.max, Int64.min])
  func dividingByZeroThrowsDivisionByZero(_ dividend: Int64) {
    divisionByZeroThrows(Int128.self, dividend: dividend)
    divisionByZeroThrows(BigInt.self, dividend: dividend)
  }

  private func signums<T: ExactInteger>(_: T.Type) -> [Int] {
    [T(-5).signum, T(Int64.min).signum, T.zero.signum, T(0).signum, T.one.signum, T(.max).signum]
  }

  @Test func signumIsMinusOneZeroOrOne() {
    #expect(signums(Int128.self) == [-1, -1, 0, 0, 1, 1])
    #expect(signums(BigInt.self) == [-1, -1, 0, 0, 1, 1])
  }

  private func constants<T: ExactInteger>(_: T.Type) -> Bool {
    T.zero == T(0) && T.one == T(1) && T.zero < T.one && T(-1) < T.zero
  }

  @Test func zeroAndOneAreTheIntegersZeroAndOne() {
    #expect(constants(Int128.self))
    #expect(constants(BigInt.self))
  }

  private func int64RoundTrip<T: ExactInteger>(_: T.Type, _ value: Int64) -> Int64? {
    T(value).int64Value
  }

  @Test(arguments: [0, 1, -1, 42, Int64.max, Int64.min])
  func int64ValueReturnsEveryInt64Unchanged(_ value: Int64) {
    #expect(int64RoundTrip(Int128.self, value) == value)
    #expect(int64RoundTrip(BigInt.self, value) == value)
  }

  private func outOfInt64Range<T: ExactInteger>(_: T.Type) throws -> [Int64?] {
    let above = try T(Int64.max).adding(.one)
    let below = try T(Int64.min).subtracting(.one)
    let far = try T(Int64.max).multiplied(by: T(Int64.max))
    return [above.int64Value, below.int64Value, far.int64Value]
  }

  @Test func int64ValueIsNilJustOutsideInt64() throws {
    #expect(try outOfInt64Range(Int128.self) == [nil, nil, nil])
    #expect(try outOfInt64Range(BigInt.self) == [nil, nil, nil])
  }

  private func descriptions<T: ExactInteger>(_: T.Type) -> [String] {
    [T(0).description, T(-42).description, T(Int64.min).description]
  }

  @Test func descriptionIsPlainDecimal() {
    let expected = ["0", "-42", "-9223372036854775808"]
    #expect(descriptions(Int128.self) == expected)
    #expect(descriptions(BigInt.self) == expected)
  }
}
