/// One `"key": value` member of a JSON object, with the position of its key.
package struct JSONMember: Sendable, Hashable {
  /// The key, with its escapes decoded.
  package var key: String
  /// The position of the key's opening quote.
  package var keyPosition: SourcePosition
  /// The member's value and its position.
  package var value: JSONNode

  /// Creates a member.
  ///
  /// - Parameters:
  ///   - key: The key, with its escapes decoded.
  ///   - keyPosition: The position of the key's opening quote.
  ///   - value: The member's value and its position.
  package init(key: String, keyPosition: SourcePosition, value: JSONNode) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }
}
