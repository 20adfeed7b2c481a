extension MoneyParseError {
  /// An amount below zero; `fix` is the amount to suggest instead.
  static func negative(_ text: String, fix: String) -> Self {
    MoneyParseError(
      kind: .negative,
      message: "\(DecimalFormatting.quoted(text)) is negative; an amount must not be negative, "
        + "so write it without the minus sign, like \"\(fix)\"")
  }

  /// An amount above `maximum`, which is written out with its unit ("10000000000000.00 US
  /// dollars").
  static func tooLarge(_ text: String, maximum: String) -> Self {
    MoneyParseError(
      kind: .tooLarge,
      message: "\(DecimalFormatting.quoted(text)) is more than the maximum of \(maximum); "
        + "check the amount for extra digits")
  }

  /// An amount with more decimals than allowed.
  ///
  /// - Parameters:
  ///   - text: The amount as written.
  ///   - rule: What is allowed, as a sentence's start: "US dollars have 2 decimal places".
  ///   - decimalPlaces: The number of decimal places the amount needs.
  ///   - suggestions: The amounts to suggest instead, nearest first.
  /// - Returns: The error, whose message states the rule, the count found and the suggestions.
  static func tooManyDecimals(
    _ text: String, rule: String, decimalPlaces: Int, suggestions: [String]
  ) -> Self {
    let choices = suggestions.map { "\"\($0)\"" }.joined(separator: " or ")
    return MoneyParseError(
      kind: .tooManyDecimals,
      message: "\(rule); \(DecimalFormatting.quoted(text)) has \(decimalPlaces) — write \(choices)")
  }
}
