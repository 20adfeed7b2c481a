/// What the reader found where it expected something else, for error messages.
enum JSONFound: Sendable, Equatable {
  /// The text ended.
  case endOfFile
  /// A single character.
  case character(Unicode.Scalar)
  /// An unquoted word such as `SPRING10`, `True` or `NaN`.
  case word(String)

  /// The found text as a message shows it: `the end of the file`, `"}"` (escaped like a JSON
  /// string) or the word itself.
  var description: String {
    switch self {
    case .endOfFile: "the end of the file"
    case .character(let scalar): JSONEscaping.quotedForMessage(String(scalar))
    case .word(let word): JSONEscaping.shortenedForMessage(word)
    }
  }

  /// Whether this is one of the typographic ("smart") quotes that word processors put in place of
  /// `"`.
  var isCurlyQuote: Bool {
    guard case .character(let scalar) = self else { return false }
    return [0x201C, 0x201D, 0x201E, 0x2018, 0x2019].contains(scalar.value)
  }
}
