/// Why a timestamp could not be read, in words for the person who wrote it.
///
/// The message says what is wrong and, where it helps, what was expected, for example `there is no
/// 31 September` or `hours run 00–23, found 24`. The caller adds where the text came from (file,
/// line, JSON path).
package struct TimestampError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong with the text, as a sentence fragment without a final full stop.
  package var message: String

  /// Creates an error with a message.
  ///
  /// - Parameter message: What is wrong with the text.
  package init(message: String) {
    self.message = message
  }

  /// The message.
  package var description: String { message }
}
