/// Collects every problem found while decoding one file, so that all are reported together.
///
/// Decoding functions report a diagnostic and return `nil` for a bad value, then carry on with the rest of the
/// file. Used by one thread at a time.
final class DecodingContext {
  /// The file being decoded, as given.
  let file: String
  /// The problems found so far.
  private(set) var diagnostics: [Diagnostic] = []
  /// Warnings: things that load but may not mean what the file says (a local time daylight saving skipped
  /// or repeated); at most ``maximumDiagnostics``.
  private(set) var warnings: [Diagnostic] = []
  /// The most diagnostics kept for one file; the rest are summarised in one line.
  static let maximumDiagnostics = 200
  private var dropped = 0

  /// Where values were written, by JSON path; filled by ``record(_:path:)`` only when
  /// ``recordsPositions`` is set.
  private(set) var positions: [String: SourcePosition] = [:]
  /// Whether ``record(_:path:)`` keeps positions.
  let recordsPositions: Bool
  /// Where the file's code pools and recipient lists are read from; `nil` when the file may not name any.
  var companions: CompanionFiles?
  /// Pools already read, by file name and options, so the terms repeating the campaign's pool share it.
  var pools: [String: CodePool] = [:]

  /// Creates a context for one file.
  ///
  /// - Parameters:
  ///   - file: The file being decoded, as given.
  ///   - recordsPositions: Whether to keep the positions given to ``record(_:path:)``.
  init(file: String, recordsPositions: Bool = false) {
    self.file = file
    self.recordsPositions = recordsPositions
  }

  /// Remembers that the value at JSON path `path` was written at `position`, when positions are kept.
  func record(_ position: SourcePosition, path: @autoclosure () -> String) {
    guard recordsPositions else { return }
    positions[path()] = position
  }

  /// Records a problem with the value at `position`.
  ///
  /// The message is built only when the diagnostic is kept: past ``maximumDiagnostics`` a problem is only
  /// counted, so a file with a hundred thousand bad values costs no more than counting them.
  func report(_ message: @autoclosure () -> String, at position: SourcePosition, path: String) {
    guard diagnostics.count < Self.maximumDiagnostics else {
      dropped += 1
      return
    }
    diagnostics.append(
      Diagnostic(
        file: file, line: position.line, column: position.column, path: path, message: message()))
  }

  /// Records a warning about the value at `position`; past ``maximumDiagnostics`` warnings, drops it.
  func warn(_ message: @autoclosure () -> String, at position: SourcePosition, path: String) {
    guard warnings.count < Self.maximumDiagnostics else { return }
    warnings.append(
      Diagnostic(
        file: file, line: position.line, column: position.column, path: path, message: message()))
  }

  /// Records problems found in another file (a pool or recipients file), counted against the same cap.
  func report(_ others: [Diagnostic]) {
    for diagnostic in others {
      guard diagnostics.count < Self.maximumDiagnostics else {
        dropped += 1
        continue
      }
      diagnostics.append(diagnostic)
    }
  }

  /// Whether a problem reported now would be kept; `false` once ``maximumDiagnostics`` are kept.
  var keepsDiagnostics: Bool { diagnostics.count < Self.maximumDiagnostics }

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
  /// The path of member `key` of the object at `path`; a key from the input longer than 40 characters is
  /// shortened as ``FoundValue/shortened(_:)`` does, so a path never carries megabytes.
  static func member(_ path: String, _ key: String) -> String {
    let key = FoundValue.shortened(key)
    return path.isEmpty ? key : "\(path).\(key)"
  }

  /// The path of element `index` of the list at `path`.
  static func element(_ path: String, _ index: Int) -> String {
    "\(path)[\(index)]"
  }
}

/// Short quotations of found values for messages: `"Sept 20"`, `12.5`, `a list`.
enum FoundValue {
  /// The most characters of an input value echoed in a message; longer values are cut.
  static let longestEchoed = 40

  /// How a value is quoted in "found …".
  static func describe(_ node: JSONNode) -> String {
    switch node.value {
    case .string(let text): return quoted(text)
    case .number(let number): return number.text
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .array: return "a list"
    case .object: return "an object"
    }
  }

  /// `text` as a JSON string literal (control characters escaped, so none reaches a terminal), shortened
  /// like ``shortened(_:)``: `"SEPT20"`, or `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" (1048576 bytes)`.
  static func quoted(_ text: String) -> String {
    let short = shortened(text)
    var literal = [UInt8]()
    JSONEscaping.appendQuoted(short, to: &literal)
    let quoted = String(decoding: literal, as: UTF8.self)
    return short.utf8.count == text.utf8.count ? quoted : "\(quoted) (\(text.utf8.count) bytes)"
  }

  /// `text` when it has at most ``longestEchoed`` characters; otherwise its first ``longestEchoed``
  /// characters and `…`, so that a message echoing a value from the input never carries megabytes.
  ///
  /// - Complexity: O(``longestEchoed``), whatever the length of `text`.
  static func shortened(_ text: String) -> String {
    guard text.utf8.count > longestEchoed else { return text }
    var prefix = text.prefix(longestEchoed + 1)
    guard prefix.count > longestEchoed else { return text }
    prefix.removeLast()
    return String(prefix) + "…"
  }
}
