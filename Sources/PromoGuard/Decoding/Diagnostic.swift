/// One problem found in an input file, located precisely enough for a person to fix it.
///
/// Rendered like a compiler diagnostic:
/// `Fixtures/x.json:14:7: campaigns[0].benefit: unknown key "percentof" — did you mean "percentOff"?`
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// The file, as given.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// The JSON path of the value (`campaigns[0].benefit`), empty for the whole document.
  public var path: String
  /// What was expected, what was found, and what to do.
  public var message: String

  /// Creates a diagnostic.
  ///
  /// - Parameters:
  ///   - file: The file, as given.
  ///   - line: 1-based line.
  ///   - column: 1-based column.
  ///   - path: The JSON path of the value.
  ///   - message: What was expected, what was found, and what to do.
  public init(file: String, line: Int, column: Int, path: String, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  /// `file:line:column: path: message` (the path is left out when empty).
  public var description: String {
    path.isEmpty
      ? "\(file):\(line):\(column): \(message)" : "\(file):\(line):\(column): \(path): \(message)"
  }
}

/// Input that could not be loaded; lists every problem found, not only the first.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The problems, in file and position order.
  public var diagnostics: [Diagnostic]

  /// Creates an error from its diagnostics.
  ///
  /// - Parameter diagnostics: The problems found.
  public init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  /// One diagnostic a line.
  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
