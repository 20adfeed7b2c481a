import Foundation

/// The oracle's own reading of codes, written from Evaluation.md §3 rather than shared with the engine.
///
/// Relaxed: Unicode NFKC, lower case, then white space, dash and connector punctuation (`-`, `_`), the minus
/// sign, invisible format characters and control characters removed. Exact: surrounding white space removed.
enum PromiseCode {
  /// The relaxed form of `code`.
  ///
  /// - Parameter code: A code as written or typed.
  /// - Returns: The form two codes share when relaxed matching treats them as the same.
  static func relaxed(_ code: String) -> String {
    let simple = withSimpleRelaxedForm(of: code) { String(decoding: $0, as: UTF8.self) }
    return simple ?? unicodeRelaxed(code)
  }

  /// Whether the relaxed form of `code` is one of `codes` (relaxed forms), without building it as a `String`
  /// when `code` is ASCII or full-width and `codes` has a few members.
  ///
  /// - Parameters:
  ///   - code: A code as typed.
  ///   - codes: Relaxed forms.
  /// - Returns: `codes.contains(relaxed(code))`.
  static func relaxed(_ code: String, isIn codes: Set<String>) -> Bool {
    guard codes.count <= 4 else { return codes.contains(relaxed(code)) }
    let simple = withSimpleRelaxedForm(of: code) { bytes in
      codes.contains { candidate in
        var candidate = candidate
        return candidate.utf8.count == bytes.count
          && candidate.withUTF8 { $0.elementsEqual(bytes) }
      }
    }
    return simple ?? codes.contains(unicodeRelaxed(code))
  }

  /// Calls `body` with the relaxed form's UTF-8 bytes, in a buffer on the stack, when `code` needs no Unicode
  /// folding (ASCII and full-width forms, with characters that are dropped anyway: almost every code typed);
  /// `nil` otherwise.
  private static func withSimpleRelaxedForm<Result>(
    of code: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    // Each scalar gives at most one byte, and takes at least one of the code's UTF-8 bytes.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, code.utf8.count)) { buffer in
      var count = 0
      for scalar in code.unicodeScalars {
        var value = scalar.value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if value < 0x80 {
          switch value {
          case 0x00...0x20, 0x7F, 0x2D, 0x5F: continue
          case 0x41...0x5A: buffer[count] = UInt8(value) | 0x20
          default: buffer[count] = UInt8(value)
          }
          count += 1
        } else if !isIgnored(scalar) {
          return nil
        }
      }
      return body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
    }
  }

  /// The relaxed form through Unicode NFKC and lower-casing.
  private static func unicodeRelaxed(_ code: String) -> String {
    let folded = code.precomposedStringWithCompatibilityMapping.lowercased()
      .precomposedStringWithCompatibilityMapping
    var kept = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars where !isIgnored(scalar) { kept.append(scalar) }
    return String(kept)
  }

  /// `code` with surrounding white space removed.
  ///
  /// - Parameter code: A code as written or typed.
  /// - Returns: The trimmed code.
  static func exact(_ code: String) -> String {
    let scalars = code.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return code }
    return String(scalars[first...last])
  }

  private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isWhitespace || scalar == "\u{2212}" { return true }
    switch scalar.properties.generalCategory {
    case .dashPunctuation, .connectorPunctuation, .format, .control: return true
    default: return false
    }
  }
}
