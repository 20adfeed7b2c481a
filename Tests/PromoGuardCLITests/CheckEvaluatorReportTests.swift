import Foundation
import Testing

@testable import PromoGuardCLI

/// What the JSON, JUnit and text reports of `check` say about the checkout under test and a fixed moment: which
/// checks were possible (`--evaluator`) and which instant `--at` stood for.
@Suite(.timeLimit(.minutes(3))) struct CheckEvaluatorReportTests {
  /// The top-level object of a JSON report.
  static func report(_ json: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }

  /// The `<property name=… value=…/>` lines of a JUnit report, by name (the first suite's).
  static func properties(_ xml: String) -> [String: String] {
    var found = [String: String]()
    for line in xml.split(separator: "\n") {
      let parts = line.split(separator: "\"", omittingEmptySubsequences: false)
      guard line.contains("<property name="), parts.count >= 4, found[String(parts[1])] == nil
      else {
        continue
      }
      found[String(parts[1])] = String(parts[3])
    }
    return found
  }

  @Test func theEngineAtItsOwnTimesHasNullEvaluatorAndMoment() throws {
    let run = CLIRun([
      "check", "Fixtures/examples/bedding.json", "--scenarios", "300", "--format", "json",
    ])
    let report = try Self.report(run.standardOutput)
    #expect(report["evaluator"] is NSNull)
    #expect(report["fixedMoment"] is NSNull)
    let junit = CLIRun([
      "check", "Fixtures/examples/bedding.json", "--scenarios", "300", "--format", "junit",
    ])
    #expect(Self.properties(junit.standardOutput)["evaluator"] == nil)
    #expect(Self.properties(junit.standardOutput)["fixedMoment"] == nil)
  }

  @Test func bareRefusalsAreCountedAndWrongReasonSkippedInJSONAndJUnit() throws {
    let file = "Fixtures/examples/bedding.json"
    let command =
      "exec python3 \(try CheckEvaluatorTests.buggy()) refused \(try CheckEvaluatorTests.stream(file))"
    let arguments = [
      "check", file, "--only", "bedding-20", "--scenarios", "300", "--evaluator", command,
      "--evaluator-window", "4",
    ]
    let json = CLIRun(arguments + ["--format", "json"])
    #expect(json.exitCode == 0)
    let evaluator = try #require(
      try Self.report(json.standardOutput)["evaluator"] as? [String: Any])
    #expect(evaluator["command"] as? String == command)
    #expect(evaluator["window"] as? Int == 4)
    #expect(evaluator["timeoutSeconds"] as? Double == 10)
    // 300 scenarios, each at least one request.
    #expect((evaluator["requests"] as? Int ?? 0) >= 300)
    #expect((evaluator["refusedCodeResults"] as? Int ?? 0) > 0)
    #expect(evaluator["checksSkipped"] as? [String] == ["wrongReason"])

    let junit = CLIRun(arguments + ["--format", "junit"])
    let properties = Self.properties(junit.standardOutput)
    #expect(properties["evaluator"] == command.replacingOccurrences(of: "\"", with: "&quot;"))
    #expect(properties["evaluatorWindow"] == "4")
    #expect(properties["checksSkipped"] == "wrongReason")
    #expect(Int(properties["refusedCodeResults"] ?? "") == evaluator["refusedCodeResults"] as? Int)
    #expect(Int(properties["evaluatorRequests"] ?? "") == evaluator["requests"] as? Int)

    // The HTML report says the same in its summary (the command escaped like every text from outside).
    let html = CLIRun(arguments + ["--format", "html"]).standardOutput
    #expect(html.contains("<p class=\"note\">Checkout under test: &quot;exec python3 "))
    #expect(html.contains("so wrongReason was not checked for them.</p>"))
  }

  @Test func aCheckoutThatNamesEveryStatusAllowsEveryCheck() throws {
    let file = "Fixtures/examples/bedding.json"
    let run = CLIRun([
      "check", file, "--only", "pillow-pair", "--scenarios", "300", "--evaluator",
      try CheckEvaluatorTests.stream(file), "--format", "json",
    ])
    let evaluator = try #require(try Self.report(run.standardOutput)["evaluator"] as? [String: Any])
    #expect(evaluator["refusedCodeResults"] as? Int == 0)
    #expect(evaluator["checksSkipped"] as? [String] == [])
    #expect(evaluator["window"] as? Int == 16)
    let text = CLIRun([
      "check", file, "--only", "pillow-pair", "--scenarios", "300", "--evaluator",
      try CheckEvaluatorTests.stream(file),
    ])
    #expect(
      text.standardOutput.contains(
        "Checks possible: all — amounts, applied or refused, invariants and reasons (every code result "
          + "named its status)."))
  }

  /// `--at now` is reported and reproduced as the instant it stood for.
  ///
  /// It is the run's start to the second: the clock reads 1,790,000,000.75 s since 1970, and
  /// 1,790,000,000 s = 20,717 days (2026-09-21: 2026-01-01 is day 20,454, plus 263 days) + 51,200 s
  /// (14 h 13 min 20 s), so the moment is 2026-09-21T14:13:20Z. The reports give it, and re-running with it
  /// gives the same findings.
  @Test func atNowIsReportedAndReproducedAsTheInstantUsed() throws {
    let file = "Fixtures/planted/shortfall.json"
    let arguments = ["check", file, "--scenarios", "300"]
    let now: Int64 = 1_790_000_000_750_000
    let moment = "2026-09-21T14:13:20Z"
    let text = CLIRun(arguments + ["--at", "now"], now: now)
    #expect(text.exitCode == 1)
    #expect(
      text.standardOutput.contains(
        "Every scenario at \(moment) (--at now, the moment the run started): window boundaries are "
          + "tested only where they fall at that moment."))
    #expect(text.standardOutput.contains("--at \(moment) --seed 1 --only planted-shortfall"))
    let reproduce = text.standardOutput.split(separator: "\n").filter { $0.contains("Reproduce:") }
    #expect(!reproduce.isEmpty)
    #expect(reproduce.allSatisfy { $0.contains("--at \(moment)") && !$0.contains("--at now") })

    let json = CLIRun(arguments + ["--at", "now", "--format", "json"], now: now)
    let report = try Self.report(json.standardOutput)
    let fixed = try #require(report["fixedMoment"] as? [String: Any])
    #expect(fixed["at"] as? String == moment)
    #expect(fixed["now"] as? Bool == true)
    let html = CLIRun(arguments + ["--at", "now", "--format", "html"], now: now)
    #expect(
      html.standardOutput.contains(
        "<p class=\"note\">Every scenario at \(moment) (--at now, the moment the run started): window "
          + "boundaries are tested only where they fall at that moment.</p>"))
    let junit = CLIRun(arguments + ["--at", "now", "--format", "junit"], now: now)
    #expect(Self.properties(junit.standardOutput)["fixedMoment"] == moment)
    #expect(Self.properties(junit.standardOutput)["fixedMomentIsNow"] == "true")

    // The reproduce command's moment, on another day, finds the same.
    let again = CLIRun(arguments + ["--at", moment, "--format", "json"], now: 0)
    #expect(
      try CheckEvaluatorTests.findings(again.standardOutput)
        == CheckEvaluatorTests.findings(json.standardOutput))
    let fixedAgain = try #require(
      try Self.report(again.standardOutput)["fixedMoment"] as? [String: Any])
    #expect(fixedAgain["now"] as? Bool == false)
  }
}
