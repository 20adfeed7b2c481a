import PromoGuard
import Testing

@Suite struct MoneyFormattingTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var minorUnits: Int64
    var currency: Currency
    var decimalString: String
    var formatted: String
    var testDescription: String { "\(minorUnits) \(currency)" }
  }

  static let cases: [Case] = [
    Case(minorUnits: 1_250, currency: .usd, decimalString: "12.50", formatted: "$12.50"),
    Case(minorUnits: 123_450, currency: .usd, decimalString: "1234.50", formatted: "$1,234.50"),
    Case(minorUnits: 5, currency: .usd, decimalString: "0.05", formatted: "$0.05"),
    Case(minorUnits: 99_999, currency: .usd, decimalString: "999.99", formatted: "$999.99"),
    Case(minorUnits: 100_000, currency: .usd, decimalString: "1000.00", formatted: "$1,000.00"),
    Case(minorUnits: -300, currency: .usd, decimalString: "-3.00", formatted: "-$3.00"),
    Case(minorUnits: 0, currency: .usd, decimalString: "0.00", formatted: "$0.00"),
    Case(minorUnits: 1_250, currency: .eur, decimalString: "12.50", formatted: "€12.50"),
    Case(minorUnits: 300, currency: .gbp, decimalString: "3.00", formatted: "£3.00"),
    Case(minorUnits: 1_250, currency: .jpy, decimalString: "1250", formatted: "¥1,250"),
    Case(minorUnits: 999, currency: .jpy, decimalString: "999", formatted: "¥999"),
    Case(minorUnits: 1_234_567, currency: .jpy, decimalString: "1234567", formatted: "¥1,234,567"),
    Case(minorUnits: 0, currency: .jpy, decimalString: "0", formatted: "¥0"),
    Case(minorUnits: 1_250, currency: .bhd, decimalString: "1.250", formatted: "BHD 1.250"),
    Case(minorUnits: 5, currency: .bhd, decimalString: "0.005", formatted: "BHD 0.005"),
    Case(minorUnits: 0, currency: .bhd, decimalString: "0.000", formatted: "BHD 0.000"),
    Case(
      minorUnits: -1_234_500, currency: .kwd, decimalString: "-1234.500",
      formatted: "-KWD 1,234.500"),
    Case(minorUnits: 1_250, currency: .chf, decimalString: "12.50", formatted: "CHF 12.50"),
    Case(minorUnits: 1_250, currency: .cad, decimalString: "12.50", formatted: "CAD 12.50"),
    Case(
      minorUnits: 12_345, currency: Currency(code: "CLF") ?? .usd, decimalString: "1.2345",
      formatted: "CLF 1.2345"),
    Case(
      minorUnits: 1_000_000_000_000_000, currency: .usd, decimalString: "10000000000000.00",
      formatted: "$10,000,000,000,000.00"),
    Case(
      minorUnits: .max, currency: .usd, decimalString: "92233720368547758.07",
      formatted: "$92,233,720,368,547,758.07"),
    Case(
      minorUnits: .min, currency: .usd, decimalString: "-92233720368547758.08",
      formatted: "-$92,233,720,368,547,758.08"),
    Case(
      minorUnits: .min, currency: .jpy, decimalString: "-9223372036854775808",
      formatted: "-¥9,223,372,036,854,775,808"),
  ]

  @Test(arguments: cases)
  func writesExactDecimalsAndReadableAmounts(_ example: Case) {
    let money = Money(minorUnits: example.minorUnits, currency: example.currency)
    #expect(money.decimalString == example.decimalString)
    #expect(money.formatted == example.formatted)
  }
}
