/// A JSON document that cannot be read: where, and a plain-language sentence saying what was
/// expected, what was found and what to do.
///
/// Campaign files are written by hand, so the message is for the person who wrote the file, not for
/// a programmer:
///
/// ```
/// 3:15: expected "," or "}" after the value of "percentOff", found "\"" — is a comma missing at
/// the end of the previous line?
/// ```
package struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is: usually the first character that could not be read.
  package var position: SourcePosition
  /// A full sentence: what was expected, what was found, and what to do.
  package var message: String

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - position: Where the problem is.
  ///   - message: What was expected, what was found, and what to do.
  package init(position: SourcePosition, message: String) {
    self.position = position
    self.message = message
  }

  /// The error as `line:column: message`, for example `3:15: this string has no closing quote — …`.
  package var description: String { "\(position): \(message)" }
}
