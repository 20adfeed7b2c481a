import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCLI

/// `promoguard check` on a budget: untested campaigns exit 3, findings still win with 1, a JUnit report is
/// written even when the input does not load, and reproduce commands start the way the tool was started.
@Suite struct CheckBudgetTests {
  /// 10% off everything, automatic: 23 boundary scenarios.
  static let correct = CheckCommandTests.correct
  /// Mechanics open to everyone, terms only for VIPs: the audit finds a leak whatever the scenarios.
  static let leaky = """
    {"format": "promoguard/1", "campaigns": [
      {"id": "leaky", "name": "15% off", "currency": "USD", "activation": {"codes": ["LEAK15"]},
       "benefit": {"percentOff": 15},
       "terms": {"benefit": {"percentOff": 15}, "audience": {"segments": ["vip"]}}}]}
    """

  @Test func fewerScenariosThanTheBoundariesExitsThree() throws {
    let path = try CheckCommandTests.write(Self.correct, name: "ok.json")
    let output = path + ".xml"
    let run = CLIRun(
      ["check", path, "--scenarios", "10", "--format", "junit", "--output", output])
    #expect(run.exitCode == 3)
    #expect(run.standardOutput.contains("UNTESTED ten-off (\(path)): 10 scenarios\n"))
    #expect(
      run.standardOutput.contains(
        "  untested: only 10 of its 23 boundary scenarios ran, so it cannot pass; run at least 23 "
          + "scenarios (--scenarios 23)\n"))
    #expect(run.standardOutput.contains("1 campaign in 1 file: 0 pass, 0 fail, 1 untested;"))
    let xml = try String(contentsOfFile: output, encoding: .utf8)
    #expect(xml.contains("<failure type=\"untested\" message=\"untested: only 10 of its 23"))
    #expect(!xml.contains("<skipped"))
  }

  @Test func findingsWinOverUntestedWithExitOne() throws {
    let path = try CheckCommandTests.write(Self.leaky, name: "leaky.json")
    let run = CLIRun(["check", path, "--scenarios", "5"])
    #expect(run.exitCode == 1)
    #expect(run.standardOutput.contains("FAIL leaky (\(path)): 5 scenarios\n  untested: only 5 of"))
  }

  @Test func reproduceCommandsRepeatThePersonsPathsAndOptions() throws {
    let path = try CheckCommandTests.write(Self.leaky, name: "leaky.json")
    let run = CLIRun(["check", path, "--scenarios", "200", "--seed", "4", "--shard", "1/1"])
    #expect(run.exitCode == 1)
    #expect(
      run.standardOutput.contains(
        "    Reproduce: promoguard check \(path) --scenarios 200 --seed 4 --only leaky\n"))
    var io = CommandIO(
      readStandardInput: { [] }, now: { .init(microsecondsSinceEpoch: 0) }, isErrorTerminal: false,
      workingDirectory: "/", environment: [:], tool: ["swift", "run", "promoguard"])
    #expect(CommandLineTool.run(["check", path, "--scenarios", "200"], io: &io) == 1)
    #expect(
      io.standardOutput.contains(
        "    Reproduce: swift run promoguard check \(path) --scenarios 200 --seed 1 --only leaky\n")
    )
  }

  struct LoadFailure: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var extra: [String]
    var message: String
    var testDescription: String { name }
  }

  static let loadFailures = [
    LoadFailure(
      name: "a file that does not decode", text: #"{"format": "promoguard/1", "campaigns": [}"#,
      extra: [], message: ":1:"),
    LoadFailure(
      name: "an unknown --only", text: CheckCommandTests.correct, extra: ["--only", "nope"],
      message: "error: --only nope: no campaign has this id"),
  ]

  @Test(arguments: loadFailures) func aLoadFailureStillWritesTheJUnitReport(_ failure: LoadFailure)
    throws
  {
    let path = try CheckCommandTests.write(failure.text, name: "bad.json")
    let output = path + ".xml"
    let run = CLIRun(["check", path, "--format", "junit", "--output", output] + failure.extra)
    #expect(run.exitCode == 2)
    let xml = try String(contentsOfFile: output, encoding: .utf8)
    #expect(xml.contains("errors=\"1\""))
    #expect(
      xml.contains("<testcase classname=\"promoguard check\" name=\"load \(path)\" time=\"0.000\">")
    )
    #expect(xml.contains("<error type=\"badInput\" message=\""))
    #expect(xml.contains(failure.message))
  }

  @Test func theExitCodesAreInTheHelp() {
    let run = CLIRun(["check", "--help"])
    #expect(
      run.standardOutput.contains("  3  some campaigns untested: fewer scenarios ran"))
  }

  struct InvocationCase: Sendable, CustomTestStringConvertible {
    var programPath: String
    var expected: [String]
    var testDescription: String { programPath.isEmpty ? "(empty)" : programPath }
  }

  static let invocations = [
    InvocationCase(programPath: "promoguard", expected: ["promoguard"]),
    InvocationCase(
      programPath: ".build/x86_64-unknown-linux-gnu/debug/promoguard",
      expected: ["swift", "run", "promoguard"]),
    InvocationCase(
      programPath: ".build/aarch64-unknown-linux-gnu/release/promoguard",
      expected: ["swift", "run", "-c", "release", "promoguard"]),
    InvocationCase(
      programPath: "/work/pg/.build/x86_64-unknown-linux-gnu/debug/promoguard",
      expected: ["swift", "run", "promoguard"]),
    InvocationCase(
      programPath: "/work/pg/.build/debug/promoguard",
      expected: ["/work/pg/.build/debug/promoguard"]),
    InvocationCase(
      programPath: "/src/pg/.build/arm64-apple-macosx/debug/promoguard",
      expected: ["swift", "run", "--package-path", "/src/pg", "promoguard"]),
    InvocationCase(
      programPath: ".build/release/promoguard", expected: [".build/release/promoguard"]),
    InvocationCase(
      programPath: "/usr/local/bin/promoguard", expected: ["/usr/local/bin/promoguard"]),
    InvocationCase(programPath: "", expected: ["promoguard"]),
  ]

  @Test(arguments: invocations) func theToolIsStartedAgainTheWayItWasStarted(_ c: InvocationCase) {
    #expect(
      ToolInvocation.words(programPath: c.programPath, workingDirectory: "/work/pg/") == c.expected)
  }
}
