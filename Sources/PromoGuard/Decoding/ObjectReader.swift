/// Reads one JSON object of a campaign file: refuses unknown and repeated keys, and reports missing ones.
///
/// `null` counts as absent, so `"maxDiscount": null` is the same as leaving the key out.
struct ObjectReader {
  /// The context that collects diagnostics.
  let context: DecodingContext
  /// The JSON path of the object.
  let path: String
  /// Where the object starts.
  let position: SourcePosition
  private let members: [String: JSONMember]
  /// Whether the object had keys that are not allowed (already reported), so "missing" or "empty" would be
  /// noise.
  let hasUnknownKeys: Bool

  /// Checks `node` is an object whose keys are all in `allowed`, reporting every problem.
  ///
  /// - Parameters:
  ///   - node: The value that should be an object.
  ///   - path: Its JSON path.
  ///   - allowed: The valid keys, in the order they are listed in messages.
  ///   - what: What the object is, for "expected …" ("a benefit like {\"percentOff\": 20}").
  ///   - context: Where diagnostics go.
  ///
  /// Fails (after reporting) when the value is not an object.
  init?(_ node: JSONNode, path: String, allowed: [String], what: String, context: DecodingContext) {
    guard case .object(let object) = node.value else {
      context.report(
        "expected \(what), found \(FoundValue.describe(node))", at: node.position, path: path)
      return nil
    }
    self.context = context
    self.path = path
    self.position = node.position
    var members = [String: JSONMember](minimumCapacity: object.members.count)
    var hasUnknownKeys = false
    for member in object.members {
      if let first = members[member.key] {
        context.report(
          "the key \(FoundValue.quoted(member.key)) appears twice (first on line \(first.keyPosition.line)) — "
            + "keep only one of them",
          at: member.keyPosition, path: path)
        continue
      }
      if !allowed.contains(member.key) {
        hasUnknownKeys = true
        context.report(
          Self.unknownKeyMessage(member.key, allowed: allowed), at: member.keyPosition, path: path)
        continue
      }
      members[member.key] = member
    }
    self.members = members
    self.hasUnknownKeys = hasUnknownKeys
  }

  /// The value of `key`, or `nil` when absent or `null`.
  func value(_ key: String) -> JSONNode? {
    guard let member = members[key] else { return nil }
    if case .null = member.value.value { return nil }
    return member.value
  }

  /// Whether `key` is present with a value other than `null`.
  func has(_ key: String) -> Bool { value(key) != nil }

  /// Whether `key` is written at all, even as `null`.
  func isWritten(_ key: String) -> Bool { members[key] != nil }

  /// Where `key` was written, if it was.
  func keyPosition(_ key: String) -> SourcePosition? { members[key]?.keyPosition }

  /// The value of `key`, reporting `missing "key" — hint` when it is absent or `null`.
  func required(_ key: String, hint: String) -> JSONNode? {
    if let node = value(key) { return node }
    if let member = members[key] {
      context.report(
        "\(FoundValue.quoted(key)) is null — \(hint)", at: member.value.position,
        path: self.path(key))
    } else {
      context.report("missing \(FoundValue.quoted(key)) — \(hint)", at: position, path: path)
    }
    return nil
  }

  /// The JSON path of `key` in this object.
  func path(_ key: String) -> String { JSONPathText.member(path, key) }

  static func unknownKeyMessage(_ key: String, allowed: [String]) -> String {
    if let suggestion = NearestName.suggestion(for: key, among: allowed) {
      return "unknown key \(FoundValue.quoted(key)) — did you mean \"\(suggestion)\"?"
    }
    return "unknown key \(FoundValue.quoted(key)) — the keys allowed here are "
      + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
  }
}
