extension DecimalAmount {
  /// The largest amount ``parse(_:)`` accepts: 10^11, so that any amount it accepts is at most
  /// ``Money/maximumMinorUnits`` in every currency (whose exponents are at most 4).
  private static let maximumValue: UInt64 = 100_000_000_000

  /// The largest significand at the maximum scale: `maximumValue × 10^maximumScale`.
  private static let maximumScaledValue: UInt64 = 100_000_000_000_000_000

  /// Parses a decimal string or the exact text of a JSON number as an amount with no currency.
  ///
  /// The rules are those of ``Money/parse(_:currency:)``, except that up to 6 decimal places are
  /// accepted (trailing zeros beyond them are dropped) and the maximum is 100000000000. The
  /// decimals as written are kept: "12.50" is (1250, 2), "1.25e1" is (125, 1), "1e2" is (100, 0).
  ///
  /// - Parameter text: The amount as written: a string's contents or a number's text.
  /// - Returns: The exact amount, or why the text is not one.
  package static func parse(_ text: String) -> Result<DecimalAmount, MoneyParseError> {
    switch DecimalNumeral.read(text) {
    case .success(let numeral):
      return amount(from: numeral, writtenAs: text)
    case .failure(let error):
      let advice = DecimalSyntaxAdvice(
        name: "amount", subject: "amount", expected: "an amount", example: "12.50",
        quotesValues: true)
      let message = advice.message(for: error, in: text) { isAccepted($0) }
      return .failure(MoneyParseError(kind: .malformed, message: message))
    }
  }

  /// Whether a text with no syntax problem is an acceptable amount.
  private static func isAccepted(_ text: String) -> Bool {
    guard case .success(let numeral) = DecimalNumeral.read(text),
      case .success = amount(from: numeral, writtenAs: text)
    else { return false }
    return true
  }

  /// Checks the value of a well-formed number against the maximum and the decimal places.
  private static func amount(
    from numeral: DecimalNumeral, writtenAs text: String
  ) -> Result<DecimalAmount, MoneyParseError> {
    let scale = min(max(numeral.writtenScale, 0), maximumScale)
    if numeral.isZero {
      return .success(DecimalAmount(significand: 0, scale: scale))
    }
    if numeral.isNegative {
      // With no syntax problem, the text is the minus sign followed by the magnitude.
      let magnitude = String(text.dropFirst())
      return .failure(.negative(text, fix: isAccepted(magnitude) ? magnitude : "12.50"))
    }
    let scaled = numeral.scaled(by: maximumScale, limit: maximumScaledValue)
    guard let whole = scaled.whole, !scaled.exceeds(maximumScaledValue) else {
      return .failure(.tooLarge(text, maximum: String(maximumValue)))
    }
    if scaled.hasRemainder {
      let down = DecimalFormatting.trimmedText(of: whole, decimals: maximumScale)
      let up = DecimalFormatting.trimmedText(of: whole + 1, decimals: maximumScale)
      return .failure(
        .tooManyDecimals(
          text, rule: "an amount can have at most \(maximumScale) decimal places",
          decimalPlaces: numeral.visibleDecimalPlaces,
          suggestions: scaled.roundsUp ? [up, down] : [down, up]))
    }
    // The value has at most `maximumScale` decimals, so it is exact at `scale`, which keeps
    // the decimals as written; and it is at most 10^11, so the significand is at most 10^17.
    guard let significand = numeral.scaled(by: scale, limit: maximumScaledValue).whole else {
      return .failure(.tooLarge(text, maximum: String(maximumValue)))
    }
    return .success(DecimalAmount(significand: Int64(significand), scale: scale))
  }
}
