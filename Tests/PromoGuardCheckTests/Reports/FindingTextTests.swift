import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The customer's side of a finding: basket with catalog names, the moment in the campaign's zone and UTC,
/// what checkout said, the message, and a reproduce command as the person ran the tool.
@Suite struct FindingTextTests {
  struct MomentCase: Sendable, CustomTestStringConvertible {
    var name: String
    var seconds: Int64
    var line: String
    var testDescription: String { name }
  }

  static let moments = [
    MomentCase(
      name: "winter (UTC-5)", seconds: 1_797_222_600,
      line: "at Sunday 13 December 2026, 23:30 New York time (2026-12-14T04:30:00Z)"),
    MomentCase(
      name: "summer (UTC-4)", seconds: 1_783_222_200,
      line: "at Saturday 4 July 2026, 23:30 New York time (2026-07-05T03:30:00Z)"),
    MomentCase(
      name: "the repeated hour", seconds: 1_793_514_600,
      line: "at Sunday 1 November 2026, 01:30 New York time, UTC-05:00 (2026-11-01T06:30:00Z)"),
  ]

  static func checkout(at seconds: Int64) -> Checkout {
    Checkout(
      currency: .usd,
      lines: [
        Checkout.Line(
          sku: "SABLE-THROW", name: "Sable throw", categories: ["throws"], tags: [],
          unitPrice: Money(minorUnits: 14_900, currency: .usd), quantity: 1),
        Checkout.Line(
          sku: "GEN-CAT-throws", name: "gen-cat-throws", categories: ["throws"], tags: [],
          unitPrice: Money(minorUnits: 2_500, currency: .usd), quantity: 2),
      ],
      channel: "web", at: Instant(microsecondsSinceEpoch: seconds * 1_000_000), codes: ["SEPT20"])
  }

  static func result(at seconds: Int64, tool: [String]) throws -> CheckResult {
    let zone = try #require(Zone(identifier: "America/New_York"))
    let campaign = Campaign(
      id: "sept-20", name: "20% off throws",
      mechanics: Rules(currency: .usd, zone: zone, benefit: .percentOff(.hundred)), terms: nil,
      location: FileLocation(file: "Fixtures/sept.json", line: 3, column: 5))
    let finding = Finding(
      kind: .rejectedEligible, campaignID: "sept-20", file: "Fixtures/sept.json",
      messageID: "sept-email",
      summary: "checkout refuses SEPT20 with expired, a reason the terms do not state", count: 3,
      example: FindingExample(
        checkout: checkout(at: seconds), promised: "20% off the eligible items: $39.80",
        actual: "refused SEPT20: expired",
        told: "SEPT20: expired — \"The offer ended on Sunday.\"", seed: 7,
        shrinkSteps: 2))
    let report = CampaignReport(
      campaign: campaign, file: "Fixtures/sept.json", findings: [finding], scenarios: 2_000,
      checkedKinds: CheckRun.harnessKinds, boundaryScenarios: 40,
      scenarioKinds: CheckRun.harnessKinds, catalog: .skus(["SABLE-THROW"]))
    return CheckResult(
      reports: [report], seed: 7, scenariosPerCampaign: 2_000, shard: nil,
      stoppedByTimeLimit: false, duration: .milliseconds(250),
      invocation: Invocation(tool: tool, arguments: ["Fixtures"]))
  }

