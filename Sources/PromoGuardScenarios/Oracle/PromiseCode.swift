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
    // Plain ASCII (almost every code) needs no Unicode folding: lower case, dropping the ignored characters.
    if code.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes = [UInt8]()
      bytes.reserveCapacity(code.utf8.count)
      for byte in code.utf8 {
        switch byte {
        case 0x00...0x20, 0x7F, UInt8(ascii: "-"), UInt8(ascii: "_"): continue
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
        default: bytes.append(byte)
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
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
