/// The characters a generated code's random positions are drawn from.
///
/// Upper-case ASCII letters and digits only, each at most once once case is folded (relaxed matching would
/// read `a` and `A` as one character). The default, ``unambiguous``, leaves out the characters people misread
/// for one another, on paper, on a phone screen and read aloud to a support agent: `0`/`O`, `1`/`I`/`L`,
/// `5`/`S`, `2`/`Z`, `8`/`B`. What is left is 25 characters: the digits `3 4 6 7 9` and the letters
/// `A C D E F G H J K M N P Q R T U V W X Y`.
///
/// ```swift
/// let alphabet = try CodeAlphabet("ABCDEF0123")
/// alphabet.count   // 10
/// ```
package struct CodeAlphabet: Sendable, Hashable {
  /// The characters, in the order given; a character's place is its value for the check character.
  package let characters: [Character]
  /// Each character's place in ``characters``.
  private let places: [Character: Int]

  /// The default: no look-alike characters (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), 25 characters.
  package static let unambiguous = CodeAlphabet(valid: "34679ACDEFGHJKMNPQRTUVWXY")

  /// The fewest characters an alphabet may have.
  package static let minimumCount = 2

  /// Reads an alphabet: letters are upper-cased; anything but ASCII letters and digits, or a character given
  /// twice, is refused.
  ///
  /// - Parameter text: The characters, like `"ACDEFGHJKMNPQRTUVWXY34679"`.
  /// - Throws: `CodeGeneratorError` naming the first character at fault.
  package init(_ text: String) throws(CodeGeneratorError) {
    var seen = Set<Character>()
    var characters = [Character]()
    for (offset, character) in text.enumerated() {
      guard character.isASCII, character.isLetter || character.isNumber else {
        throw CodeGeneratorError(
          "the alphabet may hold only letters A–Z and digits 0–9; character \(offset + 1) is "
            + "\"\(character)\"")
      }
      let upper = Character(character.uppercased())
      guard seen.insert(upper).inserted else {
        throw CodeGeneratorError(
          "the alphabet holds \"\(upper)\" twice (letters count without case, as checkout matches "
            + "codes); give each character once")
      }
      characters.append(upper)
    }
    guard characters.count >= Self.minimumCount else {
      throw CodeGeneratorError(
        "the alphabet needs at least \(Self.minimumCount) characters; it has \(characters.count)")
    }
    self.init(valid: String(characters))
  }

  /// An alphabet known to be valid.
  private init(valid text: String) {
    characters = Array(text)
    places = Dictionary(
      characters.enumerated().map { ($0.element, $0.offset) },
      uniquingKeysWith: { first, _ in first })
  }

  /// How many characters.
  package var count: Int { characters.count }

  /// The place of `character` (case-insensitive), or `nil` when it is not in the alphabet.
  ///
  /// - Parameter character: A character.
  /// - Returns: Its place.
  package func place(of character: Character) -> Int? {
    places[character] ?? places[Character(character.uppercased())]
  }

  /// The alphabet as one string, like `34679ACDEFGHJKMNPQRTUVWXY`.
  package var text: String { String(characters) }

  /// Two alphabets are equal when they hold the same characters in the same order.
  package static func == (left: CodeAlphabet, right: CodeAlphabet) -> Bool {
    left.characters == right.characters
  }

  /// Hashes the characters.
  package func hash(into hasher: inout Hasher) { hasher.combine(characters) }
}
