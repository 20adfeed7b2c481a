/// A JSON value, as read from a source text.
///
/// Numbers keep their exact source text (see ``JSONNumber``) and objects keep their members in
/// source order, duplicates included, so the campaign decoder can read money from exact digits and
/// report duplicate keys.
package enum JSONValue: Sendable, Hashable {
  /// The literal `null`.
  case null
  /// The literal `true` or `false`.
  case bool(Bool)
  /// A number, with its exact source text.
  case number(JSONNumber)
  /// A string, with its escapes decoded.
  case string(String)
  /// A list (JSON array) of values, in source order.
  case array([JSONNode])
  /// An object, with its members in source order.
  case object(JSONObject)

  /// What kind of value this is, in words for error messages.
  ///
  /// One of "null", "true or false", "a number", "a string", "a list" and "an object", so that a
  /// message can read `expected a string, found a number`.
  package var kindDescription: String {
    switch self {
    case .null: "null"
    case .bool: "true or false"
    case .number: "a number"
    case .string: "a string"
    case .array: "a list"
    case .object: "an object"
    }
  }
}
