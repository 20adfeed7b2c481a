/// The words a parser uses to explain a syntax problem to a person writing a campaign file.
struct DecimalSyntaxAdvice: Sendable {
  /// What the value is called when it is missing: "amount", "percentage".
  var name: String
  /// What the value is called in "write the … without spaces": "amount", "number".
  var subject: String
  /// What is expected, with its article: "an amount in US dollars", "a number from 0.0001 to 100".
  var expected: String
  /// A correct value to show as an example: "12.50", "20".
  var example: String
  /// Whether suggested values are quoted, as amounts (strings) are and percentages are not.
  var quotesValues: Bool

  /// A suggested value as the message shows it: `"12.50"` or `20`.
  func render(_ value: String) -> String {
    quotesValues ? "\"\(value)\"" : value
  }

  /// The full sentence for a syntax problem in `text`.
  ///
  /// - Parameters:
  ///   - error: The problem and its mechanical fix.
  ///   - text: The text as written.
  ///   - isValid: Whether a repaired text would be accepted; otherwise `example` is suggested.
  /// - Returns: What was found, and what to write instead.
  func message(
    for error: DecimalSyntaxError, in text: String, isValid: (String) -> Bool
  ) -> String {
    let found = DecimalFormatting.quoted(text)
    let example = render(self.example)
    let fix = error.repaired.flatMap { isValid($0) ? render($0) : nil } ?? example
    switch error.problem {
    case .empty:
      return "the \(name) is empty; write \(expected), like \(example)"
    case .currencySymbol:
      return "\(found) contains a currency symbol; write the \(subject) without the currency "
        + "symbol, like \(fix)"
    case .currencyCode:
      return "\(found) contains a currency code; write the \(subject) without the currency code, "
        + "like \(fix)"
    case .percentSign:
      return "\(found) contains a % sign; write the \(subject) without the % sign, like \(fix)"
    case .whitespace(let count):
      let spaces = count == 1 ? "a space" : "spaces"
      return "\(found) contains \(spaces); write the \(subject) without spaces, like \(fix)"
    case .thousandsSeparator:
      return "\(found) contains a thousands separator; write the \(subject) without thousands "
        + "separators, like \(fix)"
    case .decimalComma:
      return "\(found) uses a comma as the decimal separator; write a decimal point instead, "
        + "like \(fix)"
    case .plusSign:
      return "\(found) starts with a plus sign; write the \(subject) without it, like \(fix)"
    case .noDigitBeforePoint:
      return "\(found) has no digit before the decimal point; write the \(subject) with a digit "
        + "before the point, like \(fix)"
    case .noDigitAfterPoint:
      return "\(found) has no digit after the decimal point; write digits after the point or "
        + "leave the point out, like \(fix)"
    case .notANumber:
      return "\(found) is not a number; write \(expected), like \(example)"
    }
  }
}
