import Foundation
import Testing

@testable import PromoGuardCLI

@Suite struct LintCommandTests {
  /// A campaign whose mechanics add a $50.00 minimum spend to terms that state none, expecting `expect`, in a
  /// shop of one $60.00 product (so reach is tested and clean).
  static func drifting(expect: String = "") -> String {
    """
    {"format": "promoguard/1", "campaigns": [
      {"id": "ten-off", "name": "Ten off", "currency": "USD",
       "activation": {"codes": ["TENOFF-2026"]}, "benefit": {"amountOff": "10.00"},
       "conditions": {"minSubtotal": "50.00"},
       "terms": {"benefit": {"amountOff": "10.00"}}\(expect)}],
     "catalog": {"products": [{"sku": "LAMP", "price": "60.00"}]}}
    """
  }

  /// Writes `text` to a fresh temporary file and returns its path.
  static func write(_ text: String, suffix: String = ".json") throws -> String {
    let path = "/tmp/promoguard-lint-tests-\(UInt64.random(in: 0...UInt64.max))\(suffix)"
    try #require(FileWriter.write(text, to: path), "could not write \(path)")
    return path
  }

  static let driftSummary =
    "termsDrift: the mechanics require a minimum spend of $50.00 (conditions.minSubtotal) that the "
    + "terms do not state"

