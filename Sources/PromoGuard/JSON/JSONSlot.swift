/// Where the value being read goes — the top level, an item of a list or a member of an object — so
/// that error messages can say "after item 3 of the list" or "after the value of "percentOff"".
enum JSONSlot: Sendable, Equatable {
  /// The document's single top-level value.
  case document
  /// The item with this 1-based number in a list.
  case item(Int)
  /// The value of the member with this key.
  case member(key: String)

  /// What is expected here, as in `expected a value for "percentOff"`.
  var expectedValue: String {
    switch self {
    case .document: "a JSON value"
    case .item(let number): "a value for item \(number) of the list"
    case .member(let key): "a value for \(JSONEscaping.quotedForMessage(key))"
    }
  }

  /// The value just read, as in `after the value of "percentOff"`.
  var afterValue: String {
    switch self {
    case .document: "after the JSON value"
    case .item(let number): "after item \(number) of the list"
    case .member(let key): "after the value of \(JSONEscaping.quotedForMessage(key))"
    }
  }
}
