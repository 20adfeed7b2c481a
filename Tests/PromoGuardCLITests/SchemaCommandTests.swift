import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCLI

/// `promoguard schema`, and the exit codes each command's help lists.
@Suite struct SchemaCommandTests {
  @Test(arguments: ["campaign", "checkout"]) func printsTheCommittedSchema(_ name: String) throws {
    let run = CLIRun(["schema", name])
    #expect(run.exitCode == 0)
    #expect(run.standardError == "")
    #expect(
      run.standardOutput.hasPrefix(
        "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Docs/schema/\(name).schema.json")
    #expect(run.standardOutput == (try String(contentsOf: file, encoding: .utf8)))
  }

  @Test func refusesAnUnknownSchemaWithANearMiss() {
    let run = CLIRun(["schema", "campain"])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.hasPrefix(
        "error: unknown schema 'campain' (did you mean 'campaign'?): use campaign or checkout\n"))
  }

  @Test(arguments: [
    ("evaluate", ["0"], ["1", "3"]), ("explain", ["0"], ["1", "3"]), ("terms", ["0"], ["1", "3"]),
    ("schema", ["0"], ["1", "3"]), ("lint", ["0", "1"], ["3"]), ("diff", ["0", "1"], ["3"]),
    ("check", ["0", "1", "3"], []),
  ])
  func eachHelpListsItsOwnExitCodes(_ command: String, listed: [String], absent: [String]) {
    let help = CLIRun([command, "--help"]).standardOutput
    let codes = help.split(separator: "\n").filter {
      $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true
        && $0.dropFirst(3).hasPrefix("  ")
    }.compactMap { $0.dropFirst(2).first.map(String.init) }
    #expect(codes == (listed + ["2"]).sorted(), "\(command): \(codes)")
    for code in absent { #expect(!codes.contains(code)) }
  }
}
