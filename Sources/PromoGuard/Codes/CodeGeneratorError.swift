/// Why codes cannot be generated as asked.
///
/// A bad alphabet or pattern, a pattern too small for the count, or a count beyond the limit. The message names
/// the numbers and says what to change.
package struct CodeGeneratorError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong and what to do, in one line.
  package var message: String

  /// Creates an error.
  ///
  /// - Parameter message: What is wrong and what to do.
  package init(_ message: String) { self.message = message }

  /// The message.
  package var description: String { message }
}
