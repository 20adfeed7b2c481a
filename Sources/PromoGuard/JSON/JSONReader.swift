/// Reads JSON documents (RFC 8259) into ``JSONNode`` trees that remember where every value is.
///
/// Made for hand-written campaign files: every syntax error names its line and column and says, in
/// plain words, what was expected, what was found and what to do. Numbers keep their exact source
/// text, objects keep duplicate keys, and nesting is read without recursion, so no input can
/// overflow the stack.
///
/// ```swift
/// do {
///   let node = try JSONReader.parse(bytes)
/// } catch {
///   print("spring.json:\(error)")  // spring.json:3:15: expected "," or "}" after …
/// }
/// ```
package enum JSONReader {
  /// Parses one JSON document (RFC 8259), skipping a UTF-8 byte order mark at the start.
  ///
  /// The whole input must be one JSON value, optionally surrounded by spaces, tabs and line breaks.
  /// Comments, trailing commas, single quotes and other JSON5 extensions are refused with a message
  /// that says how to fix them.
  ///
  /// - Parameters:
  ///   - bytes: The document, encoded as UTF-8.
  ///   - limits: Limits on size, nesting and literal lengths.
  /// - Returns: The top-level value, with the position of every value and key.
  /// - Throws: ``JSONSyntaxError`` at the first problem: invalid UTF-8, a syntax error or an
  ///   exceeded limit.
  /// - Complexity: O(*n*), where *n* is the number of bytes.
  package static func parse(
    _ bytes: [UInt8], limits: JSONLimits = .default
  ) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: bytes, limits: limits)
    return try parser.parseDocument()
  }

  /// Parses one JSON document held in a string.
  ///
  /// - Parameters:
  ///   - text: The document.
  ///   - limits: Limits on size, nesting and literal lengths.
  /// - Returns: The top-level value, with the position of every value and key.
  /// - Throws: ``JSONSyntaxError`` at the first syntax error or exceeded limit.
  /// - Complexity: O(*n*), where *n* is the length of the text in UTF-8 bytes.
  package static func parse(
    _ text: String, limits: JSONLimits = .default
  ) throws(JSONSyntaxError) -> JSONNode {
    try parse(Array(text.utf8), limits: limits)
  }
}
