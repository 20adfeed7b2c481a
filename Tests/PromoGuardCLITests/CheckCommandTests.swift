import Foundation
import Testing

@testable import PromoGuardCLI

/// `promoguard check`: options, exit codes and reports.
@Suite struct CheckCommandTests {
  /// A correct campaign: 10% off everything, automatic; the promise is its mechanics.
  static let correct = """
    {"format": "promoguard/1", "campaigns": [
      {"id": "ten-off", "name": "10% off", "currency": "USD", "activation": {"automatic": true},
       "benefit": {"percentOff": 10}}]}
    """
  /// The same campaign listing a finding it cannot show: the check must fail it.
  static let expectsTooMuch = """
    {"format": "promoguard/1", "campaigns": [
      {"id": "ten-off-x", "name": "10% off", "currency": "USD", "activation": {"automatic": true},
       "benefit": {"percentOff": 10}, "expectFindings": ["shortfall"]}]}
    """

  static func write(_ text: String, name: String) throws -> String {
    let directory = NSTemporaryDirectory() + "promoguard-check-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/" + name
    #expect(FileWriter.write(text, to: path))
    return path
  }

  @Test func aPassingCampaignExitsZeroAndPrintsTheSeed() throws {
    let path = try Self.write(Self.correct, name: "ok.json")
    let run = CLIRun(["check", path, "--scenarios", "50", "--seed", "9"])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("PASS ten-off (\(path)): 50 scenarios"))
    #expect(run.standardOutput.contains("Seed 9."))
  }

  @Test func anExpectedFindingThatIsNotFoundFailsWithExitOne() throws {
    let path = try Self.write(Self.expectsTooMuch, name: "x.json")
    let run = CLIRun(["check", path, "--scenarios", "50"])
    #expect(run.exitCode == 1)
    #expect(run.standardOutput.contains("FAIL ten-off-x (\(path)): 50 scenarios"))
    #expect(run.standardOutput.contains("missing: shortfall"))
  }

  struct BadArguments: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let badArguments = [
    BadArguments(
      arguments: ["--shard", "0/2"],
      message: "error: --shard expects i/n with 1 ≤ i ≤ n, such as 2/4, found '0/2'"),
    BadArguments(
      arguments: ["--format", "xml"],
      message: "error: --format expects text, json, junit or html, found 'xml'"),
    BadArguments(
      arguments: ["--scenarios", "0"],
      message: "error: --scenarios expects a whole number from 1 to 100000000, found '0'"),
    BadArguments(
      arguments: ["--seed", "-1"],
      message: "error: --seed expects a whole number from 0 to 2^64−1, found '-1'"),
    BadArguments(
      arguments: ["--time-limit", "0"],
      message:
        "error: --time-limit expects a number of seconds above 0, such as 30 or 2.5, found '0'"),
    BadArguments(
      arguments: ["--only", "nope"],
      message: "error: --only nope: no campaign has this id"),
  ]

  @Test(arguments: badArguments) func badArgumentsExitTwo(_ bad: BadArguments) throws {
    let path = try Self.write(Self.correct, name: "ok.json")
    let run = CLIRun(["check", path] + bad.arguments)
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix(bad.message + "\n"))
  }

  @Test func aJUnitReportGoesToTheOutputFileAndTheTextToStandardOutput() throws {
    let path = try Self.write(Self.correct, name: "ok.json")
    let output = path + ".xml"
    let run = CLIRun(["check", path, "--scenarios", "50", "--format", "junit", "--output", output])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("PASS ten-off"))
    #expect(run.standardOutput.hasSuffix("Report written to \(output). Seed 1.\n"))
    let xml = try String(contentsOfFile: output, encoding: .utf8)
    #expect(xml.contains("<testcase classname=\"\(path)\" name=\"ten-off\" time=\""))
  }

  @Test func theJSONReportGoesToStandardOutput() throws {
    let path = try Self.write(Self.correct, name: "ok.json")
    let run = CLIRun(["check", path, "--scenarios", "50", "--format", "json", "--shard", "1/1"])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.hasPrefix("{\n  \"format\": \"promoguard-check/1\","))
    #expect(run.standardOutput.contains("\"shard\": \"1/1\""))
  }

  @Test func noPathIsAUsageError() {
    let run = CLIRun(["check"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("error: missing PATH"))
  }

  @Test func theSeedComesFromTheEnvironmentWhenNotGiven() throws {
    let path = try Self.write(Self.correct, name: "ok.json")
    var io = CommandIO(
      readStandardInput: { [] }, now: { .init(microsecondsSinceEpoch: 0) }, isErrorTerminal: false,
      workingDirectory: "/", environment: ["PROMOGUARD_SEED": "77"])
    let code = CommandLineTool.run(["check", path, "--scenarios", "50"], io: &io)
    #expect(code == 0)
    #expect(io.standardOutput.contains("Seed 77."))
  }

  @Test func theCommandIsListedInTheHelp() {
    let run = CLIRun(["--help"])
    #expect(run.standardOutput.contains("  check"))
  }
}
