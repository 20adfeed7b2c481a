import PromoGuard
import Testing

/// The error that parsing `text` throws, or `nil` (with a recorded issue) when it parses.
func syntaxError(
  _ text: String, limits: JSONLimits = .default,
  sourceLocation: SourceLocation = #_sourceLocation
) -> JSONSyntaxError? {
  syntaxError(bytes: Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
}

/// The error that parsing `bytes` throws, or `nil` (with a recorded issue) when they parse.
func syntaxError(
  bytes: [UInt8], limits: JSONLimits = .default,
  sourceLocation: SourceLocation = #_sourceLocation
) -> JSONSyntaxError? {
  do {
    let node = try JSONReader.parse(bytes, limits: limits)
    Issue.record(
      "expected a syntax error, but parsed \(node.value)", sourceLocation: sourceLocation)
    return nil
  } catch {
    return error
  }
}

/// A position on the first line of an ASCII text, where the offset is the column minus one.
func firstLine(column: Int) -> SourcePosition {
  SourcePosition(line: 1, column: column, offset: column - 1)
}

extension JSONValue {
  /// The members when this is an object.
  var objectMembers: [JSONMember]? {
    if case .object(let object) = self { return object.members }
    return nil
  }

  /// The items when this is a list.
  var arrayItems: [JSONNode]? {
    if case .array(let items) = self { return items }
    return nil
  }

  /// The number when this is one.
  var numberValue: JSONNumber? {
    if case .number(let number) = self { return number }
    return nil
  }
}
