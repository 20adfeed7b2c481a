/// A JSON value together with the position of its first character in the source text.
///
/// The campaign decoder uses the position to say where a value that reads as valid JSON is still
/// wrong (an unknown currency, a negative quantity).
///
/// ```swift
/// let node = try JSONReader.parse(#"{"percentOff": 20}"#)
/// print(node.position)  // 1:1
/// ```
package struct JSONNode: Sendable, Hashable {
  /// The value.
  package var value: JSONValue
  /// The position of the value's first character: its opening quote, bracket, brace, sign or digit.
  package var position: SourcePosition

  /// Creates a node from a value and where it starts.
  ///
  /// - Parameters:
  ///   - value: The value.
  ///   - position: The position of the value's first character.
  package init(value: JSONValue, position: SourcePosition) {
    self.value = value
    self.position = position
  }
}
