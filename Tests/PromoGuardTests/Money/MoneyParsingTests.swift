import PromoGuard
import Testing

@Suite struct MoneyParsingTests {
  struct Accepted: Sendable, CustomTestStringConvertible {
    var text: String
    var currency: Currency
    var minorUnits: Int64
    var testDescription: String { "\(text.debugDescription) \(currency)" }
  }

  static let accepted: [Accepted] = [
    Accepted(text: "12.50", currency: .usd, minorUnits: 1_250),
    Accepted(text: "12.5", currency: .usd, minorUnits: 1_250),
    Accepted(text: "12", currency: .usd, minorUnits: 1_200),
    Accepted(text: "0.5", currency: .usd, minorUnits: 50),
    Accepted(text: "0.05", currency: .usd, minorUnits: 5),
    Accepted(text: "1250", currency: .jpy, minorUnits: 1_250),
    Accepted(text: "12.500", currency: .usd, minorUnits: 1_250),
    Accepted(text: "12.50000000", currency: .usd, minorUnits: 1_250),
    Accepted(text: "1250.00", currency: .jpy, minorUnits: 1_250),
    Accepted(text: "1.250", currency: .bhd, minorUnits: 1_250),
    Accepted(text: "1.25", currency: .bhd, minorUnits: 1_250),
    Accepted(text: "0.0001", currency: Currency(code: "CLF") ?? .usd, minorUnits: 1),
    Accepted(text: "1.25e1", currency: .usd, minorUnits: 1_250),
    Accepted(text: "1e2", currency: .usd, minorUnits: 10_000),
    Accepted(text: "1E+2", currency: .usd, minorUnits: 10_000),
    Accepted(text: "125e-1", currency: .usd, minorUnits: 1_250),
    Accepted(text: "1e-2", currency: .usd, minorUnits: 1),
    Accepted(text: "12.5e2", currency: .jpy, minorUnits: 1_250),
    Accepted(text: "0", currency: .usd, minorUnits: 0),
    Accepted(text: "0.00", currency: .usd, minorUnits: 0),
    Accepted(text: "0.000", currency: .jpy, minorUnits: 0),
    Accepted(text: "-0", currency: .usd, minorUnits: 0),
    Accepted(text: "0e999999999999", currency: .usd, minorUnits: 0),
    Accepted(text: "007.50", currency: .usd, minorUnits: 750),
    // The maximum, 10^15 minor units, is accepted.
    Accepted(text: "10000000000000.00", currency: .usd, minorUnits: 1_000_000_000_000_000),
    Accepted(text: "1e13", currency: .usd, minorUnits: 1_000_000_000_000_000),
    Accepted(text: "1000000000000000", currency: .jpy, minorUnits: 1_000_000_000_000_000),
    Accepted(text: "999999999999.999", currency: .bhd, minorUnits: 999_999_999_999_999),
  ]

  @Test(arguments: accepted)
  func acceptsPlainDecimalsAndJSONNumberText(_ example: Accepted) throws {
    let money = try Money.parse(example.text, currency: example.currency).get()
    #expect(money == Money(minorUnits: example.minorUnits, currency: example.currency))
  }

  struct Rejected: Sendable, CustomTestStringConvertible {
    var text: String
    var currency: Currency
    var kind: MoneyParseError.Kind
    var message: String
    var testDescription: String { "\(text.debugDescription) \(currency)" }
  }

