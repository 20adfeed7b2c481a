/// Draws unique codes from a pattern and an alphabet with a cryptographically secure generator.
///
/// The CLI (`promoguard codes generate`) draws from `SystemRandomNumberGenerator`, which on Linux reads the
/// kernel's `getrandom(2)` and on Apple platforms `arc4random_buf`; tests pass a seeded generator. Each random
/// position takes an alphabet character uniformly (Lemire's unbiased bounded draws, several characters per
/// 64-bit word).
///
/// Guarantees:
/// - **Unique under relaxed matching**: the alphabet is upper case and holds no character twice without case,
///   and every code has the same literal characters in the same places, so two codes differ under checkout's
///   matching exactly when their random characters differ; the random characters drawn are kept in a set (16
///   bytes a code), and a repeat is drawn again.
/// - **Never guessable**: a code that ``CodeGuessability`` would flag on its own (a random group that spells a
///   word, a straight run) is drawn again. Every code is unique and passes `promoguard codes stats`.
/// - **Guessing-resistant**: the pattern must make ``CodeSpace/guessingFactor`` times as many codes as asked
///   for (``CodeSpace``), else nothing is generated and the error gives the numbers.
/// - **Limits**: at most ``maximumCount`` codes; memory linear in the count (the set).
///
/// ```swift
/// let generator = CodeGenerator(pattern: try CodePattern("WELCOME-XXXX-XXXX"))
/// var random = SystemRandomNumberGenerator()
/// try generator.generate(count: 3, using: &random) { code in print(code) }   // WELCOME-7F3K-Q2ZD …
/// ```
package struct CodeGenerator: Sendable {
  /// The pattern.
  package let pattern: CodePattern
  /// The alphabet of the random characters.
  package let alphabet: CodeAlphabet
  /// Whether a Luhn mod N check character (``CheckCharacter``) ends each code.
  package let appendsCheckCharacter: Bool

  /// The most codes one run may generate.
  package static let maximumCount = 20_000_000
  /// How many draws in a row may fail (a repeat or a guessable code) before the generator gives up.
  package static let maximumDraws = 1_000
  /// How many draws are tried before generating, to refuse a pattern whose codes are all guessable.
  package static let sampleDraws = 64

  /// Creates a generator.
  ///
  /// - Parameters:
  ///   - pattern: Where the random characters go.
  ///   - alphabet: What they are drawn from; the default leaves out look-alike characters.
  ///   - appendsCheckCharacter: Whether to append a check character.
  package init(
    pattern: CodePattern, alphabet: CodeAlphabet = .unambiguous, appendsCheckCharacter: Bool = false
  ) {
    self.pattern = pattern
    self.alphabet = alphabet
    self.appendsCheckCharacter = appendsCheckCharacter
  }

  /// The codes the pattern can make (the check character adds none: it follows from the others).
  package var space: CodeSpace { CodeSpace(base: alphabet.count, randomCount: pattern.randomCount) }

  /// Refuses a count the generator cannot serve: outside 1…``maximumCount``, or too many for the pattern.
  ///
  /// - Parameter count: The number of codes asked for.
  /// - Throws: `CodeGeneratorError` with the numbers and the smallest pattern that would do.
  package func validate(count: Int) throws(CodeGeneratorError) {
    guard count >= 1, count <= Self.maximumCount else {
      throw CodeGeneratorError(
        "--count must be from 1 to \(CodeSpace.grouped(UInt64(Self.maximumCount))); found \(count)")
    }
    let space = self.space
    guard space.admits(count: count) else {
      let needed = space.randomCountNeeded(for: count)
      let neededSpace = CodeSpace(base: space.base, randomCount: needed)
      let minimum = UInt64(count).multipliedReportingOverflow(by: CodeSpace.guessingFactor)
      throw CodeGeneratorError(
        "the pattern \(pattern.text) has \(pattern.randomCount) random characters from "
          + "\(space.base): \(space.text) codes; \(CodeSpace.grouped(UInt64(count))) codes need at "
          + "least \(CodeSpace.grouped(minimum.partialValue)) (a million times as many, so a stranger "
          + "typing a well-formed code finds a live one at most once in a million tries): use "
          + "\(needed) random characters (\(neededSpace.text)), e.g. add \(needed - pattern.randomCount) X"
      )
    }
  }

  /// Generates `count` unique codes, handing each to `emit` as it is drawn.
  ///
  /// - Parameters:
  ///   - count: How many codes.
  ///   - random: The random number generator: `SystemRandomNumberGenerator` for real codes.
  ///   - emit: Receives each code, in the order drawn.
  /// - Returns: How many draws were thrown away (repeats and guessable codes).
  /// - Throws: `CodeGeneratorError` for a count ``validate(count:)`` refuses, for a pattern whose codes are all
  ///   guessable (nothing emitted), or when ``maximumDraws`` draws in a row fail.
  /// - Complexity: O(*n*·*L*) time and O(*n*) memory for *n* codes of *L* characters.
  @discardableResult
  package func generate(
    count: Int, using random: inout some RandomNumberGenerator, _ emit: (String) -> Void
  ) throws(CodeGeneratorError) -> Int {
    try validate(count: count)
    try refuseGuessablePattern(using: &random)
    var drawn = Set<UInt128>()
    drawn.reserveCapacity(count)
    var discarded = 0
    var digits = [Int](repeating: 0, count: pattern.randomCount)
    for _ in 0..<count {
      var failures = 0
      while true {
        draw(into: &digits, using: &random)
        let code = self.code(digits)
        if drawn.insert(key(digits)).inserted {
          if CodeGuessability.reasons(of: code).isEmpty {
            emit(code)
            break
          }
          drawn.remove(key(digits))
        }
        discarded += 1
        failures += 1
        guard failures < Self.maximumDraws else {
          throw CodeGeneratorError(
            "\(Self.maximumDraws) draws in a row gave a repeat or a guessable code; use more random "
              + "characters in the pattern")
        }
      }
    }
    return discarded
  }

  /// Refuses a pattern every sampled code of which is guessable (`WELCOME-XX`: too short).
  private func refuseGuessablePattern(using random: inout some RandomNumberGenerator)
    throws(CodeGeneratorError)
  {
    var digits = [Int](repeating: 0, count: pattern.randomCount)
    var example = ""
    for _ in 0..<Self.sampleDraws {
      draw(into: &digits, using: &random)
      example = code(digits)
      if CodeGuessability.reasons(of: example).isEmpty { return }
    }
    let why = CodeGuessability.explanation(
      of: example, reasons: CodeGuessability.reasons(of: example))
    throw CodeGeneratorError(
      "every code of the pattern \(pattern.text) is guessable, e.g. \(example): \(why); use more "
        + "random characters")
  }

  /// The code of the random characters `digits` (places in the alphabet).
  ///
  /// - Parameter digits: One place per `X`, in order.
  /// - Returns: The code, with its check character when asked for.
  package func code(_ digits: [Int]) -> String {
    var text = ""
    var random = [Character]()
    random.reserveCapacity(digits.count)
    var next = 0
    for slot in pattern.slots {
      if let literal = slot {
        text.append(literal)
      } else {
        let character = alphabet.characters[digits[next]]
        random.append(character)
        text.append(character)
        next += 1
      }
    }
    if appendsCheckCharacter { text.append(CheckCharacter.compute(for: random, in: alphabet)) }
    return text
  }

  /// The random characters as one number (wrapping past 2^128, where a false repeat only costs a draw).
  private func key(_ digits: [Int]) -> UInt128 {
    var key: UInt128 = 0
    for digit in digits { key = key &* UInt128(alphabet.count) &+ UInt128(digit) }
    return key
  }

  /// Fills `digits` with uniform places in the alphabet, several from each 64-bit draw.
  private func draw(into digits: inout [Int], using random: inout some RandomNumberGenerator) {
    let base = UInt64(alphabet.count)
    var perWord = 1
    var bound = base
    while true {
      let (next, overflow) = bound.multipliedReportingOverflow(by: base)
      if overflow { break }
      bound = next
      perWord += 1
    }
    var index = 0
    while index < digits.count {
      let take = min(perWord, digits.count - index)
      var range: UInt64 = 1
      for _ in 0..<take { range &*= base }
      var value = random.next(upperBound: range)
      for _ in 0..<take {
        digits[index] = Int(value % base)
        value /= base
        index += 1
      }
    }
  }
}
