import PromoGuard
import Testing

/// `CodeGuessability`: each rule with the near miss that stays clean.
@Suite struct CodeGuessabilityTests {
  /// One code judged on its own.
  struct Case: Sendable, CustomTestStringConvertible {
    var code: String
    var expected: CodeGuessability.Reasons
    var testDescription: String { code }
  }

  static let single: [Case] = [
    // 7 significant characters (the dashes do not count): too short; 8 is enough.
    Case(code: "7F3-KQ2-Z", expected: .tooShort),
    Case(code: "7F3K-Q2ZD", expected: []),
    // "welcome" covers 7 of 9 characters: 2 others, fewer than 6.
    Case(code: "WELCOME10", expected: .dictionaryWord),
    // "summer" + "sale" cover 10 of 14: 4 others.
    Case(code: "SUMMER-SALE-2024", expected: .dictionaryWord),
    // 13 significant, "welcome" covers 7: 6 others, enough; one fewer is not.
    Case(code: "WELCOME-7F3K-Q2", expected: []),
    Case(code: "WELCOME-7F3K-Q", expected: .dictionaryWord),
    // "karen" is not a word: "sorry" covers 5 of 12, 7 others.
    Case(code: "SORRYKAREN10", expected: []),
    // A 3-letter word counts only as a whole group of letters: "vip" covers 3 of 8, 5 others.
    Case(code: "VIP12345", expected: .dictionaryWord),
    Case(code: "XVIPQ7K3D9", expected: []),
    // "save" + 2 digits: 6 significant, too short, and a word with 2 others.
    Case(code: "SAVE10", expected: [.tooShort, .dictionaryWord]),
    // Two different characters; a block of four repeated; a straight run up and down.
    Case(code: "AAAABBBB", expected: .lowVariety),
    Case(code: "7F3K7F3K", expected: .lowVariety),
    Case(code: "ABCDEFGH", expected: .lowVariety),
    Case(code: "98765432", expected: .lowVariety),
    // Near misses: the block broken by one character, the run broken by one step.
    Case(code: "7F3K7F3D", expected: []),
    Case(code: "12345679", expected: []),
    Case(code: "WELCOME-7F3K-Q2ZD", expected: []),
  ]

  @Test(arguments: single)
  func judgesOneCode(_ example: Case) {
    #expect(CodeGuessability.reasons(of: example.code) == example.expected)
    #expect(CodeGuessability.assess([example.code]).reasons == [example.expected])
  }

  @Test func threeConsecutiveNumbersAreSequential() {
    // 0041, 0042, 0043 differ only in the number, each one up: a run of 3.
    let report = CodeGuessability.assess(["QX7K-0041", "QX7K-0042", "QX7K-0043"])
    #expect(report.reasons == [.sequential, .sequential, .sequential])
    #expect(report.guessableCount == 3)
    #expect(report.count(of: .sequential) == 3)
    #expect(report.count(of: .tooShort) == 0)
  }

  @Test func sequentialIgnoresCaseAndDashes() {
    let report = CodeGuessability.assess(["qx7k0041", "QX7K-0042", "Qx7k_0043", "QX7K-9D3F"])
    #expect(report.reasons == [.sequential, .sequential, .sequential, []])
  }

  @Test(
    "two neighbours, a gap, a step of two or different letters are not a run",
    arguments: [
      ["QX7K-0041", "QX7K-0042"],
      ["QX7K-0041", "QX7K-0042", "QX7K-0044"],
      ["QX7K-0041", "QX7K-0043", "QX7K-0045"],
      ["QX7K-0041", "QX7M-0042", "QX7N-0043"],
    ])
  func nearMissesAreNotSequential(_ codes: [String]) {
    let report = CodeGuessability.assess(codes)
    #expect(report.guessableCount == 0)
  }

  @Test func sequentialRunEndsCountToo() {
    // 9, 10, 11 cross a digit boundary; the end codes have one neighbour on one side and two in a row.
    let report = CodeGuessability.assess([
      "TKQ-MP9-RX", "TKQ-MP10-RX", "TKQ-MP11-RX", "TKQ-MP13-RX",
    ])
    #expect(report.reasons == [.sequential, .sequential, .sequential, []])
  }

  @Test func countsEachReason() {
    let report = CodeGuessability.assess([
      "SAVE10", "WELCOME-7F3K-Q2ZD", "AAAABBBB", "SUMMER-SALE-2024", "7F3K-Q2ZD",
    ])
    // SAVE10: tooShort + dictionaryWord; AAAABBBB: lowVariety; SUMMER-SALE-2024: dictionaryWord.
    #expect(report.guessableCount == 3)
    #expect(report.counts == [1, 0, 2, 1])
    #expect(report.firstGuessable(2) == [0, 2])
  }

  @Test func explainsEachReason() {
    #expect(
      CodeGuessability.explanation(of: "SAVE10", reasons: [.tooShort, .dictionaryWord])
        == "only 6 significant characters (8 needed); the word \"save\" with only 2 other "
        + "characters (6 needed)")
    #expect(CodeGuessability.words(in: "SUMMERSALE-2024") == ["summer", "sale"])
  }

  @Test func strongRandomCodesStayClean() throws {
    var random = SplitMixGenerator(seed: 10)
    var codes = [String]()
    try CodeGenerator(pattern: CodePattern("XXXX-XXXX-XXXX")).generate(count: 5_000, using: &random)
    {
      codes.append($0)
    }
    #expect(CodeGuessability.assess(codes).guessableCount == 0)
  }
}