  static let rejected: [Rejected] = [
    Rejected(
      text: "", currency: .usd, kind: .malformed,
      message: #"the amount is empty; write an amount in US dollars, like "12.50""#),
    Rejected(
      text: "", currency: .jpy, kind: .malformed,
      message: #"the amount is empty; write an amount in Japanese yen, like "1250""#),
    Rejected(
      text: "-1", currency: .usd, kind: .negative,
      message: #""-1" is negative; an amount must not be negative, so write it without the "#
        + #"minus sign, like "1""#),
    Rejected(
      text: "-12.505", currency: .usd, kind: .negative,
      message: #""-12.505" is negative; an amount must not be negative, so write it without the "#
        + #"minus sign, like "12.50""#),
    Rejected(
      text: "12.505", currency: .usd, kind: .tooManyDecimals,
      message: #"US dollars have 2 decimal places; "12.505" has 3 — write "12.51" or "12.50""#),
    Rejected(
      text: "12.501", currency: .usd, kind: .tooManyDecimals,
      message: #"US dollars have 2 decimal places; "12.501" has 3 — write "12.50" or "12.51""#),
    Rejected(
      text: "12.5050", currency: .usd, kind: .tooManyDecimals,
      message: #"US dollars have 2 decimal places; "12.5050" has 4 — write "12.51" or "12.50""#),
    Rejected(
      text: "0.005", currency: .usd, kind: .tooManyDecimals,
      message: #"US dollars have 2 decimal places; "0.005" has 3 — write "0.01" or "0.00""#),
    Rejected(
      text: "1e-400", currency: .usd, kind: .tooManyDecimals,
      message: #"US dollars have 2 decimal places; "1e-400" has 400 — write "0.00" or "0.01""#),
    // Counted as written: the writer of "1250.50" sees two decimals, and .50 rounds half up to 1251.
    Rejected(
      text: "1250.50", currency: .jpy, kind: .tooManyDecimals,
      message: #"Japanese yen have no decimal places; "1250.50" has 2 — write "1251" or "1250""#),
    Rejected(
      text: "12.5", currency: .jpy, kind: .tooManyDecimals,
      message: #"Japanese yen have no decimal places; "12.5" has 1 — write "13" or "12""#),
    Rejected(
      text: "1.2345", currency: .bhd, kind: .tooManyDecimals,
      message: #"Bahraini dinars have 3 decimal places; "1.2345" has 4 — write "1.235" or "#
        + #""1.234""#),
    Rejected(
      text: "$12.50", currency: .usd, kind: .malformed,
      message: #""$12.50" contains a currency symbol; write the amount without the currency "#
        + #"symbol, like "12.50""#),
    Rejected(
      text: "12.50 €", currency: .eur, kind: .malformed,
      message: #""12.50 €" contains a currency symbol; write the amount without the currency "#
        + #"symbol, like "12.50""#),
    Rejected(
      text: "-$5", currency: .usd, kind: .malformed,
      message: #""-$5" contains a currency symbol; write the amount without the currency "#
        + #"symbol, like "12.50""#),
    Rejected(
      text: "USD 12.50", currency: .usd, kind: .malformed,
      message: #""USD 12.50" contains a currency code; write the amount without the currency "#
        + #"code, like "12.50""#),
    Rejected(
      text: "1,000.00", currency: .usd, kind: .malformed,
      message: #""1,000.00" contains a thousands separator; write the amount without thousands "#
        + #"separators, like "1000.00""#),
    Rejected(
      text: "1,250", currency: .jpy, kind: .malformed,
      message: #""1,250" contains a thousands separator; write the amount without thousands "#
        + #"separators, like "1250""#),
    Rejected(
      text: "12,50", currency: .eur, kind: .malformed,
      message: #""12,50" uses a comma as the decimal separator; write a decimal point instead, "#
        + #"like "12.50""#),
    Rejected(
      text: " 12.50", currency: .usd, kind: .malformed,
      message: #"" 12.50" contains a space; write the amount without spaces, like "12.50""#),
    Rejected(
      text: " 12.50\t", currency: .usd, kind: .malformed,
      message: #"" 12.50\t" contains spaces; write the amount without spaces, like "12.50""#),
    Rejected(
      text: "12.", currency: .usd, kind: .malformed,
      message: #""12." has no digit after the decimal point; write digits after the point or "#
        + #"leave the point out, like "12""#),
    Rejected(
      text: ".5", currency: .usd, kind: .malformed,
      message: #"".5" has no digit before the decimal point; write the amount with a digit "#
        + #"before the point, like "0.5""#),
    Rejected(
      text: ".5", currency: .jpy, kind: .malformed,
      message: #"".5" has no digit before the decimal point; write the amount with a digit "#
        + #"before the point, like "1250""#),
    Rejected(
      text: "+1", currency: .usd, kind: .malformed,
      message: #""+1" starts with a plus sign; write the amount without it, like "1""#),
    Rejected(
      text: "12.50%", currency: .usd, kind: .malformed,
      message: #""12.50%" contains a % sign; write the amount without the % sign, like "12.50""#),
    Rejected(
      text: "abc", currency: .usd, kind: .malformed,
      message: #""abc" is not a number; write an amount in US dollars, like "12.50""#),
    Rejected(
      text: "\"12.50\"", currency: .usd, kind: .malformed,
      message: #""\"12.50\"" is not a number; write an amount in US dollars, like "12.50""#),
    Rejected(
      text: "20000000000000.00", currency: .usd, kind: .tooLarge,
      message: #""20000000000000.00" is more than the maximum of 10000000000000.00 US dollars; "#
        + "check the amount for extra digits"),
    Rejected(
      text: "10000000000000.001", currency: .usd, kind: .tooLarge,
      message: #""10000000000000.001" is more than the maximum of 10000000000000.00 US "#
        + "dollars; check the amount for extra digits"),
    Rejected(
      text: "1e16", currency: .jpy, kind: .tooLarge,
      message: #""1e16" is more than the maximum of 1000000000000000 Japanese yen; check the "#
        + "amount for extra digits"),
    Rejected(
      text: "1e999999999999999999", currency: .bhd, kind: .tooLarge,
      message: #""1e999999999999999999" is more than the maximum of 1000000000000.000 Bahraini "#
        + "dinars; check the amount for extra digits"),
  ]

  @Test(arguments: rejected)
  func rejectsWithASentenceSayingWhatToWrite(_ example: Rejected) {
    switch Money.parse(example.text, currency: example.currency) {
    case .success(let money):
      Issue.record("accepted as \(money.minorUnits) minor units")
    case .failure(let error):
      #expect(error.kind == example.kind)
      #expect(error.message == example.message)
      #expect(error.description == example.message)
    }
  }

  @Test(arguments: [
    "1e", "1e+", "--1", "1.2.3", "0x10", "NaN", "Infinity", "1_000", "٣", "1/2", "-", ".", "e5",
    "12,5,0",
  ])
  func rejectsOtherTextAsNotANumber(_ text: String) {
    let expected =
      "\(text.debugDescription) is not a number; write an amount in US dollars, "
      + #"like "12.50""#
    switch Money.parse(text, currency: .usd) {
    case .success(let money):
      Issue.record("accepted as \(money.minorUnits) minor units")
    case .failure(let error):
      #expect(error.kind == .malformed)
      #expect(error.message == expected)
    }
  }

  @Test func quotesLongTextOnlyInPart() {
    let text = String(repeating: "9", count: 60) + "x"
    let quoted = "\"" + String(repeating: "9", count: 39) + "…\""
    switch Money.parse(text, currency: .usd) {
    case .success(let money):
      Issue.record("accepted as \(money.minorUnits) minor units")
    case .failure(let error):
      #expect(
        error.message == quoted + #" is not a number; write an amount in US dollars, like "#
          + #""12.50""#)
    }
  }

  @Test(arguments: [Int64(0), 1, 5, 99, 1_250, 123_456, 1_000_000_000_000_000])
  func decimalStringParsesBackToTheSameAmount(_ minorUnits: Int64) throws {
    for currency in [Currency.usd, .jpy, .bhd, Currency(code: "CLF") ?? .usd] {
      let money = Money(minorUnits: minorUnits, currency: currency)
      #expect(try Money.parse(money.decimalString, currency: currency).get() == money)
    }
  }
}
