/// A JSON number, kept exactly as written.
///
/// Binary floating point is never involved: the number is its source text and, equivalently, a
/// string of significand digits and a power of ten. `decimalDigits` are the integer and fraction
/// digits of the literal with leading zeros removed, and `decimalExponent` is the written exponent
/// minus the number of fraction digits, so trailing zeros are kept:
///
/// | text | `decimalDigits` | `decimalExponent` |
/// |---|---|---|
/// | `12.50` | `1250` | -2 |
/// | `1.25e1` | `125` | -1 |
/// | `0` | `0` | 0 |
/// | `0.00` | `0` | -2 |
/// | `-0` | `0` | 0 (and `isNegative`) |
/// | `1E+2` | `1` | 2 |
///
/// The value is `(isNegative ? -1 : 1) × decimalDigits × 10^decimalExponent`.
package struct JSONNumber: Sendable, Hashable {
  /// The literal exactly as written, for example `12.50`, `-3` or `1.25e1`.
  package var text: String
  /// Whether the literal starts with `-` (true for `-0` too).
  package var isNegative: Bool
  /// The significand digits, without leading zeros except for the single digit `0`.
  package var decimalDigits: String
  /// The power of ten that `decimalDigits` is multiplied by.
  package var decimalExponent: Int

  /// Creates a number from its parts.
  ///
  /// The reader builds numbers; this initialiser is for tests and for callers that build values by
  /// hand.
  ///
  /// - Parameters:
  ///   - text: The literal exactly as written.
  ///   - isNegative: Whether the literal starts with `-`.
  ///   - decimalDigits: The significand digits, without leading zeros except for the single `0`.
  ///   - decimalExponent: The power of ten that `decimalDigits` is multiplied by.
  package init(text: String, isNegative: Bool, decimalDigits: String, decimalExponent: Int) {
    self.text = text
    self.isNegative = isNegative
    self.decimalDigits = decimalDigits
    self.decimalExponent = decimalExponent
  }

  /// The value when it is a whole number that fits `Int64` exactly; `nil` otherwise.
  ///
  /// `3`, `3.0`, `30e-1` and `0.3e1` give 3; `-2` gives -2; `-0` gives 0; `2.5`, `1e19` and
  /// `9223372036854775808` give `nil`.
  package var int64Value: Int64? {
    var digits = Array(decimalDigits.utf8)
    guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return nil }
    if let firstNonZero = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }) {
      digits.removeFirst(firstNonZero)
    } else {
      return 0  // every digit is zero, whatever the exponent
    }
    // A negative exponent must be cancelled by trailing zeros.
    var exponent = decimalExponent
    while exponent < 0, digits.count > 1, digits.last == UInt8(ascii: "0") {
      digits.removeLast()
      exponent += 1
    }
    // Int64 has at most 19 digits; comparing before adding keeps the sum in range.
    guard exponent >= 0, exponent <= 19 - digits.count else { return nil }
    var magnitude: UInt64 = 0
    for digit in digits {
      let (shifted, shiftOverflow) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, sumOverflow) = shifted.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
      guard !shiftOverflow, !sumOverflow else { return nil }
      magnitude = sum
    }
    for _ in 0..<exponent {
      let (shifted, overflow) = magnitude.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      magnitude = shifted
    }
    let int64Magnitude = UInt64(Int64.max)
    if isNegative {
      if magnitude == int64Magnitude + 1 { return .min }
      return magnitude <= int64Magnitude ? -Int64(magnitude) : nil
    }
    return magnitude <= int64Magnitude ? Int64(magnitude) : nil
  }
}
