extension Money {
  /// The amount with exactly `minorUnitExponent` decimals and no symbol or separators.
  ///
  /// This is the form campaign files and quotes use: "12.50", "1250" (JPY), "1.250" (BHD),
  /// "-3.00".
  ///
  /// ```swift
  /// Money(minorUnits: 1_250, currency: .bhd).decimalString   // "1.250"
  /// ```
  public var decimalString: String {
    let digits = DecimalFormatting.text(
      of: minorUnits.magnitude, decimals: currency.minorUnitExponent)
    return minorUnits < 0 ? "-" + digits : digits
  }

  /// The amount for sentences a customer-service agent reads aloud.
  ///
  /// Thousands are separated with commas. Currencies with an unambiguous symbol put it first,
  /// "$1,234.50", "€12.50", "£3.00", "¥1,250"; the others put their code and a space first,
  /// "BHD 1.250", "CHF 12.50". A negative amount starts with a minus sign: "-$3.00".
  public var formatted: String {
    let digits = DecimalFormatting.text(
      of: minorUnits.magnitude, decimals: currency.minorUnitExponent, grouped: true)
    let prefix = currency.symbol ?? currency.code + " "
    return (minorUnits < 0 ? "-" : "") + prefix + digits
  }
}
