/// The check character of a generated code: Luhn mod N over the code's random characters, so that a mistyped
/// character is caught before checkout looks the code up.
///
/// The Luhn mod N algorithm works over any alphabet of N characters, a character's value being its place in
/// the alphabet. From the rightmost random character leftwards, every other value (starting with the rightmost)
/// is doubled; the check character makes the total a multiple of N. For an even N a doubled value adds its two
/// base-N digits, as Luhn's digits do, so doubling stays one-to-one. For an odd N (the default alphabet has 25)
/// Luhn's digit sum is not one-to-one (`2×4` and `2×16 − 24` are both 8), so the doubled value is added as is:
/// 2 is invertible modulo an odd N, and the weights 1 and 2 differ by 1.
///
/// What it catches: every single mistyped character, for any N; every swap of two neighbouring characters for
/// an odd N, and for an even N every swap except one of the alphabet's first and last characters (values 0 and
/// N-1), as Luhn's digits miss `09` ↔ `90`. Literal characters of the pattern are fixed, so they are not part
/// of the sum.
///
/// ```swift
/// let alphabet = CodeAlphabet.unambiguous
/// let check = CheckCharacter.compute(for: Array("7F3KQ2ZD"), in: alphabet)
/// CheckCharacter.isValid(Array("7F3KQ2ZD") + [check], in: alphabet)   // true
/// ```
package enum CheckCharacter {
  /// The check character of `characters` (each in `alphabet`).
  ///
  /// - Parameters:
  ///   - characters: The random characters of a code, in order.
  ///   - alphabet: Their alphabet.
  /// - Returns: The character to append; a character outside the alphabet counts as its first character.
  package static func compute(for characters: [Character], in alphabet: CodeAlphabet) -> Character {
    let base = alphabet.count
    let sum = weightedSum(characters, in: alphabet, doubleFirst: true)
    return alphabet.characters[(base - sum % base) % base]
  }

  /// Whether the last of `characters` is the check character of the others.
  ///
  /// - Parameters:
  ///   - characters: The random characters of a code followed by its check character.
  ///   - alphabet: Their alphabet.
  /// - Returns: `false` for a character outside the alphabet or a wrong check character.
  package static func isValid(_ characters: [Character], in alphabet: CodeAlphabet) -> Bool {
    guard !characters.isEmpty, characters.allSatisfy({ alphabet.place(of: $0) != nil }) else {
      return false
    }
    return weightedSum(characters, in: alphabet, doubleFirst: false) % alphabet.count == 0
  }

  /// Luhn mod N's sum, from the right; `doubleFirst` doubles the rightmost value.
  ///
  /// A doubled value adds its base-N digits for an even N, itself for an odd N.
  private static func weightedSum(
    _ characters: [Character], in alphabet: CodeAlphabet, doubleFirst: Bool
  ) -> Int {
    let base = alphabet.count
    var factor = doubleFirst ? 2 : 1
    var sum = 0
    for character in characters.reversed() {
      let addend = factor * (alphabet.place(of: character) ?? 0)
      sum += base % 2 == 0 ? addend / base + addend % base : addend
      factor = factor == 2 ? 1 : 2
    }
    return sum
  }
}
