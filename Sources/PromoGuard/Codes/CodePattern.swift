/// The shape of generated codes: each `X` is one random character, every other character is written as is.
///
/// `WELCOME-XXXX-XXXX` gives `WELCOME-7F3K-Q2ZD`. Only the capital `X` is random (a literal `X` cannot be
/// written); literal characters are ASCII letters, digits, `-` and `_`. At most ``maximumLength`` characters.
///
/// ```swift
/// let pattern = try CodePattern("WELCOME-XXXX-XXXX")
/// pattern.randomCount   // 8
/// ```
package struct CodePattern: Sendable, Hashable {
  /// The pattern as written.
  package let text: String
  /// The pattern's characters, `nil` for a random one.
  package let slots: [Character?]
  /// How many random characters (`X`) the pattern has.
  package let randomCount: Int

  /// The default pattern: 12 random characters in three groups of four.
  package static let standard = CodePattern(valid: "XXXX-XXXX-XXXX")
  /// The longest pattern accepted.
  package static let maximumLength = 64

  /// Reads a pattern.
  ///
  /// - Parameter text: The pattern, like `WELCOME-XXXX-XXXX`.
  /// - Throws: `CodeGeneratorError` for an empty or too long pattern, one without `X`, or a character that is
  ///   not a letter, digit, `-` or `_`.
  package init(_ text: String) throws(CodeGeneratorError) {
    guard text.count <= Self.maximumLength else {
      throw CodeGeneratorError(
        "the pattern has \(text.count) characters; at most \(Self.maximumLength) are accepted")
    }
    for (offset, character) in text.enumerated() {
      guard character.isASCII,
        character.isLetter || character.isNumber || character == "-" || character == "_"
      else {
        throw CodeGeneratorError(
          "the pattern may hold only letters, digits, \"-\" and \"_\"; character \(offset + 1) is "
            + "\"\(character)\"")
      }
    }
    guard text.contains("X") else {
      throw CodeGeneratorError(
        "the pattern \"\(text)\" has no X: write one X for each random character, like "
          + "WELCOME-XXXX-XXXX")
    }
    self.init(valid: text)
  }

  /// A pattern known to be valid.
  private init(valid text: String) {
    self.text = text
    slots = text.map { $0 == "X" ? nil : $0 }
    randomCount = slots.count { $0 == nil }
  }
}
