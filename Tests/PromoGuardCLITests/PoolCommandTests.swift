import Foundation
import Testing

@testable import PromoGuardCLI

/// `terms`, `evaluate` and `lint` on a campaign whose activation is a code pool (read through the library).
@Suite struct PoolCommandTests {
  static let campaign = CLIRun.repositoryRoot + "/Tests/PoolFixture/welcome.json"

  @Test func termsTellTheCustomerToEnterTheCodeTheyWereSent() {
    let run = CLIRun(["terms", Self.campaign])
    #expect(run.exitCode == 0)
    // The pool's facts (harness branch): single use by default, `validFor` P14D, a customer column.
    #expect(
      run.standardOutput.contains(
        "- Use the code sent to you.\n- One use per code.\n- Valid for 14 days from the email.\n"
          + "- Issued to one customer: only they can use it.\n"))
  }

  @Test func evaluateSaysAUsedPoolCodeHasBeenUsed() throws {
    let path = "/tmp/promoguard-pool-checkout-\(UInt64.random(in: 0...UInt64.max)).json"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let checkout = #"""
      {"currency": "USD", "lines": [{"sku": "TOWEL", "unitPrice": "40.00"}], "customer": {"id": "c-1001"},
       "at": "2026-10-25T16:00:00Z", "codes": ["welcome 7f3k q2zd"], "usedCodes": ["WELCOME-7F3K-Q2ZD"]}
      """#
    try #require(FileWriter.write(checkout, to: path))
    let run = CLIRun(["evaluate", "--campaigns", Self.campaign, "--checkout", path])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains(#""status": "limitReached""#))
    #expect(run.standardOutput.contains(#""kind": "singleUse""#))
  }

  @Test func lintReportsEveryProblemOfThePoolFileAndExits2() throws {
    let folder = "/tmp/promoguard-pool-lint-\(UInt64.random(in: 0...UInt64.max))"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(
      atPath: folder + "/codes", withIntermediateDirectories: true)
    let campaign = #"""
      {"format": "promoguard/1", "campaigns": [{"id": "w", "name": "W", "currency": "USD",
       "activation": {"pool": {"file": "codes/w.csv"}}, "benefit": {"percentOff": 15}}]}
      """#
    try #require(FileWriter.write(campaign, to: folder + "/w.json"))
    // Line 3 repeats line 2 under relaxed matching; line 4 has a field too many (column 9).
    try #require(
      FileWriter.write("code,customer\nAB-12,\nab 12,\nCD-34,c,x\n", to: folder + "/codes/w.csv"))
    let run = CLIRun(["lint", folder + "/w.json"])
    #expect(run.exitCode == 2)
    #expect(
      (run.standardError + run.standardOutput).contains(
        folder + "/codes/w.csv:4:9: expected 2 fields as in the header, found 3"))
    #expect(
      (run.standardError + run.standardOutput).contains(
        folder
          + "/codes/w.csv:3:1: the code \"ab 12\" is the same to checkout as \"AB-12\" on line 2"))
  }
}
