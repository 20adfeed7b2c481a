/// A JSON object: its members in source order, duplicate keys kept.
///
/// RFC 8259 leaves duplicate keys to the reader; this reader keeps every member so that the
/// campaign decoder can report a duplicate with both positions instead of silently keeping one of
/// them.
///
/// ```swift
/// if let member = object.first("percentOff") { print(member.keyPosition) }
/// ```
package struct JSONObject: Sendable, Hashable {
  /// The members, in the order they appear in the source text.
  package var members: [JSONMember]

  /// Creates an object from its members.
  ///
  /// - Parameter members: The members, in source order.
  package init(members: [JSONMember]) {
    self.members = members
  }

  /// The first member with the given key.
  ///
  /// - Parameter key: The key to look for, compared exactly (case-sensitive, not normalised).
  /// - Returns: The first member whose key is `key`, or `nil` when there is none.
  /// - Complexity: O(*n*), where *n* is the number of members.
  package func first(_ key: String) -> JSONMember? {
    members.first { $0.key == key }
  }
}
