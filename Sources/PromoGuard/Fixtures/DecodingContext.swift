/// Collects every problem found while decoding one file, so that all are reported together.
///
/// Decoding functions report a diagnostic and return `nil` for a bad value, then carry on with the rest of the
/// file. Used by one thread at a time.
final class DecodingContext {
  /// The file being decoded, as given.
  let file: String
  /// The problems found so far.
  private(set) var diagnostics: [Diagnostic] = []
  /// The most diagnostics kept for one file; the rest are summarised in one line.
  static let maximumDiagnostics = 200
  private var dropped = 0

  init(file: String) {
    self.file = file
  }

  /// Records a problem with the value at `position`.
  func report(_ message: String, at position: SourcePosition, path: String) {
    guard diagnostics.count < Self.maximumDiagnostics else {
      dropped += 1
      return
    }
    diagnostics.append(
      Diagnostic(
        file: file, line: position.line, column: position.column, path: path, message: message))
  }

  /// The diagnostics, with a final line counting those left out.
  func finishedDiagnostics() -> [Diagnostic] {
    guard dropped > 0, let last = diagnostics.last else { return diagnostics }
    return diagnostics + [
      Diagnostic(
        file: file, line: last.line, column: last.column, path: "",
        message: "\(dropped) more problems not shown — fix the ones above and run again")
    ]
  }

  /// The location of a position in this file.
  func location(_ position: SourcePosition) -> FileLocation {
    FileLocation(file: file, line: position.line, column: position.column)
  }
}

/// JSON paths as they appear in diagnostics: `campaigns[0].benefit.percentOff`.
enum JSONPathText {
  /// The path of member `key` of the object at `path`.
  static func member(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// The path of element `index` of the list at `path`.
  static func element(_ path: String, _ index: Int) -> String {
    "\(path)[\(index)]"
  }
}

/// Short quotations of found values for messages: `"Sept 20"`, `12.5`, `a list`.
enum FoundValue {
  /// How a value is quoted in "found …".
  static func describe(_ node: JSONNode) -> String {
    switch node.value {
    case .string(let text): return "\"\(shortened(text))\""
    case .number(let number): return number.text
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .array: return "a list"
    case .object: return "an object"
    }
  }

  private static func shortened(_ text: String) -> String {
    text.count <= 60 ? text : String(text.prefix(57)) + "..."
  }
}
