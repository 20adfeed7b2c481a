import PromoGuard
import Testing

@Suite struct DecimalAmountTests {
  @Test(
    arguments: [
      ("12.50", 1_250, 2), ("12.5", 125, 1), ("12", 12, 0), ("1.25e1", 125, 1), ("1e2", 100, 0),
      ("0.000001", 1, 6), ("1.0000000", 1_000_000, 6), ("0.00", 0, 2), ("0", 0, 0),
      ("100000000000", 100_000_000_000, 0), ("100000000000.000000", 100_000_000_000_000_000, 6),
      ("007.5", 75, 1), ("-0", 0, 0),
    ] as [(String, Int64, Int)])
  func keepsTheDecimalsAsWritten(_ text: String, _ significand: Int64, _ scale: Int) throws {
    let amount = try DecimalAmount.parse(text).get()
    #expect(amount.significand == significand)
    #expect(amount.scale == scale)
  }

  struct Rejected: Sendable, CustomTestStringConvertible {
    var text: String
    var kind: MoneyParseError.Kind
    var message: String
    var testDescription: String { text.debugDescription }
  }

  static let rejected: [Rejected] = [
    Rejected(
      text: "-1", kind: .negative,
      message: #""-1" is negative; an amount must not be negative, so write it without the "#
        + #"minus sign, like "1""#),
    Rejected(
      text: "0.0000001", kind: .tooManyDecimals,
      message: #"an amount can have at most 6 decimal places; "0.0000001" has 7 — write "0" "#
        + #"or "0.000001""#),
    Rejected(
      text: "1.2345678", kind: .tooManyDecimals,
      message: #"an amount can have at most 6 decimal places; "1.2345678" has 7 — write "#
        + #""1.234568" or "1.234567""#),
    Rejected(
      text: "100000000000.1", kind: .tooLarge,
      message: #""100000000000.1" is more than the maximum of 100000000000; check the amount "#
        + "for extra digits"),
    Rejected(
      text: "$5", kind: .malformed,
      message: #""$5" contains a currency symbol; write the amount without the currency "#
        + #"symbol, like "5""#),
    Rejected(
      text: "", kind: .malformed,
      message: #"the amount is empty; write an amount, like "12.50""#),
    Rejected(
      text: "abc", kind: .malformed,
      message: #""abc" is not a number; write an amount, like "12.50""#),
  ]

  @Test(arguments: rejected)
  func rejectsWithASentenceSayingWhatToWrite(_ example: Rejected) {
    switch DecimalAmount.parse(example.text) {
    case .success(let amount):
      Issue.record("accepted as \(amount)")
    case .failure(let error):
      #expect(error.kind == example.kind)
      #expect(error.message == example.message)
    }
  }

  @Test(
    arguments: [
      (1_250, 2, "USD", 1_250), (12_500, 3, "USD", 1_250), (125_000, 2, "JPY", 1_250),
      (125, 1, "BHD", 12_500), (12, 0, "BHD", 12_000), (1, 4, "CLF", 1), (0, 6, "JPY", 0),
      (100_000_000_000, 0, "CLF", 1_000_000_000_000_000), (5, -2, "USD", 50_000),
      (.max, 2, "USD", .max), (.max, 0, "JPY", .max),
    ] as [(Int64, Int, String, Int64)])
  func convertsToMoneyWhenTheCurrencyHasEnoughDecimals(
    _ significand: Int64, _ scale: Int, _ code: String, _ minorUnits: Int64
  ) throws {
    let currency = try #require(Currency(code: code))
    let amount = DecimalAmount(significand: significand, scale: scale)
    #expect(amount.money(in: currency) == Money(minorUnits: minorUnits, currency: currency))
  }

  @Test(
    arguments: [
      (1_250, 2, "JPY"), (1, 6, "USD"), (1_234, 4, "BHD"), (1, 5, "CLF"),
      // Only amounts built directly can overflow.
      (.max, 0, "USD"), (1, -30, "USD"), (1, .min, "USD"), (.min, .max, "USD"),
    ] as [(Int64, Int, String)])
  func givesNoMoneyForTooManyDecimalsOrOverflow(
    _ significand: Int64, _ scale: Int, _ code: String
  ) throws {
    let currency = try #require(Currency(code: code))
    #expect(DecimalAmount(significand: significand, scale: scale).money(in: currency) == nil)
  }

  @Test func equalValuesAreEqualWhateverTheirScale() throws {
    let written = try DecimalAmount.parse("12.50").get()
    let short = try DecimalAmount.parse("12.5").get()
    #expect(written == short)
    #expect(Set([written, short]).count == 1)
    #expect(DecimalAmount(significand: 0, scale: 3) == DecimalAmount(significand: 0, scale: 0))
    #expect(DecimalAmount(significand: 100, scale: 0) == DecimalAmount(significand: 1, scale: -2))
    #expect(written != DecimalAmount(significand: 1_251, scale: 2))
    #expect(written.description == "12.50")
    #expect(short.description == "12.5")
  }

  @Test(
    arguments: [
      (1_250, 2, "12.50"), (100, 0, "100"), (1, 6, "0.000001"), (5, -2, "500"), (0, 2, "0.00"),
      (-125, 1, "-12.5"),
    ] as [(Int64, Int, String)])
  func describesTheDecimalsAsWritten(_ significand: Int64, _ scale: Int, _ text: String) {
    #expect(DecimalAmount(significand: significand, scale: scale).description == text)
  }
}
