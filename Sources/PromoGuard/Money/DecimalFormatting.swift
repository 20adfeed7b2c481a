/// Writing exact decimal numbers and quoting input text, for amounts and for messages.
enum DecimalFormatting {
  /// The longest input quoted in full in a message; longer text is cut with "…".
  static let longestQuotedText = 40

  /// A non-negative integer of minor units written with `decimals` decimal places.
  ///
  /// - Parameters:
  ///   - magnitude: The count of minor units (or of 10^-`decimals` units).
  ///   - decimals: The number of decimal places, 0 or more.
  ///   - grouped: Whether to separate thousands in the integer part with commas.
  /// - Returns: "1250.50", or "1,250.50" when grouped; "1250" when `decimals` is 0.
  static func text(of magnitude: UInt64, decimals: Int, grouped: Bool = false) -> String {
    var digits = Array(String(magnitude).utf8)
    let places = max(decimals, 0)
    if digits.count <= places {
      digits.insert(
        contentsOf: repeatElement(UInt8(ascii: "0"), count: places + 1 - digits.count), at: 0)
    }
    let integerCount = digits.count - places
    var integerPart = Array(digits.prefix(integerCount))
    if grouped {
      var groupedPart: [UInt8] = []
      for (position, digit) in integerPart.enumerated() {
        if position > 0 && (integerCount - position) % 3 == 0 {
          groupedPart.append(UInt8(ascii: ","))
        }
        groupedPart.append(digit)
      }
      integerPart = groupedPart
    }
    guard places > 0 else { return String(decoding: integerPart, as: UTF8.self) }
    return String(
      decoding: integerPart + [UInt8(ascii: ".")] + digits.suffix(places), as: UTF8.self)
  }

  /// Like ``text(of:decimals:grouped:)``, without trailing zeros after the point (nor the point
  /// when nothing is left after it): "12.5", "20", "0.0001".
  ///
  /// - Parameters:
  ///   - magnitude: The count of 10^-`decimals` units.
  ///   - decimals: The number of decimal places the magnitude is counted in.
  /// - Returns: The shortest exact decimal text.
  static func trimmedText(of magnitude: UInt64, decimals: Int) -> String {
    var text = Substring(self.text(of: magnitude, decimals: decimals))
    guard text.contains(".") else { return String(text) }
    while text.last == "0" { text.removeLast() }
    if text.last == "." { text.removeLast() }
    return String(text)
  }

  /// The text in double quotes, with quotes, backslashes and control characters escaped as in
  /// Swift source, and cut with "…" when longer than ``longestQuotedText`` characters.
  ///
  /// - Parameter text: Input text, as written.
  /// - Returns: `"12.50"` for 12.50, `"\t12"` for a tab and 12.
  static func quoted(_ text: String) -> String {
    guard text.count > longestQuotedText else { return text.debugDescription }
    let cut = String(text.prefix(longestQuotedText - 1)).debugDescription
    return String(cut.dropLast()) + "…\""
  }
}
