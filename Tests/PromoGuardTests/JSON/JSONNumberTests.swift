import PromoGuard
import Testing

@Suite struct JSONNumberTests {
  struct NumberCase: Sendable, CustomTestStringConvertible {
    var text: String
    var isNegative: Bool
    var digits: String
    var exponent: Int
    var testDescription: String { text }
  }

  static let exactCases: [NumberCase] = [
    NumberCase(text: "0", isNegative: false, digits: "0", exponent: 0),
    NumberCase(text: "-0", isNegative: true, digits: "0", exponent: 0),
    NumberCase(text: "0.1", isNegative: false, digits: "1", exponent: -1),
    NumberCase(text: "12.50", isNegative: false, digits: "1250", exponent: -2),
    NumberCase(text: "-3", isNegative: true, digits: "3", exponent: 0),
    NumberCase(text: "1.25e1", isNegative: false, digits: "125", exponent: -1),
    NumberCase(text: "1E+2", isNegative: false, digits: "1", exponent: 2),
    NumberCase(text: "1e-2", isNegative: false, digits: "1", exponent: -2),
    NumberCase(text: "1e400", isNegative: false, digits: "1", exponent: 400),
    NumberCase(text: "0.00", isNegative: false, digits: "0", exponent: -2),
    NumberCase(text: "100", isNegative: false, digits: "100", exponent: 0),
    NumberCase(text: "0.050", isNegative: false, digits: "50", exponent: -3),
    NumberCase(text: "-12.5E-3", isNegative: true, digits: "125", exponent: -4),
    NumberCase(text: "1e007", isNegative: false, digits: "1", exponent: 7),
    NumberCase(
      text: "123456789012345678901234567890", isNegative: false,
      digits: "123456789012345678901234567890", exponent: 0),
  ]

  @Test(arguments: exactCases)
  func keepsExactTextAndDecimalDigits(_ testCase: NumberCase) throws {
    let node = try JSONReader.parse("[\(testCase.text)]")
    let number = try #require(node.value.arrayItems?.first?.value.numberValue)
    #expect(number.text == testCase.text)
    #expect(number.isNegative == testCase.isNegative)
    #expect(number.decimalDigits == testCase.digits)
    #expect(number.decimalExponent == testCase.exponent)
  }

  static let int64Cases: [(String, Int64?)] = [
    ("3", 3),
    ("3.0", 3),
    ("30e-1", 3),
    ("0.3e1", 3),
    ("-2", -2),
    ("-0", 0),
    ("0.0", 0),
    ("0e400", 0),
    ("100e-2", 1),
    ("12.50e1", 125),
    ("2.5", nil),
    ("-2.5", nil),
    ("1e-400", nil),
    ("9223372036854775807", Int64.max),
    ("9.223372036854775807e18", Int64.max),
    ("9223372036854775808", nil),
    ("-9223372036854775808", Int64.min),
    ("-9223372036854775809", nil),
    ("1e18", 1_000_000_000_000_000_000),
    ("1e19", nil),
    ("10e18", nil),
    ("1e400", nil),
  ]

  @Test(arguments: int64Cases)
  func int64ValueIsTheWholeNumberWhenItFits(text: String, expected: Int64?) throws {
    let number = try #require(try JSONReader.parse(text).value.numberValue)
    #expect(number.int64Value == expected)
  }

  @Test func int64ValueOfHandBuiltNumbersWithOddPartsIsNilNotACrash() {
    func value(_ digits: String, _ exponent: Int, negative: Bool = false) -> Int64? {
      JSONNumber(text: "", isNegative: negative, decimalDigits: digits, decimalExponent: exponent)
        .int64Value
    }
    #expect(value("", 0) == nil)
    #expect(value("12a", 0) == nil)
    #expect(value("5", .min) == nil)
    #expect(value("5", .max) == nil)
    #expect(value("007", 1) == 70)
    #expect(value("0", .max) == 0)
    #expect(value("99999999999999999999", 0) == nil)
  }
}
