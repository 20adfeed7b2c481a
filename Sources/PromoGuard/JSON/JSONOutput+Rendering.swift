/// Writing ``JSONOutput`` values as text.
extension JSONOutput {
  /// The value as JSON text, without a trailing newline.
  ///
  /// pretty: 2-space indentation, `"key": value`, one member/element per line, `[]` and `{}` when
  /// empty; compact: no whitespace at all. Strings are escaped per RFC 8259 (`\"`, `\\`, control
  /// characters as `\n \r \t \b \f` or `\u00XX`); `/` and non-ASCII characters are written as they
  /// are, in UTF-8.
  ///
  /// ```swift
  /// JSONOutput.array([.number("1"), .null]).rendered(.pretty)
  /// // [
  /// //   1,
  /// //   null
  /// // ]
  /// ```
  ///
  /// - Parameter style: Pretty or compact layout.
  /// - Returns: The JSON text.
  /// - Complexity: O(*n*) in the size of the output.
  package func rendered(_ style: JSONStyle) -> String {
    var writer = JSONOutputWriter(isPretty: style == .pretty)
    writer.write(self, depth: 0)
    return String(decoding: writer.output, as: UTF8.self)
  }
}

/// Builds the text of a ``JSONOutput`` into one byte buffer.
private struct JSONOutputWriter {
  let isPretty: Bool
  var output: [UInt8] = []

  mutating func write(_ value: JSONOutput, depth: Int) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let text): output.append(contentsOf: text.utf8)
    case .string(let text): JSONEscaping.appendQuoted(text, to: &output)
    case .array(let items):
      writeContainer(open: "[", close: "]", count: items.count, depth: depth) { writer, index in
        writer.write(items[index], depth: depth + 1)
      }
    case .object(let fields):
      writeContainer(open: "{", close: "}", count: fields.count, depth: depth) { writer, index in
        JSONEscaping.appendQuoted(fields[index].key, to: &writer.output)
        writer.output.append(UInt8(ascii: ":"))
        if writer.isPretty { writer.output.append(UInt8(ascii: " ")) }
        writer.write(fields[index].value, depth: depth + 1)
      }
    }
  }

  private mutating func writeContainer(
    open: Unicode.Scalar, close: Unicode.Scalar, count: Int, depth: Int,
    element: (inout Self, Int) -> Void
  ) {
    output.append(UInt8(ascii: open))
    for index in 0..<count {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      newLine(depth: depth + 1)
      element(&self, index)
    }
    if count > 0 { newLine(depth: depth) }
    output.append(UInt8(ascii: close))
  }

  private mutating func newLine(depth: Int) {
    guard isPretty else { return }
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }
}
