/// A place in a source text: a 1-based line and column, and a 0-based byte offset.
///
/// Lines are separated by LF, CRLF (one break) or a lone CR. Columns count Unicode scalars from the
/// start of the line, so a tab, an `é` and an emoji each count one; a byte order mark at the start
/// of the text is not counted. The offset counts UTF-8 bytes from the start of the text, byte order
/// mark included.
///
/// ```swift
/// let position = SourcePosition(line: 3, column: 15, offset: 48)
/// print(position)  // 3:15
/// ```
///
/// Positions order by offset (then line and column), which is their order in the text.
package struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The line number, starting at 1.
  package var line: Int
  /// The column, starting at 1, counted in Unicode scalars from the start of the line.
  package var column: Int
  /// The offset in UTF-8 bytes from the start of the text, starting at 0.
  package var offset: Int

  /// Creates a position from its line, column and byte offset.
  ///
  /// - Parameters:
  ///   - line: The 1-based line number.
  ///   - column: The 1-based column, in Unicode scalars from the start of the line.
  ///   - offset: The 0-based UTF-8 byte offset from the start of the text.
  package init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// The position as `line:column`, the way compilers and editors write it.
  package var description: String { "\(line):\(column)" }

  /// Whether `lhs` comes before `rhs` in the text.
  ///
  /// - Parameters:
  ///   - lhs: A position.
  ///   - rhs: Another position in the same text.
  /// - Returns: `true` when `lhs` has the smaller offset (then the smaller line and column).
  package static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.offset, lhs.line, lhs.column) < (rhs.offset, rhs.line, rhs.column)
  }
}
