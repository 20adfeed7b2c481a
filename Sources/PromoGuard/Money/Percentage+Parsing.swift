extension Percentage {
  /// The range accepted, as messages state it.
  private static let acceptedRange = "a number from 0.0001 to 100, like 20"

  /// Parses a percentage off written as a decimal string or the exact text of a JSON number.
  ///
  /// Accepted: "20", "12.5", "0.0001", "100", "20.000", "2e1" — more than 0, at most 100, at most
  /// 4 decimal places once trailing zeros are dropped. Rejected, each with a sentence that says
  /// what to write instead: zero and below, above 100, 5 or more decimal places, and text that is
  /// not a plain number ("20%", " 20", "abc", "").
  ///
  /// ```swift
  /// Percentage.parse("12.5")   // .success(125_000 millionths)
  /// Percentage.parse("20%")
  /// // .failure: "20%" contains a % sign; write the number without the % sign, like 20
  /// ```
  ///
  /// - Parameter text: The percentage as written: a string's contents or a number's text.
  /// - Returns: The exact percentage, or why the text is not one.
  package static func parse(_ text: String) -> Result<Percentage, PercentageParseError> {
    switch DecimalNumeral.read(text) {
    case .success(let numeral):
      return percentage(from: numeral, writtenAs: text)
    case .failure(let error):
      let advice = DecimalSyntaxAdvice(
        name: "percentage", subject: "number", expected: "a number from 0.0001 to 100",
        example: "20", quotesValues: false)
      let message = advice.message(for: error, in: text) { candidate in
        guard case .success(let numeral) = DecimalNumeral.read(candidate),
          case .success = percentage(from: numeral, writtenAs: candidate)
        else { return false }
        return true
      }
      return .failure(PercentageParseError(kind: .malformed, message: message))
    }
  }

  /// Checks the value of a well-formed number against the accepted range and precision.
  private static func percentage(
    from numeral: DecimalNumeral, writtenAs text: String
  ) -> Result<Percentage, PercentageParseError> {
    let found = DecimalFormatting.quoted(text)
    if numeral.isZero || numeral.isNegative {
      return .failure(
        PercentageParseError(
          kind: .notPositive,
          message: "a percentage off must be more than 0, but found \(found); write "
            + acceptedRange))
    }
    let limit = UInt64(hundred.millionths)
    // Millionths of the whole are ten-thousandths of a percent.
    let scaled = numeral.scaled(by: 4, limit: limit)
    guard let whole = scaled.whole, !scaled.exceeds(limit) else {
      return .failure(
        PercentageParseError(
          kind: .tooLarge,
          message: "a percentage off must be at most 100, but found \(found); write "
            + acceptedRange))
    }
    if scaled.hasRemainder {
      let down = DecimalFormatting.trimmedText(of: whole, decimals: 4)
      let up = DecimalFormatting.trimmedText(of: whole + 1, decimals: 4)
      let suggestions =
        whole == 0 ? [up] : scaled.roundsUp ? [up, down] : [down, up]
      return .failure(
        PercentageParseError(
          kind: .tooManyDecimals,
          message: "a percentage off can have at most 4 decimal places, but \(found) has "
            + "\(numeral.visibleDecimalPlaces); write \(suggestions.joined(separator: " or "))"))
    }
    // `whole` is at most 1_000_000, so it fits in `Int64`.
    return .success(Percentage(millionths: Int64(whole)))
  }
}
