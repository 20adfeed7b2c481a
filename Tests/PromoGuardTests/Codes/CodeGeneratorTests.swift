import PromoGuard
import Testing

/// `CodeGenerator`, `CodePattern`, `CodeAlphabet`, `CodeSpace` and `CheckCharacter`.
@Suite struct CodeGeneratorTests {
  @Test func generatesUniqueCodesOfThePattern() throws {
    var random = SplitMixGenerator(seed: 1)
    var codes = [String]()
    let generator = CodeGenerator(pattern: try CodePattern("WELCOME-XXXX-XXXX"))
    try generator.generate(count: 20_000, using: &random) { codes.append($0) }
    #expect(codes.count == 20_000)
    #expect(Set(codes.map(CodeKey.relaxed)).count == 20_000)
    let alphabet = Set(CodeAlphabet.unambiguous.characters)
    for code in codes {
      #expect(code.count == 17 && code.hasPrefix("WELCOME-") && Array(code)[12] == "-")
      let random = Array(code).enumerated().filter {
        [8, 9, 10, 11, 13, 14, 15, 16].contains($0.offset)
      }
      #expect(random.allSatisfy { alphabet.contains($0.element) })
    }
  }

  @Test func theDefaultAlphabetHasNoLookAlikes() {
    // 36 characters less 0 O 1 I L 5 S 2 Z 8 B: 25.
    #expect(CodeAlphabet.unambiguous.count == 25)
    for lookAlike in "0O1IL5S2Z8B" {
      #expect(CodeAlphabet.unambiguous.place(of: lookAlike) == nil)
    }
  }

  @Test func checkCharacterByHand() throws {
    // Alphabet ABCD (N = 4), random characters B C D = 1 2 3. From the right, doubling first:
    // D: 2×3 = 6 = "12" in base 4 → 1 + 2 = 3; C: 2 → 2; B: 2×1 = 2 → 2. Sum 7; check (4 − 7 mod 4) mod 4 = 1 = B.
    let alphabet = try CodeAlphabet("ABCD")
    #expect(CheckCharacter.compute(for: Array("BCD"), in: alphabet) == "B")
    #expect(CheckCharacter.isValid(Array("BCDB"), in: alphabet))
    #expect(!CheckCharacter.isValid(Array("BCDC"), in: alphabet))
  }

  @Test func checkCharacterOfAnOddAlphabetByHand() throws {
    // Alphabet ABCDE (N = 5, odd: doubled values are added as is), B C D = 1 2 3. From the right, doubling
    // first: 2×3 + 2 + 2×1 = 10; check (5 − 10 mod 5) mod 5 = 0 = A. Checked: 1×0 + 2×3 + 2 + 2×1 = 10 ≡ 0.
    let alphabet = try CodeAlphabet("ABCDE")
    #expect(CheckCharacter.compute(for: Array("BCD"), in: alphabet) == "A")
    #expect(CheckCharacter.isValid(Array("BCDA"), in: alphabet))
    // (Luhn's digit sum would collide here: 2×4 = 8 = "13" in base 5 → 1 + 3 = 4, as 2×2 = 4.)
    #expect(!CheckCharacter.isValid(Array("BCDB"), in: alphabet))
  }

  @Test(arguments: ["34679ACDEFGHJKMNPQRTUVWXY", "34679ACDEFGHJKMNPQRTUVWX"])
  func checkCharacterCatchesEverySingleTypo(_ text: String) throws {
    let alphabet = try CodeAlphabet(text)
    let first = alphabet.characters[0]
    let last = alphabet.characters[alphabet.count - 1]
    var random = SplitMixGenerator(seed: 7)
    for _ in 0..<50 {
      var characters = (0..<8).map { _ in
        alphabet.characters[Int(random.next() % UInt64(alphabet.count))]
      }
      characters.append(CheckCharacter.compute(for: characters, in: alphabet))
      #expect(CheckCharacter.isValid(characters, in: alphabet))
      for position in characters.indices {
        for typo in alphabet.characters where typo != characters[position] {
          var typed = characters
          typed[position] = typo
          #expect(!CheckCharacter.isValid(typed, in: alphabet))
        }
      }
      // Swapped neighbours are caught, except (for an even alphabet) the first and last characters.
      for position in characters.indices.dropLast()
      where characters[position] != characters[position + 1] {
        var typed = characters
        typed.swapAt(position, position + 1)
        let blind =
          alphabet.count % 2 == 0
          && Set([characters[position], characters[position + 1]]) == [first, last]
        #expect(CheckCharacter.isValid(typed, in: alphabet) == blind)
      }
    }
  }

  @Test func generatedCheckCharactersValidate() throws {
    var random = SplitMixGenerator(seed: 3)
    let generator = CodeGenerator(
      pattern: try CodePattern("XXXX-XXXX-XX"), appendsCheckCharacter: true)
    var codes = [String]()
    try generator.generate(count: 200, using: &random) { codes.append($0) }
    for code in codes {
      #expect(code.count == 13)
      #expect(CheckCharacter.isValid(Array(code.filter { $0 != "-" }), in: .unambiguous))
    }
  }

