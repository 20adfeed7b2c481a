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
    // ASCII and full-width forms (a phone keyboard's "ＳＥＰＴ２０", ASCII under NFKC), with characters that are
    // dropped anyway, need no Unicode folding: almost every code typed.
    var bytes = [UInt8]()
    bytes.reserveCapacity(code.utf8.count)
    var simple = true
    for scalar in code.unicodeScalars {
      var value = scalar.value
      if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
      if value < 0x80 {
        switch value {
        case 0x00...0x20, 0x7F, 0x2D, 0x5F: continue
        case 0x41...0x5A: bytes.append(UInt8(value) | 0x20)
        default: bytes.append(UInt8(value))
        }
      } else if !isIgnored(scalar) {
        simple = false
        break
      }
    }
    if simple { return String(decoding: bytes, as: UTF8.self) }
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
