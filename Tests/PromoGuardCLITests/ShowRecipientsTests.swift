import Testing

@testable import PromoGuardCLI

/// `lint` and `check` mask recipients from a recipient list in every format, and print them with
/// `--show-recipients` (the welcome series example: row 60 shows a code the pool does not have).
@Suite struct ShowRecipientsTests {
  static let file = "Fixtures/examples/welcome-series.json"
  /// The recipient of row 60, in full and masked.
  static let email = "grace.garcia58@example.net"
  static let customer = "cus_100574"

  static let commands: [[String]] = [
    ["lint", file],
    ["lint", file, "--format", "json"],
    ["check", file, "--scenarios", "200"],
    ["check", file, "--scenarios", "200", "--format", "json"],
    ["check", file, "--scenarios", "200", "--format", "junit"],
  ]

  @Test(arguments: commands) func maskedByDefault(_ arguments: [String]) {
    let run = CLIRun(arguments)
    #expect(run.exitCode == 0, "\(run.standardError)")
    // JUnit names expected findings by their headline only (RecipientMaskingTests covers its listing).
    if !arguments.contains("junit") {
      #expect(run.standardOutput.contains("g***@example.net (cus***)"))
      #expect(run.standardOutput.contains("welcome-series-oct.csv"))
    }
    #expect(!run.standardOutput.contains(Self.email))
    #expect(!run.standardOutput.contains(Self.customer))
  }

  @Test(arguments: commands) func shownWhenAsked(_ arguments: [String]) {
    let run = CLIRun(arguments + ["--show-recipients"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    if !arguments.contains("junit") {
      #expect(run.standardOutput.contains("\(Self.email) (\(Self.customer))"))
    }
    #expect(!run.standardOutput.contains("g***@example.net"))
  }

  @Test func theExampleListsItsThreePlantedProblems() {
    let run = CLIRun(["lint", Self.file])
    // Row 60: a code never loaded; row 123: the code of row 14 again; row 79: a code that ends 12 October,
    // before 5 October + 14 days.
    #expect(
      run.standardOutput.contains(
        "Fixtures/examples/sends/welcome-series-oct.csv:60: g***@example.net (cus***): code "
          + "\"WELCOME-C7QQ-5ATP\", not in the pool"))
    #expect(
      run.standardOutput.contains(
        "welcome-series-oct.csv:123: r***@example.org (cus***): code \"WELCOME-2YR9-9YWK\", already "
          + "sent on line 14"))
    #expect(
      run.standardOutput.contains(
        "welcome-series-oct.csv:79: z***@example.org (cus***): code \"WELCOME-S5N5-PU9J\" ends 12 "
          + "October 2026 at 00:00 (America/New_York), before the promised 14 days are up"))
    #expect(run.standardOutput.contains("3 findings (3 expected, 0 unexpected)"))
  }
}
