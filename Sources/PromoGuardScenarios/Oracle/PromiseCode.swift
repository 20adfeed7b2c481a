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
    code.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isWhitespace || scalar == "\u{2212}" { return true }
    switch scalar.properties.generalCategory {
    case .dashPunctuation, .connectorPunctuation, .format, .control: return true
    default: return false
    }
  }
}
