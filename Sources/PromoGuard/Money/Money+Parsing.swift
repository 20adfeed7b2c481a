extension Money {
  /// Parses a decimal string or the exact text of a JSON number as money in `currency`.
  ///
  /// Accepted, for US dollars: "12.50", "12.5", "12", "0.5", "007.50", extra trailing zeros
  /// ("12.500" is 12.50) and exponents ("1.25e1" is 12.50, "1e2" is 100.00). "-0" is zero.
  /// Rejected, each with a sentence that says what to write instead: "" and anything that is not
  /// a plain number ("$12.50", "1,000.00", " 12.50", "12.", ".5", "+1", "abc") as
  /// ``MoneyParseError/Kind/malformed``, amounts below zero as `negative`, more decimals than the
  /// currency has ("12.505"; "12.5" in yen) as `tooManyDecimals`, and amounts above
  /// ``maximumMinorUnits`` as `tooLarge`.
  ///
  /// ```swift
  /// Money.parse("12.5", currency: .usd)   // .success(1250 minor units)
  /// Money.parse("12.505", currency: .usd)
  /// // .failure: US dollars have 2 decimal places; "12.505" has 3 — write "12.51" or "12.50"
  /// ```
  ///
  /// - Parameters:
  ///   - text: The amount as written in a campaign file: a string's contents or a number's text.
  ///   - currency: The currency the amount is in; it fixes how many decimals are allowed.
  /// - Returns: The exact amount, or why the text is not one.
  package static func parse(_ text: String, currency: Currency) -> Result<Money, MoneyParseError> {
    switch DecimalNumeral.read(text) {
    case .success(let numeral):
      return money(from: numeral, writtenAs: text, currency: currency)
    case .failure(let error):
      let advice = DecimalSyntaxAdvice(
        name: "amount", subject: "amount", expected: "an amount in \(currency.pluralName)",
        example: exampleText(for: currency), quotesValues: true)
      let message = advice.message(for: error, in: text) { candidate in
        isAccepted(candidate, currency: currency)
      }
      return .failure(MoneyParseError(kind: .malformed, message: message))
    }
  }

  /// Whether a text with no syntax problem is an acceptable amount.
  private static func isAccepted(_ text: String, currency: Currency) -> Bool {
    guard case .success(let numeral) = DecimalNumeral.read(text),
      case .success = money(from: numeral, writtenAs: text, currency: currency)
    else { return false }
    return true
  }

  /// Checks the value of a well-formed number against the currency and the maximum.
  private static func money(
    from numeral: DecimalNumeral, writtenAs text: String, currency: Currency
  ) -> Result<Money, MoneyParseError> {
    if numeral.isZero {
      return .success(Money(minorUnits: 0, currency: currency))
    }
    if numeral.isNegative {
      // With no syntax problem, the text is the minus sign followed by the magnitude.
      let magnitude = String(text.dropFirst())
      let fix = isAccepted(magnitude, currency: currency) ? magnitude : exampleText(for: currency)
      return .failure(.negative(text, fix: fix))
    }
    let exponent = currency.minorUnitExponent
    let scaled = numeral.scaled(by: exponent, limit: UInt64(maximumMinorUnits))
    guard let whole = scaled.whole, !scaled.exceeds(UInt64(maximumMinorUnits)) else {
      let maximum = DecimalFormatting.text(of: UInt64(maximumMinorUnits), decimals: exponent)
      return .failure(.tooLarge(text, maximum: "\(maximum) \(currency.pluralName)"))
    }
    if scaled.hasRemainder {
      let down = DecimalFormatting.text(of: whole, decimals: exponent)
      let up = DecimalFormatting.text(of: whole + 1, decimals: exponent)
      let allowed =
        switch exponent {
        case 0: "no decimal places"
        case 1: "1 decimal place"
        default: "\(exponent) decimal places"
        }
      return .failure(
        .tooManyDecimals(
          text, rule: "\(currency.pluralName) have \(allowed)",
          decimalPlaces: numeral.visibleDecimalPlaces,
          suggestions: scaled.roundsUp ? [up, down] : [down, up]))
    }
    // `whole` is at most `maximumMinorUnits`, so it fits in `Int64`.
    return .success(Money(minorUnits: Int64(whole), currency: currency))
  }

  /// A correct amount to show in messages: "12.50" (USD), "1250" (JPY), "12.500" (BHD).
  private static func exampleText(for currency: Currency) -> String {
    let exponent = currency.minorUnitExponent
    return exponent == 0 ? "1250" : "12.5" + String(repeating: "0", count: exponent - 1)
  }
}
