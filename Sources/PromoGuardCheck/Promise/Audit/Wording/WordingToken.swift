/// One word, number or symbol of the published wording, as the wording reader sees it.
///
/// Words keep inner hyphens and apostrophes ("in-store", "can't"); numbers keep grouping commas and a decimal
/// point followed by digits ("1,000", "12.50"); every other character that is not a space is a symbol of its
/// own ("$", "%", ":", ",").
struct WordingToken: Sendable, Hashable {
  /// What the token is.
  enum Kind: Sendable, Hashable {
    /// Letters, with inner hyphens and apostrophes.
    case word
    /// Digits, with grouping commas and a decimal part.
    case number
    /// Any other single character.
    case symbol
  }

  /// What the token is.
  var kind: Kind
  /// The token in lower case, as phrases are compared.
  var text: String
  /// The token as written.
  var original: String
  /// Whether a space (or the start of the text) comes right before it.
  var spaceBefore: Bool

  /// The most of a text the reader reads: 64 KiB of UTF-8.
  static let maximumTextBytes = 65_536

  /// The part of `text` the reader reads: whole characters within its first ``maximumTextBytes`` bytes.
  static func readablePrefix(of text: String) -> Substring {
    guard text.utf8.count > maximumTextBytes else { return text[...] }
    var bytes = 0
    var end = text.startIndex
    for index in text.indices {
      bytes += text[index].utf8.count
      if bytes > maximumTextBytes { break }
      end = text.index(after: index)
    }
    return text[..<end]
  }

  /// The tokens of `text`, read in one pass over at most its first ``maximumTextBytes`` bytes.
  ///
  /// - Parameter text: The published wording.
  /// - Returns: Its tokens, in order.
  /// - Complexity: O(*n*) in the length of the text read.
  static func tokens(of text: String) -> [WordingToken] {
    let characters = Array(readablePrefix(of: text))
    var tokens = [WordingToken]()
    var index = 0
    var spaceBefore = true
    func isInner(_ position: Int, _ test: (Character) -> Bool) -> Bool {
      position + 1 < characters.count && test(characters[position + 1])
    }
    func isDigit(_ position: Int) -> Bool {
      position < characters.count && characters[position].isASCII && characters[position].isNumber
    }
    // A grouping comma is followed by exactly three digits: "1,000", not "1, 2" or "1,0000".
    func isGroup(after comma: Int) -> Bool {
      isDigit(comma + 1) && isDigit(comma + 2) && isDigit(comma + 3) && !isDigit(comma + 4)
    }
    while index < characters.count {
      let character = characters[index]
      if character.isWhitespace {
        spaceBefore = true
        index += 1
        continue
      }
      let start = index
      let kind: Kind
      if character.isLetter {
        kind = .word
        index += 1
        while index < characters.count {
          let next = characters[index]
          if next.isLetter {
            index += 1
          } else if ["-", "'", "’"].contains(next), isInner(index, \.isLetter) {
            index += 2
          } else {
            break
          }
        }
      } else if character.isASCII, character.isNumber {
        kind = .number
        index += 1
        while index < characters.count {
          let next = characters[index]
          if next.isASCII, next.isNumber {
            index += 1
          } else if next == ",", isGroup(after: index) {
            index += 4
          } else if next == ".", isInner(index, { $0.isASCII && $0.isNumber }) {
            index += 2
          } else {
            break
          }
        }
      } else {
        kind = .symbol
        index += 1
      }
      let original = String(characters[start..<index])
      tokens.append(
        WordingToken(
          kind: kind, text: String(original.lowercased().map { $0 == "’" ? "'" : $0 }),
          original: original, spaceBefore: spaceBefore))
      spaceBefore = false
    }
    return tokens
  }
}
