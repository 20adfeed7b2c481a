import Testing

@testable import PromoGuardCLI

@Suite struct ArgumentParserTests {
  static let options: [OptionSpec] = [
    .value("campaigns", "PATH", repeatable: true, help: ""),
    .value("checkout", "FILE", help: ""),
    .value("seed", "S", help: ""),
    .flag("compact", help: ""),
  ]

  @Test func readsSpaceAndEqualsFormsFlagsAndPositionals() throws {
    let parsed = try ArgumentParser.parse(
      ["--campaigns", "a.json", "b.json", "--checkout=-", "--compact", "--campaigns", "c"],
      options: Self.options)
    #expect(parsed.values("campaigns") == ["a.json", "c"])
    #expect(parsed.positionals == ["b.json"])
    #expect(parsed.value("checkout") == "-")
    #expect(parsed.has("compact"))
  }

  @Test func doubleDashEndsOptions() throws {
    let parsed = try ArgumentParser.parse(["--", "--compact", "x"], options: Self.options)
    #expect(parsed.positionals == ["--compact", "x"])
    #expect(!parsed.has("compact"))
  }

  struct Failure: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var message: String
    var index: Int
    var testDescription: String { arguments.joined(separator: " ") }
  }

  @Test(arguments: [
    Failure(
      arguments: ["--sed", "1"], message: "unknown option '--sed' (did you mean '--seed'?)",
      index: 1),
    Failure(arguments: ["x", "--frobnicate"], message: "unknown option '--frobnicate'", index: 2),
    Failure(
      arguments: ["--checkout"], message: "'--checkout' needs a value: --checkout FILE", index: 1),
    Failure(
      arguments: ["--compact=yes"], message: "'--compact' takes no value; write just '--compact'",
      index: 1),
    Failure(
      arguments: ["--seed", "1", "--seed", "2"],
      message: "'--seed' is given more than once; give it once", index: 3),
  ])
  func refusesBadSyntax(_ failure: Failure) {
    #expect(throws: UsageError(message: failure.message, argumentIndex: failure.index)) {
      try ArgumentParser.parse(failure.arguments, options: Self.options)
    }
  }
}