  @Test func spaceByHand() {
    // 25^8 = 152,587,890,625; a million times 152,587 fits, 152,588 does not.
    let space = CodeSpace(base: 25, randomCount: 8)
    #expect(space.text == "25^8 = 152,587,890,625")
    #expect(space.admits(count: 152_587))
    #expect(!space.admits(count: 152_588))
    // 200,000 codes need 2×10^11: 25^8 ≈ 1.5×10^11 is short, 25^9 ≈ 3.8×10^12 does.
    #expect(space.randomCountNeeded(for: 200_000) == 9)
    // 25^14 ≈ 3.6×10^19 > 2^64 − 1.
    #expect(CodeSpace(base: 25, randomCount: 14).size == nil)
    // 152,587 × 1,000,005 = 152,587,762,935 ≤ 25^8 < 152,587 × 1,000,006 = 152,587,915,522.
    #expect(space.odds(count: 152_587) == "1 in 1,000,005")
  }

  @Test func refusesAPatternTooSmallWithTheNumbers() throws {
    var random = SplitMixGenerator(seed: 1)
    let generator = CodeGenerator(pattern: try CodePattern("WELCOME-XXXX"))
    // 25^4 = 390,625; 1,000 codes need 10^9; 25^6 = 244,140,625 is short, 25^7 = 6,103,515,625 does.
    let error = failure { () throws(CodeGeneratorError) in
      try generator.generate(count: 1_000, using: &random) { _ in }
    }
    #expect(
      error?.message
        == "the pattern WELCOME-XXXX has 4 random characters from 25: 25^4 = 390,625 codes; 1,000 codes "
        + "need at least 1,000,000,000 (a million times as many, so a stranger typing a well-formed "
        + "code finds a live one at most once in a million tries): use 7 random characters "
        + "(25^7 = 6,103,515,625), e.g. add 3 X")
  }

  @Test func refusesAPatternWhoseCodesAreAllGuessable() throws {
    var random = SplitMixGenerator(seed: 1)
    // 25^5 = 9,765,625 admits 9 codes, but "summer" + "sale" cover 10 of 15 characters: 5 others.
    let generator = CodeGenerator(pattern: try CodePattern("SUMMERSALE-XXXXX"))
    var emitted = 0
    let error = failure { () throws(CodeGeneratorError) in
      try generator.generate(count: 5, using: &random) { _ in emitted += 1 }
    }
    #expect(
      error?.message.hasPrefix("every code of the pattern SUMMERSALE-XXXXX is guessable") == true)
    #expect(emitted == 0)
  }

  @Test(arguments: [0, 20_000_001])
  func refusesACountOutsideTheLimits(_ count: Int) throws {
    var random = SplitMixGenerator(seed: 1)
    let generator = CodeGenerator(pattern: .standard)
    let error = failure { () throws(CodeGeneratorError) in
      try generator.generate(count: count, using: &random) { _ in }
    }
    #expect(error == CodeGeneratorError("--count must be from 1 to 20,000,000; found \(count)"))
  }

  @Test(
    arguments: [
      (
        "AAB",
        "the alphabet holds \"A\" twice (letters count without case, as checkout matches codes); give each character once"
      ),
      (
        "aA",
        "the alphabet holds \"A\" twice (letters count without case, as checkout matches codes); give each character once"
      ),
      ("AB-", "the alphabet may hold only letters A–Z and digits 0–9; character 3 is \"-\""),
      ("A", "the alphabet needs at least 2 characters; it has 1"),
    ])
  func refusesABadAlphabet(_ text: String, _ message: String) {
    let error = failure { () throws(CodeGeneratorError) in _ = try CodeAlphabet(text) }
    #expect(error == CodeGeneratorError(message))
  }

  @Test(
    arguments: [
      (
        "WELCOME",
        "the pattern \"WELCOME\" has no X: write one X for each random character, like WELCOME-XXXX-XXXX"
      ),
      (
        "AB CXXXX",
        "the pattern may hold only letters, digits, \"-\" and \"_\"; character 3 is \" \""
      ),
    ])
  func refusesABadPattern(_ text: String, _ message: String) {
    let error = failure { () throws(CodeGeneratorError) in _ = try CodePattern(text) }
    #expect(error == CodeGeneratorError(message))
  }

  @Test func aLowerCaseAlphabetIsUpperCased() throws {
    #expect(try CodeAlphabet("acd79").text == "ACD79")
  }

  /// The error `body` throws, or `nil` (outside `#expect`: typed-throws closures inside it crash Swift 6.3.1).
  private func failure(_ body: () throws(CodeGeneratorError) -> Void) -> CodeGeneratorError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }
}
