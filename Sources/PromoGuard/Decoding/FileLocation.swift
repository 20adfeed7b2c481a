/// A place in a loaded file, for diagnostics and reports.
package struct FileLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file path as given.
  package var file: String
  /// 1-based line.
  package var line: Int
  /// 1-based column.
  package var column: Int

  /// Creates a location.
  package init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`.
  package var description: String { "\(file):\(line):\(column)" }
}
