/// Renders measured figures (which are not money) as text for the table and the JSON.
enum NumberText {
  /// A number with a fixed count of decimals, rounded half away from zero; `0` for non-finite values.
  ///
  /// - Parameters:
  ///   - value: The number.
  ///   - decimals: Digits after the point, 0 to 6.
  /// - Returns: Plain digits with an optional `-` and `.`, valid as a JSON number.
  static func fixed(_ value: Double, decimals: Int) -> String {
    let places = min(max(decimals, 0), 6)
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (value * scale).rounded()
    guard scaled.isFinite, abs(scaled) < 9e18 else { return "0" }
    let whole = Int64(scaled)
    let sign = whole < 0 ? "-" : ""
    let magnitude = whole.magnitude
    let unit = UInt64(scale)
    let integer = String(magnitude / unit)
    guard places > 0 else { return sign + integer }
    let fraction = String(magnitude % unit)
    return sign + integer + "." + String(repeating: "0", count: places - fraction.count) + fraction
  }

  /// A duration given in nanoseconds, in the unit that suits it: `ns`, `µs`, `ms` or `s`.
  ///
  /// - Parameter nanoseconds: The duration.
  /// - Returns: Three significant digits or more and the unit.
  static func duration(_ nanoseconds: Double) -> String {
    switch nanoseconds {
    case ..<1_000: return fixed(nanoseconds, decimals: 1) + " ns"
    case ..<1_000_000: return fixed(nanoseconds / 1e3, decimals: 2) + " µs"
    case ..<1_000_000_000: return fixed(nanoseconds / 1e6, decimals: 2) + " ms"
    default: return fixed(nanoseconds / 1e9, decimals: 3) + " s"
    }
  }

  /// A whole number with thin groups of three digits: `1,234,567`.
  ///
  /// - Parameter value: The number, rounded.
  /// - Returns: The grouped digits.
  static func grouped(_ value: Double) -> String {
    let digits = Array(fixed(value, decimals: 0))
    var text = ""
    for (index, digit) in digits.enumerated() {
      let remaining = digits.count - index
      if index > 0, remaining % 3 == 0, digits[index - 1] != "-" { text.append(",") }
      text.append(digit)
    }
    return text
  }

  /// Pads text with spaces on the right (or on the left) to a width.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - width: The least width in characters.
  ///   - right: Whether to align to the right.
  /// - Returns: The padded text.
  static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
  }
}
