/// An ISO 4217 currency and its minor-unit exponent.
///
/// A currency is stored in a single `UInt32`: the three letters of its code and its exponent.
/// Comparing or hashing two currencies is therefore one integer operation, which matters on the
/// checkout hot path where every line and campaign is checked against the basket's currency.
///
/// ```swift
/// let yen = Currency(code: "JPY")      // Currency? with minorUnitExponent 0
/// Currency.usd.minorUnitExponent       // 2
/// ```
///
/// Only the active codes of ISO 4217 List One that have a numeric minor unit are known; see
/// ``Currency/init(code:)``.
public struct Currency: Sendable, Hashable, CustomStringConvertible {
  /// The code's three ASCII letters in bits 8 to 31, the minor-unit exponent in bits 0 to 7.
  private let packed: UInt32

  private init(letters: UInt32, exponent: UInt8) {
    packed = letters << 8 | UInt32(exponent)
  }

  /// Creates a currency the table is known to contain; used for the named constants only.
  private init(known code: StaticString, exponent: UInt8) {
    self.init(letters: Self.letters(of: code), exponent: exponent)
  }

  /// Creates the currency with an active ISO 4217 alphabetic code.
  ///
  /// The code must be written exactly as ISO 4217 writes it: three upper-case ASCII letters.
  /// `"usd"`, `"US"`, unknown codes such as `"XYZ"`, withdrawn codes such as `"HRK"` and codes
  /// without a minor unit (precious metals, `"XDR"`, `"XTS"`, `"XXX"` …) give `nil`.
  ///
  /// ```swift
  /// Currency(code: "BHD")?.minorUnitExponent   // 3
  /// Currency(code: "usd")                      // nil
  /// ```
  ///
  /// - Parameter code: The alphabetic code, such as `"USD"`.
  public init?(code: String) {
    guard let letters = Self.letters(of: code), let entry = CurrencyTable.entry(letters: letters)
    else { return nil }
    self.init(letters: letters, exponent: entry.exponent)
  }

  /// The ISO 4217 alphabetic code, such as `"USD"`.
  public var code: String {
    let letters = packed >> 8
    let bytes: [UInt8] = [
      UInt8(truncatingIfNeeded: letters >> 16),
      UInt8(truncatingIfNeeded: letters >> 8),
      UInt8(truncatingIfNeeded: letters),
    ]
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The number of decimal places of the minor unit: 2 for USD (cents), 0 for JPY, 3 for BHD.
  public var minorUnitExponent: Int {
    Int(packed & 0xFF)
  }

  /// The English name of one unit, as a common noun: `"US dollar"`, `"euro"`, `"Japanese yen"`.
  package var name: String {
    entry?.name ?? code
  }

  /// The English name of several units, as in "orders in US dollars": `"US dollars"`, `"euros"`.
  package var pluralName: String {
    entry?.pluralName ?? code
  }

  /// The symbol written before an amount, only where it names this currency unambiguously.
  ///
  /// `"$"` (USD), `"€"`, `"£"` (GBP), `"¥"` (JPY), `"₹"`, `"₩"` (KRW), `"₪"`, `"₱"`, `"₫"`;
  /// `nil` for every other currency, which is then written with its code ("CHF 12.50").
  package var symbol: String? {
    entry?.symbol
  }

  /// The code, such as `"USD"`.
  public var description: String {
    code
  }

  /// Every known currency, sorted by code.
  package static var allCurrencies: [Currency] {
    CurrencyTable.sortedCurrencies
  }

  /// The table row of this currency; present for every value this type can create.
  private var entry: CurrencyTable.Entry? {
    CurrencyTable.entry(letters: packed >> 8)
  }

  /// Creates the currency of a table row.
  init(_ entry: CurrencyTable.Entry) {
    self.init(letters: entry.letters, exponent: entry.exponent)
  }

  /// Packs a code of exactly three ASCII upper-case letters, or returns `nil`.
  static func letters(of code: String) -> UInt32? {
    var letters: UInt32 = 0
    var count = 0
    for byte in code.utf8 {
      guard count < 3, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) else { return nil }
      letters = letters << 8 | UInt32(byte)
      count += 1
    }
    return count == 3 ? letters : nil
  }

  /// Packs the letters of a code written in the source; the table's tests check every one.
  static func letters(of code: StaticString) -> UInt32 {
    code.withUTF8Buffer { buffer in
      buffer.reduce(0) { letters, byte in letters << 8 | UInt32(byte) }
    }
  }
}

extension Currency {
  /// The US dollar (USD), 2 decimal places.
  public static let usd = Currency(known: "USD", exponent: 2)
  /// The euro (EUR), 2 decimal places.
  public static let eur = Currency(known: "EUR", exponent: 2)
  /// The pound sterling (GBP), 2 decimal places.
  public static let gbp = Currency(known: "GBP", exponent: 2)
  /// The Japanese yen (JPY), no decimal places.
  public static let jpy = Currency(known: "JPY", exponent: 0)
  /// The Swiss franc (CHF), 2 decimal places.
  public static let chf = Currency(known: "CHF", exponent: 2)
  /// The Canadian dollar (CAD), 2 decimal places.
  public static let cad = Currency(known: "CAD", exponent: 2)
  /// The Australian dollar (AUD), 2 decimal places.
  public static let aud = Currency(known: "AUD", exponent: 2)
  /// The Bahraini dinar (BHD), 3 decimal places.
  public static let bhd = Currency(known: "BHD", exponent: 3)
  /// The Kuwaiti dinar (KWD), 3 decimal places.
  public static let kwd = Currency(known: "KWD", exponent: 3)
}
