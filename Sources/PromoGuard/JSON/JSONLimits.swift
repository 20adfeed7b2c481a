/// Limits that keep the reader's time and memory bounded on hostile or mistaken input.
///
/// Each limit, when exceeded, is a ``JSONSyntaxError`` that names the limit and says what to
/// change.
///
/// ```swift
/// var limits = JSONLimits.default
/// limits.maxDepth = 16
/// let node = try JSONReader.parse(bytes, limits: limits)
/// ```
package struct JSONLimits: Sendable, Hashable {
  /// The deepest nesting of lists and objects (default 64); the top-level list or object is depth 1.
  ///
  /// The reader itself does not recurse, but comparing and freeing a ``JSONNode`` tree does, so keep
  /// this in the hundreds, not the millions.
  package var maxDepth: Int
  /// The largest document, in bytes (default 32 MiB).
  package var maxBytes: Int
  /// The longest string or key, in bytes of source text between its quotes (default 1 MiB).
  package var maxStringBytes: Int
  /// The longest number literal, in characters (default 64).
  package var maxNumberLength: Int
  /// The largest exponent magnitude written in a number literal (default 1000): `1e1000` is
  /// accepted, `1e1001` is not.
  package var maxExponentMagnitude: Int

  /// The limits used when none are given.
  package static let `default` = JSONLimits()

  /// Creates limits; every argument has the default value given on its property.
  ///
  /// - Parameters:
  ///   - maxDepth: The deepest nesting of lists and objects.
  ///   - maxBytes: The largest document, in bytes.
  ///   - maxStringBytes: The longest string or key, in source bytes.
  ///   - maxNumberLength: The longest number literal, in characters.
  ///   - maxExponentMagnitude: The largest exponent magnitude written in a number.
  package init(
    maxDepth: Int = 64,
    maxBytes: Int = 32 << 20,
    maxStringBytes: Int = 1 << 20,
    maxNumberLength: Int = 64,
    maxExponentMagnitude: Int = 1000
  ) {
    self.maxDepth = maxDepth
    self.maxBytes = maxBytes
    self.maxStringBytes = maxStringBytes
    self.maxNumberLength = maxNumberLength
    self.maxExponentMagnitude = maxExponentMagnitude
  }
}
