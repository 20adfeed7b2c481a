/// A command line that cannot be run: what is wrong, and which argument.
struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong and what to do.
  var message: String
  /// The 1-based position of the argument at fault, after the command name, if one is.
  var argumentIndex: Int?

  /// The message.
  var description: String { message }
}
