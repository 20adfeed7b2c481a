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
    // Line 4 is `   "conditions": ...`: the key's quote is in column 4. The witness: $40.00, under the $50.00
    // minimum the terms do not state, so the promised $10.00 off is refused.
    #expect(run.exitCode == 1)
    #expect(run.standardError == "")
    #expect(
      run.standardOutput == """
        \(path)
          ten-off (Ten off): fails
            \(path):4:4: \(Self.driftSummary)
              Smallest checkout (2 shrinking steps):
                at Monday 15 June 2026, 12:00 UTC (2026-06-15T12:00:00Z)
                channel web, currency USD
                customer gen-customer (first order)
                1 × LAMP at $40.00
                codes: "TENOFF-2026"
              Promised: $10.00 off the eligible items: $10.00
              Checkout did: refused TENOFF-2026: conditionsNotMet
              Checkout said: TENOFF-2026: conditionsNotMet — "To use "Ten off": spend at least $50.00 on \
        eligible items (the basket has $40.00 — add $10.00 of eligible items)."

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
                  "location": {
                    "file": "\(path)",
                    "line": 4,
                    "column": 4
                  },
                  "message": null,
                  "summary": "the mechanics require a minimum spend of $50.00 (conditions.minSubtotal) that the terms do not state",
                  "count": 1,
                  "expected": false,
                  "example": {
                    "checkout": {
                      "currency": "USD",
                      "lines": [
                        {
                          "sku": "LAMP",
                          "name": "LAMP",
                          "categories": [],
                          "tags": [],
                          "unitPrice": "40.00",
                          "quantity": 1
                        }
                      ],
                      "shipping": "0.00",
                      "customer": {
                        "id": "gen-customer",
                        "segments": [],
                        "orderCount": 0,
                        "redemptions": {}
                      },
                      "channel": "web",
                      "at": "2026-06-15T12:00:00Z",
                      "codes": [
                        "TENOFF-2026"
                      ]
                    },
                    "when": "Monday 15 June 2026, 12:00 UTC (2026-06-15T12:00:00Z)",
                    "basket": [
                      "1 × LAMP at $40.00"
                    ],
                    "promised": "$10.00 off the eligible items: $10.00",
                    "actual": "refused TENOFF-2026: conditionsNotMet",
                    "told": "TENOFF-2026: conditionsNotMet — \\"To use \\"Ten off\\": spend at least $50.00 on eligible items (the basket has $40.00 — add $10.00 of eligible items).\\"",
                    "seed": 1,
                    "shrinkSteps": 2
                  },
                  "recipients": null
                }
              ],
              "reachTested": true,
              "missingExpected": [],
              "notChecked": [],
              "warnings": []
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
         "activation": {"codes": ["CLEANCODE-2026"]}, "benefit": {"percentOff": 5},
         "stacking": {"priority": 1}}]}
      """)
    // `clean` has its own priority: $10 off and 5% off at one priority would be warned about (issue 11).
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
      unknown.standardError
        == "error: --only ten-of: no campaign has this id (did you mean 'ten-off'?)\n")
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

  /// A campaign starting at 02:30 on the day New York springs forward and ending at 01:30 on the day it
  /// falls back: both load, each with a warning naming the moment used.
  static let daylightSaving = """
    {"format": "promoguard/1", "campaigns": [
      {"id": "dst", "name": "DST", "currency": "USD", "timeZone": "America/New_York",
       "starts": "2024-03-10T02:30",
       "ends": "2024-11-03T01:30",
       "activation": {"codes": ["DST-2024-Q9X"]}, "benefit": {"percentOff": 5}}]}
    """

  @Test func warnsAboutStartsAndEndsDaylightSavingSkippedOrRepeatedWithoutFailing() throws {
    let path = try Self.write(Self.daylightSaving)
    let run = CLIRun(["lint", path])
    // Line 3 is `   "starts": ...`: the value's quote is in column 14; line 4 likewise for "ends" (column 12).
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput == """
        \(path)
          dst (DST): passes
            \(path):3:14: warning: "2024-03-10T02:30" in America/New_York did not exist: the clocks \
        jumped forward 1 hour over it, so 2024-03-10T03:30:00-04:00 (2024-03-10T07:30:00Z) was used — \
        write the time with an offset to say which moment you mean
            \(path):4:12: warning: "2024-11-03T01:30" in America/New_York happened twice: the clocks \
        went back over it, so the earlier moment, 2024-11-03T01:30:00-04:00 (2024-11-03T05:30:00Z), was \
        used, not the later 2024-11-03T01:30:00-05:00 — write the time with an offset to say which moment \
        you mean

        \(path): warning: no catalog: reach not tested for 1 campaign — add a "catalog" of the shop's \
        products so that lint can check that a real basket can get each discount

        1 campaign in 1 file: 0 findings (0 expected, 0 unexpected), 0 expected kinds not found, \
        2 warnings. Lint passes.

        """)
    let json = CLIRun(["lint", path, "--format", "json"])
    #expect(json.exitCode == 0)
    #expect(json.standardOutput.contains(#""path": "campaigns[0].starts","#))
  }
}
