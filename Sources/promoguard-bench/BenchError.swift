/// Why the benchmark cannot run: bad arguments, or an engine result the benchmark does not expect.
struct BenchError: Error, Sendable, CustomStringConvertible {
  /// What went wrong and what to do.
  let message: String
  /// Whether the arguments were wrong (exit 2) rather than the run (exit 1).
  let isUsage: Bool

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - message: What went wrong and what to do.
  ///   - isUsage: Whether the arguments were wrong.
  init(_ message: String, isUsage: Bool = false) {
    self.message = message
    self.isUsage = isUsage
  }

  /// `error: ` and the message.
  var description: String { "error: \(message)" }
}