  @Test(arguments: moments) func aFindingShowsTheCustomersSide(_ moment: MomentCase) throws {
    let text = TextReport.render(
      try Self.result(at: moment.seconds, tool: ["swift", "run", "promoguard"]))
    #expect(
      text == """
        promoguard check — seed 7, 2000 scenarios per campaign

        FAIL sept-20 (Fixtures/sept.json): 2000 scenarios
          rejectedEligible in 3 scenarios: checkout refuses SEPT20 with expired, a reason the terms do not state
            Message: sept-email
            Smallest checkout (2 shrinking steps):
              \(moment.line)
              channel web, currency USD
              guest (not signed in)
              1 × Sable throw (SABLE-THROW, throws) at $149.00
              2 × an item in category throws (invented: not in the file's catalog) at $25.00
              codes: "SEPT20"
            Promised: 20% off the eligible items: $39.80
            Checkout did: refused SEPT20: expired
            Checkout said: SEPT20: expired — "The offer ended on Sunday."
            Reproduce: swift run promoguard check Fixtures --seed 7 --only sept-20

        1 campaign in 1 file: 0 pass, 1 fail; 2000 scenarios in 0.250 s. Seed 7.

        """)
  }

  @Test func theJSONExampleCarriesTheCustomersSide() throws {
    let result = try Self.result(at: 1_797_222_600, tool: ["promoguard"])
    let report = try #require(result.reports.first)
    let finding = try #require(report.findings.first)
    let json = JSONReport.finding(finding, report: report, result: result).rendered(.compact)
    #expect(
      json.contains(
        #""when":"Sunday 13 December 2026, 23:30 New York time (2026-12-14T04:30:00Z)","#
          + #""basket":["1 × Sable throw (SABLE-THROW, throws) at $149.00","#
          + #""2 × an item in category throws (invented: not in the file's catalog) at $25.00"],"#
          + #""promised":"20% off the eligible items: $39.80","actual":"refused SEPT20: expired","#
          + #""told":"SEPT20: expired — \"The offer ended on Sunday.\"","#))
    #expect(json.contains(#""message":"sept-email""#))
  }

  struct ReproduceCase: Sendable, CustomTestStringConvertible {
    var tool: [String]
    var arguments: [String]
    var expected: String
    var testDescription: String { expected }
  }

  static let reproduceCases = [
    ReproduceCase(
      tool: ["promoguard"], arguments: ["Fixtures/examples", "--scenarios", "500"],
      expected: "promoguard check Fixtures/examples --scenarios 500 --seed 7 --only sept-20"),
    ReproduceCase(
      tool: ["swift", "run", "promoguard"], arguments: ["Fixtures"],
      expected: "swift run promoguard check Fixtures --seed 7 --only sept-20"),
    ReproduceCase(
      tool: ["swift", "run", "-c", "release", "promoguard"], arguments: ["a.json", "b.json"],
      expected: "swift run -c release promoguard check a.json b.json --seed 7 --only sept-20"),
    ReproduceCase(
      tool: ["promoguard"], arguments: ["my campaigns/it's.json"],
      expected: "promoguard check 'my campaigns/it'\\''s.json' --seed 7 --only sept-20"),
    ReproduceCase(
      tool: ["promoguard"], arguments: ["--time-limit", "30", "--", "-odd.json"],
      expected: "promoguard check --time-limit 30 --seed 7 --only sept-20 -- -odd.json"),
  ]

  @Test(arguments: reproduceCases) func theReproduceCommandIsTheWayThePersonRanIt(
    _ c: ReproduceCase
  ) {
    #expect(
      Invocation(tool: c.tool, arguments: c.arguments).reproduce(campaignID: "sept-20", seed: 7)
        == c.expected)
  }

  @Test func aRunWithoutAnInvocationNamesTheFile() throws {
    var result = try Self.result(at: 1_797_222_600, tool: ["promoguard"])
    result.invocation = nil
    let report = try #require(result.reports.first)
    #expect(
      TextReport.reproduce(report, result: result)
        == "promoguard check Fixtures/sept.json --seed 7 --only sept-20")
  }

  struct ItemCase: Sendable, CustomTestStringConvertible {
    var sku: String
    var categories: [String]
    var tags: [String]
    var catalog: WitnessCatalog
    var expected: String
    var testDescription: String { expected }
  }

  static let itemCases = [
    ItemCase(
      sku: "SABLE-THROW", categories: ["throws"], tags: ["new"], catalog: .skus(["SABLE-THROW"]),
      expected: "Sable throw (SABLE-THROW, throws, #new)"),
    ItemCase(
      sku: "GEN-CAT-throws", categories: ["throws"], tags: [], catalog: .absent,
      expected: "an item in category throws (invented: the file has no catalog)"),
    ItemCase(
      sku: "GEN-MIX-bedding-clearance", categories: ["bedding", "clearance"], tags: [],
      catalog: .absent,
      expected: "an item in categories bedding and clearance (invented: the file has no catalog)"),
    ItemCase(
      sku: "GEN-TAG-sale", categories: [], tags: ["sale"], catalog: .skus([]),
      expected: "an item tagged #sale (invented: not in the file's catalog)"),
    ItemCase(
      sku: "SHEARS", categories: [], tags: [], catalog: .absent,
      expected: "an item with SKU SHEARS (invented: the file has no catalog)"),
    ItemCase(
      sku: "GEN-OTHER-A", categories: ["gen-other"], tags: [], catalog: .unknown,
      expected: "an unrelated item (invented: made up by the generator)"),
    ItemCase(
      sku: "SABLE-THROW", categories: ["throws"], tags: [], catalog: .unknown,
      expected: "Sable throw (SABLE-THROW, throws)"),
  ]

  @Test(arguments: itemCases) func basketLinesTellCatalogProductsFromInventedOnes(_ c: ItemCase) {
    let line = Checkout.Line(
      sku: c.sku, name: c.sku == "SABLE-THROW" ? "Sable throw" : c.sku.lowercased(),
      categories: c.categories, tags: c.tags, unitPrice: Money(minorUnits: 100, currency: .usd),
      quantity: 1)
    #expect(CheckoutSummary.item(line, catalog: c.catalog) == c.expected)
  }
}
