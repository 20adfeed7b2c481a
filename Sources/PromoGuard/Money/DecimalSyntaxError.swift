/// Why a text is not a decimal number, and the corrected text when the fix is mechanical.
struct DecimalSyntaxError: Error, Sendable, Equatable {
  /// The first problem found, in the order the cases are listed.
  enum Problem: Sendable, Equatable {
    /// The text is empty.
    case empty
    /// The text contains a currency symbol, such as "$12.50".
    case currencySymbol
    /// The text contains an ISO 4217 code, such as "USD 12.50".
    case currencyCode
    /// The text contains a percent sign, such as "20%".
    case percentSign
    /// The text contains spaces or other white space; the payload counts them.
    case whitespace(count: Int)
    /// The text starts with a plus sign, such as "+1".
    case plusSign
    /// The text groups thousands with commas, such as "1,000.00".
    case thousandsSeparator
    /// The text uses a comma as the decimal separator, such as "12,50".
    case decimalComma
    /// The text has a decimal point with no digit before it, such as ".5".
    case noDigitBeforePoint
    /// The text has a decimal point with no digit after it, such as "12.".
    case noDigitAfterPoint
    /// The text is not a number in any of the ways above, such as "abc".
    case notANumber
  }

  /// The problem to report.
  var problem: Problem
  /// The text with this and every other mechanical problem fixed, when that gives a number:
  /// "12.50" for "$12.50", "0.5" for ".5", "1000.00" for "1,000.00".
  var repaired: String?
}
