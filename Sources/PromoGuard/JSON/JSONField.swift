/// One `"key": value` member of a ``JSONOutput`` object.
package struct JSONField: Sendable, Equatable {
  /// The key.
  package var key: String
  /// The value.
  package var value: JSONOutput

  /// Creates a member.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - value: The value.
  package init(key: String, value: JSONOutput) {
    self.key = key
    self.value = value
  }
}
