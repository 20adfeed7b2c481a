import PromoGuard
import Testing

@Suite struct PercentageTests {
  @Test(
    arguments: [
      ("20", 200_000), ("12.5", 125_000), ("0.0001", 1), ("100", 1_000_000), ("20.000", 200_000),
      ("2e1", 200_000), ("1e-4", 1), ("12.3456", 123_456), ("100.0000", 1_000_000),
      ("99.9999", 999_999), ("1", 10_000), ("0.5", 5_000), ("33.33", 333_300),
    ] as [(String, Int64)])
  func parsesExactly(_ text: String, _ millionths: Int64) throws {
    #expect(try Percentage.parse(text).get() == Percentage(millionths: millionths))
  }

  struct Rejected: Sendable, CustomTestStringConvertible {
    var text: String
    var kind: PercentageParseError.Kind
    var message: String
    var testDescription: String { text.debugDescription }
  }

  static let rejected: [Rejected] = [
    Rejected(
      text: "0", kind: .notPositive,
      message: #"a percentage off must be more than 0, but found "0"; write a number from "#
        + "0.0001 to 100, like 20"),
    Rejected(
      text: "0.00", kind: .notPositive,
      message: #"a percentage off must be more than 0, but found "0.00"; write a number from "#
        + "0.0001 to 100, like 20"),
    Rejected(
      text: "-5", kind: .notPositive,
      message: #"a percentage off must be more than 0, but found "-5"; write a number from "#
        + "0.0001 to 100, like 20"),
    Rejected(
      text: "120", kind: .tooLarge,
      message: #"a percentage off must be at most 100, but found "120"; write a number from "#
        + "0.0001 to 100, like 20"),
    Rejected(
      text: "100.00001", kind: .tooLarge,
      message: #"a percentage off must be at most 100, but found "100.00001"; write a number "#
        + "from 0.0001 to 100, like 20"),
    Rejected(
      text: "1e999", kind: .tooLarge,
      message: #"a percentage off must be at most 100, but found "1e999"; write a number from "#
        + "0.0001 to 100, like 20"),
    Rejected(
      text: "12.34567", kind: .tooManyDecimals,
      message: #"a percentage off can have at most 4 decimal places, but "12.34567" has 5; "#
        + "write 12.3457 or 12.3456"),
    Rejected(
      text: "12.34561", kind: .tooManyDecimals,
      message: #"a percentage off can have at most 4 decimal places, but "12.34561" has 5; "#
        + "write 12.3456 or 12.3457"),
    Rejected(
      text: "19.99999", kind: .tooManyDecimals,
      message: #"a percentage off can have at most 4 decimal places, but "19.99999" has 5; "#
        + "write 20 or 19.9999"),
    Rejected(
      text: "0.00001", kind: .tooManyDecimals,
      message: #"a percentage off can have at most 4 decimal places, but "0.00001" has 5; "#
        + "write 0.0001"),
    Rejected(
      text: "20%", kind: .malformed,
      message: #""20%" contains a % sign; write the number without the % sign, like 20"#),
    Rejected(
      text: "12.5 %", kind: .malformed,
      message: #""12.5 %" contains a % sign; write the number without the % sign, like 12.5"#),
    Rejected(
      text: "150%", kind: .malformed,
      message: #""150%" contains a % sign; write the number without the % sign, like 20"#),
    Rejected(
      text: "", kind: .malformed,
      message: "the percentage is empty; write a number from 0.0001 to 100, like 20"),
    Rejected(
      text: " 20", kind: .malformed,
      message: #"" 20" contains a space; write the number without spaces, like 20"#),
    Rejected(
      text: "12,5", kind: .malformed,
      message: #""12,5" uses a comma as the decimal separator; write a decimal point instead, "#
        + "like 12.5"),
    Rejected(
      text: "abc", kind: .malformed,
      message: #""abc" is not a number; write a number from 0.0001 to 100, like 20"#),
    Rejected(
      text: "twenty", kind: .malformed,
      message: #""twenty" is not a number; write a number from 0.0001 to 100, like 20"#),
  ]

  @Test(arguments: rejected)
  func rejectsWithASentenceSayingWhatToWrite(_ example: Rejected) {
    switch Percentage.parse(example.text) {
    case .success(let percentage):
      Issue.record("accepted as \(percentage)")
    case .failure(let error):
      #expect(error.kind == example.kind)
      #expect(error.message == example.message)
      #expect(error.description == example.message)
    }
  }

  @Test(
    arguments: [
      (200_000, "20%"), (125_000, "12.5%"), (1, "0.0001%"), (1_000_000, "100%"),
      (123_456, "12.3456%"), (120_000, "12%"), (100_000, "10%"), (0, "0%"), (-50_000, "-5%"),
      (100_000_000, "10000%"),
    ] as [(Int64, String)])
  func describesWithTheFewestDecimals(_ millionths: Int64, _ description: String) {
    #expect(Percentage(millionths: millionths).description == description)
  }

  @Test func hundredIsTheWholeAndOrderFollowsTheValue() {
    #expect(Percentage.hundred.millionths == 1_000_000)
    #expect(Percentage(millionths: 1) < Percentage.hundred)
    #expect(!(Percentage.hundred < Percentage.hundred))
    let sorted = [Percentage(millionths: 500_000), .hundred, Percentage(millionths: 1)].sorted()
    #expect(sorted.map(\.millionths) == [1, 500_000, 1_000_000])
  }
}
