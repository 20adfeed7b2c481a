/// Why a text is not an acceptable percentage off, in words for the person who wrote it.
///
/// The message says what was expected, what was found and what to write instead:
/// `a percentage off must be at most 100, but found "120"; write a number from 0.0001 to 100,
/// like 20`.
package struct PercentageParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of problem, for code that reacts to it; the message explains it to people.
  package enum Kind: Sendable, Hashable {
    /// The text is not a number, or writes one in a way campaign files do not ("20%", " 20",
    /// "abc", "").
    case malformed
    /// The number is zero or below.
    case notPositive
    /// The number is above 100.
    case tooLarge
    /// The number has more than 4 decimal places.
    case tooManyDecimals
  }

  /// The kind of problem.
  package var kind: Kind
  /// A full sentence: what was expected, what was found and how to fix it.
  package var message: String

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - kind: The kind of problem.
  ///   - message: What was expected, what was found and how to fix it.
  package init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  /// The message.
  package var description: String {
    message
  }
}