  @Test func reportsAnUnexpectedFindingWithItsPlaceAndFails() throws {
    let path = try Self.write(Self.drifting())
    let run = CLIRun(["lint", path])
    // Line 4 is `   "conditions": ...`: the key's quote is in column 4.
    #expect(run.exitCode == 1)
    #expect(run.standardError == "")
    #expect(
      run.standardOutput == """
        \(path)
          ten-off (Ten off): fails
            \(path):4:4: \(Self.driftSummary)

        1 campaign in 1 file: 1 finding (0 expected, 1 unexpected), 0 expected kinds not found. \
        Lint fails.

        """)
  }

  @Test func passesWhenTheFindingIsExpected() throws {
    let path = try Self.write(Self.drifting(expect: #", "expectFindings": ["termsDrift"]"#))
    let run = CLIRun(["lint", path])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("\(path):4:4: \(Self.driftSummary) (expected)\n"))
    #expect(
      run.standardOutput.hasSuffix(
        "1 campaign in 1 file: 1 finding (1 expected, 0 unexpected), 0 expected kinds not found. "
          + "Lint passes.\n"))
  }

  @Test func failsWhenAnExpectedKindIsNotFound() throws {
    let path = try Self.write(
      Self.drifting(expect: #", "expectFindings": ["termsDrift", "leak", "shortfall"]"#))
    let run = CLIRun(["lint", path])
    // leak is a kind lint finds, so its absence fails; shortfall needs generated checkouts.
    #expect(run.exitCode == 1)
    #expect(
      run.standardOutput.contains(
        "    \(path):2:3: leak: expected (expectFindings) but not found — fix the expectation or "
          + "restore the check\n"
          + "    also expected, found only with generated checkouts (promoguard check): shortfall\n"
      ))
    #expect(run.standardOutput.contains("1 expected kind not found. Lint fails."))
  }

  @Test func writesJSONWithStableKeys() throws {
    let path = try Self.write(Self.drifting())
    let run = CLIRun(["lint", path, "--format", "json"])
    #expect(run.exitCode == 1)
    #expect(
      run.standardOutput == """
        {
          "passes": false,
          "summary": {
            "files": 1,
            "campaigns": 1,
            "findings": 1,
            "expected": 0,
            "unexpected": 1,
            "missingExpected": 0
          },
          "campaigns": [
            {
              "campaign": "ten-off",
              "name": "Ten off",
              "file": "\(path)",
              "passes": false,
              "findings": [
                {
                  "kind": "termsDrift",
                  "campaign": "ten-off",
                  "file": "\(path)",
                  "line": 4,
                  "column": 4,
                  "message": null,
                  "summary": "the mechanics require a minimum spend of $50.00 (conditions.minSubtotal) that the terms do not state",
                  "count": 1,
                  "expected": false
                }
              ],
              "reachTested": true,
              "missingExpected": [],
              "notChecked": []
            }
          ]
        }

        """)
  }

  @Test func reportsOnlyTheCampaignsAskedFor() throws {
    let path = try Self.write(
      """
      {"format": "promoguard/1", "campaigns": [
        {"id": "ten-off", "name": "Ten off", "currency": "USD",
         "activation": {"codes": ["TENOFF-2026"]}, "benefit": {"amountOff": "10.00"},
         "conditions": {"minSubtotal": "50.00"}, "terms": {"benefit": {"amountOff": "10.00"}}},
        {"id": "clean", "name": "Clean", "currency": "USD",
         "activation": {"codes": ["CLEANCODE-2026"]}, "benefit": {"percentOff": 5}}]}
      """)
    let run = CLIRun(["lint", path, "--only", "clean"])
    // The file has no catalog: a warning recommends one, and lint still passes.
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput
        == "\(path): warning: no catalog: reach not tested for 1 campaign — add a \"catalog\" of the "
        + "shop's products so that lint can check that a real basket can get each discount\n\n"
        + "1 campaign in 1 file: 0 findings (0 expected, 0 unexpected), 0 expected kinds not found. "
        + "Lint passes.\n")
  }

  @Test func saysInJSONThatReachWasNotTestedWithoutACatalog() throws {
    let path = try Self.write(
      """
      {"format": "promoguard/1", "campaigns": [
        {"id": "clean", "name": "Clean", "currency": "USD",
         "activation": {"codes": ["CLEANCODE-2026"]}, "benefit": {"percentOff": 5}}]}
      """)
    let run = CLIRun(["lint", path, "--format", "json"])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains(#""reachTested": false"#))
  }

  @Test func reportsANameNoCatalogProductCarriesWithTheNearestOne() throws {
    let path = try Self.write(
      """
      {"format": "promoguard/1", "campaigns": [
        {"id": "socks", "name": "Socks", "currency": "USD", "activation": {"automatic": true},
         "target": {"include": {"categories": ["Socks"]}}, "benefit": {"percentOff": 10}}],
       "catalog": {"products": [{"sku": "S1", "categories": ["socks"], "price": "4.00"},
                                {"sku": "S2", "categories": ["socks"], "price": "5.00"}]}}
      """)
    let run = CLIRun(["lint", path])
    // Line 3 has 3 spaces of indentation: `"include"` starts in column 15, `"Socks"` in column 42.
    #expect(run.exitCode == 1)
    #expect(
      run.standardOutput == """
        \(path)
          socks (Socks): fails
            \(path):3:42: unreachable: target.include.categories: "Socks" matches no product in the \
        catalog — the catalog has "socks" (2 products); checkout discounts no product by this name
            \(path):3:15: unreachable: nobody can get the discount: no product in the catalog carries \
        the category "Socks" (target.include), so no basket holds anything to discount

        1 campaign in 1 file: 2 findings (0 expected, 2 unexpected), 0 expected kinds not found. \
        Lint fails.

        """)
  }

  @Test func refusesAnUnknownCampaignIdAndBadArguments() throws {
    let path = try Self.write(Self.drifting())
    let unknown = CLIRun(["lint", path, "--only", "ten-of"])
    #expect(unknown.exitCode == 2)
    #expect(
      unknown.standardError.hasPrefix(
        "error: --only ten-of: no campaign has this id (did you mean 'ten-off'?)\n"))
    let noPath = CLIRun(["lint"])
    #expect(noPath.exitCode == 2)
    #expect(
      noPath.standardError.hasPrefix(
        "error: missing PATH: name the campaign files or directories to lint\n"))
    let format = CLIRun(["lint", path, "--format", "xml"])
    #expect(format.exitCode == 2)
    #expect(format.standardError.hasPrefix("error: unknown format 'xml': use text, json or html\n"))
  }

  @Test func exitsTwoOnABadCampaignFile() throws {
    let path = try Self.write(#"{"format": "promoguard/1", "campaigns": [{"id": "x"}]}"#)
    let run = CLIRun(["lint", path])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput == "")
    #expect(run.standardError.contains("\(path):1:"))
  }

  @Test func skipsEarlierVersionsKeptForDiffInDirectories() throws {
    let directory = "/tmp/promoguard-lint-tests-dir-\(UInt64.random(in: 0...UInt64.max))"
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    let campaign = Self.drifting(expect: #", "expectFindings": ["termsDrift"]"#)
    try #require(FileWriter.write(campaign, to: directory + "/offer.json"))
    // The same id again: loaded together it would be a load error, so it must be skipped.
    try #require(FileWriter.write(campaign, to: directory + "/offer.previous.json"))
    let run = CLIRun(["lint", directory])
    #expect(run.exitCode == 0)
    #expect(run.standardError == "")
    #expect(run.standardOutput.contains("1 campaign in 1 file:"))
  }

  @Test func passesOnTheStories() {
    let run = CLIRun(["lint", "Fixtures/stories"])
    // 5 stories × (broken + fixed) = 10 files; Waitrose has 2 campaigns per file, the others 1: 12
    // campaigns. Findings: Furs 1, Shutterfly 1, Prezzo 1, Waitrose 1, Zappos 2 = 6, all expected.
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput.hasSuffix(
        "12 campaigns in 10 files: 6 findings (6 expected, 0 unexpected), 0 expected kinds not "
          + "found. Lint passes.\n"))
  }
}
