import PromoGuard
import Testing

@Suite struct CurrencyTests {
  struct ExponentCase: Sendable, CustomTestStringConvertible {
    var code: String
    var exponent: Int
    var testDescription: String { "\(code) \(exponent)" }
  }

  static let exponents: [ExponentCase] = [
    ("USD", 2), ("EUR", 2), ("GBP", 2), ("JPY", 0), ("BHD", 3), ("KWD", 3), ("CLF", 4),
    ("UYW", 4), ("ISK", 0), ("KRW", 0), ("XOF", 0), ("XAF", 0), ("XPF", 0), ("TND", 3),
    ("IQD", 3), ("JOD", 3), ("LYD", 3), ("OMR", 3), ("CLP", 0), ("VND", 0), ("UYI", 0),
    ("CHF", 2), ("CAD", 2), ("AUD", 2), ("ZWG", 2), ("SLE", 2), ("VES", 2), ("VED", 2),
    ("USN", 2), ("BOV", 2), ("CHE", 2), ("CHW", 2), ("COU", 2), ("MXV", 2), ("XCG", 2),
    ("XAD", 2), ("BGN", 2), ("MRU", 2), ("STN", 2), ("MGA", 2),
  ].map { ExponentCase(code: $0.0, exponent: $0.1) }

  @Test(arguments: exponents)
  func knownCodeHasItsISOExponent(_ example: ExponentCase) throws {
    let currency = try #require(Currency(code: example.code))
    #expect(currency.code == example.code)
    #expect(currency.minorUnitExponent == example.exponent)
    #expect(currency.description == example.code)
  }

  @Test(arguments: [
    "XYZ", "usd", "Usd", "US", "USDX", "", " USD", "USD ", "ＵＳＤ", "ÜSD", "U$D",
    // No minor unit in ISO 4217: precious metals, units of account, testing and "no currency".
    "XAU", "XAG", "XPT", "XPD", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA", "XTS", "XXX",
    // Withdrawn codes.
    "HRK", "ANG", "CUC", "SLL", "ZWL", "VEF", "MRO", "STD", "LTL", "BYR",
  ])
  func unknownOrInactiveCodeIsRejected(_ code: String) {
    #expect(Currency(code: code) == nil)
  }

  @Test func onlyTheListedCurrenciesHaveAnExponentOtherThanTwo() {
    let expected: [String: Int] = [
      "CLF": 4, "UYW": 4,
      "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
      "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
      "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    ]
    var actual: [String: Int] = [:]
    for currency in Currency.allCurrencies where currency.minorUnitExponent != 2 {
      actual[currency.code] = currency.minorUnitExponent
    }
    #expect(actual == expected)
  }

  @Test func tableHoldsEveryActiveCodeOnceInCodeOrder() {
    let codes = Currency.allCurrencies.map(\.code)
    // ISO 4217 List One at the end of 2025: 166 codes with a numeric minor unit.
    #expect(codes.count == 166)
    #expect(Set(codes).count == codes.count)
    #expect(codes == codes.sorted())
    #expect(codes.first == "AED")
    #expect(codes.last == "ZWG")
  }

  @Test func everyCurrencyRoundTripsThroughItsCodeAndHasNames() {
    for currency in Currency.allCurrencies {
      #expect(Currency(code: currency.code) == currency)
      #expect(!currency.name.isEmpty, "\(currency.code) has no name")
      #expect(!currency.pluralName.isEmpty, "\(currency.code) has no plural name")
      #expect(currency.name != currency.code, "\(currency.code) has no English name")
    }
  }

  @Test func namedConstantsMatchTheTable() {
    let constants: [(Currency, String, Int)] = [
      (.usd, "USD", 2), (.eur, "EUR", 2), (.gbp, "GBP", 2), (.jpy, "JPY", 0), (.chf, "CHF", 2),
      (.cad, "CAD", 2), (.aud, "AUD", 2), (.bhd, "BHD", 3), (.kwd, "KWD", 3),
    ]
    for (constant, code, exponent) in constants {
      #expect(constant.code == code)
      #expect(constant.minorUnitExponent == exponent)
      #expect(Currency(code: code) == constant)
    }
  }

  @Test func namesReadAsCommonNouns() {
    #expect(Currency.usd.name == "US dollar")
    #expect(Currency.usd.pluralName == "US dollars")
    #expect(Currency.eur.name == "euro")
    #expect(Currency.eur.pluralName == "euros")
    #expect(Currency.jpy.name == "Japanese yen")
    #expect(Currency.jpy.pluralName == "Japanese yen")
    #expect(Currency.bhd.pluralName == "Bahraini dinars")
    #expect(Currency.chf.pluralName == "Swiss francs")
    #expect(Currency.gbp.pluralName == "British pounds")
  }

  @Test func onlyUnambiguousCurrenciesHaveASymbol() {
    #expect(Currency.usd.symbol == "$")
    #expect(Currency.eur.symbol == "€")
    #expect(Currency.gbp.symbol == "£")
    #expect(Currency.jpy.symbol == "¥")
    // Dollars other than the US dollar, and francs, dinars and yuan, are written with the code.
    for code in ["CAD", "AUD", "NZD", "HKD", "MXN", "CHF", "BHD", "KWD", "CNY", "SEK"] {
      #expect(Currency(code: code)?.symbol == nil, "\(code) should have no symbol")
    }
  }

  @Test func currenciesCompareByCodeAndAreStoredInFourBytes() {
    #expect(Currency.usd == Currency.usd)
    #expect(Currency.usd != Currency.cad)
    #expect(Currency.bhd != Currency.kwd)
    #expect(Set([Currency.usd, .eur, .usd, .jpy]).count == 3)
    #expect(MemoryLayout<Currency>.size == 4)
  }
}
