/// Why a text is not an acceptable amount of money, in words for the person who wrote it.
///
/// The message says what was expected, what was found and what to write instead:
/// `US dollars have 2 decimal places; "12.505" has 3 — write "12.51" or "12.50"`.
package struct MoneyParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of problem, for code that reacts to it; the message explains it to people.
  package enum Kind: Sendable, Hashable {
    /// The text is not a number, or writes one in a way campaign files do not ("$12.50",
    /// "1,000.00", " 12.50", "12.", ".5", "+1", "abc", "").
    case malformed
    /// The number is below zero.
    case negative
    /// The number has more decimal places than the currency (or the amount type) allows.
    case tooManyDecimals
    /// The number is above the largest amount accepted.
    case tooLarge
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
