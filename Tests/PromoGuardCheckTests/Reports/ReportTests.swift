import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCheck

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Text, JSON and JUnit reports of a hand-made result.
@Suite struct ReportTests {
  static let checkout = Checkout(
    currency: .usd,
    lines: [
      Checkout.Line(
        sku: "SABLE", name: "Sable throw", categories: ["throws"], tags: ["new"],
        unitPrice: Money(minorUnits: 5_000, currency: .usd), quantity: 2)
    ],
    shipping: Money(minorUnits: 595, currency: .usd),
    customer: Checkout.Customer(id: "c-1", segments: ["subs"], orderCount: 0),
    channel: "web", at: Instant(microsecondsSinceEpoch: 1_158_328_800_000_000),
    codes: ["sept-20 <&>\u{1}"])

  static func result() throws -> CheckResult {
    let file = try HarnessFixtures.file(HarnessFixtures.september, path: "f.json")
    let september = try #require(file.campaigns.first { $0.id == "sept-20" })
    let shipping = try #require(file.campaigns.first { $0.id == "ship-free" })
    let finding = Finding(
      kind: .shortfall, campaignID: "sept-20", file: "f.json",
      summary: "checkout gives less than the terms promise", count: 12,
      example: FindingExample(
        checkout: checkout, promised: "20% off: $20.00", actual: "applied $10.00", seed: 3,
        shrinkSteps: 4))
    return CheckResult(
      reports: [
        CampaignReport(
          campaign: september, file: "f.json", findings: [finding], scenarios: 100,
          checkedKinds: CheckRun.harnessKinds),
        CampaignReport(
          campaign: shipping, file: "f.json", findings: [], scenarios: 100,
          checkedKinds: CheckRun.harnessKinds),
      ], seed: 3, scenariosPerCampaign: 100, shard: Shard(index: 1, count: 2),
      stoppedByTimeLimit: false, duration: .milliseconds(1_005))
  }

  @Test func theTextReportShowsVerdictsEvidenceAndTheReproduceCommand() throws {
    // 1,005 ms prints as 1.005 s; 100 scenarios is not the default, so the command repeats it.
    #expect(
      TextReport.render(try Self.result()) == """
        promoguard check — seed 3, 100 scenarios per campaign, shard 1/2

        FAIL sept-20 (f.json): 100 scenarios
          shortfall in 12 scenarios: checkout gives less than the terms promise
            Smallest checkout (4 shrinking steps):
              at Friday 15 September 2006, 10:00 New York time (2006-09-15T14:00:00Z)
              channel web, currency USD
              customer c-1 (segments: subs; first order)
              2 × Sable throw (SABLE, throws, #new) at $50.00
              shipping $5.95
              codes: "sept-20 <&>\u{1}"
            Promised: 20% off: $20.00
            Checkout did: applied $10.00
            Checkout said: nothing (no status, no message)
            Reproduce: promoguard check f.json --seed 3 --only sept-20 --scenarios 100
        PASS ship-free (f.json): 100 scenarios

        2 campaigns in 1 file: 1 pass, 1 fail; 200 scenarios in 1.005 s. Seed 3.

        """)
  }

  @Test func theJSONExampleCheckoutReadsBackAsTheSameCheckout() throws {
    let json = CheckoutJSON.output(Self.checkout).rendered(.compact)
    let decoded = try CheckoutDecoder.decode(
      Array(json.utf8), path: "example.json", now: Instant(microsecondsSinceEpoch: 0)
    ).get()
    #expect(decoded == Self.checkout)
  }

  @Test func theJSONReportHasStableKeys() throws {
    let text = JSONReport.output(try Self.result()).rendered(.compact)
    #expect(
      text.hasPrefix(
        """
        {"format":"promoguard-check/1","seed":3,"scenariosPerCampaign":100,"shard":"1/2",\
        "stoppedByTimeLimit":false,"passes":false,\
        "totals":{"campaigns":2,"passed":1,"failed":1,"untested":0,"scenarios":200},\
        "evaluator":null,"fixedMoment":null,"campaigns":[{"id":"sept-20","name":"20% off throws","file":"f.json","verdict":"fail",\
        "scenarios":100,"boundaryScenarios":0,"boundaryScenariosRun":0,"missingExpected":[],\
        "unconfirmedExpected":[],"findings":[{"kind":"shortfall","campaign":"sept-20",\
        "file":"f.json","location":null,"message":null,\
        "summary":"checkout gives less than the terms promise","count":12,"expected":false,\
        "example":{"checkout":{"currency":"USD","lines":[{"sku":"SABLE",
        """))
    #expect(
      text.hasSuffix(
        #""reproduce":"promoguard check f.json --seed 3 --only ship-free --scenarios 100"}]}"#))
  }

  @Test func theJUnitReportParsesWithOneTestCasePerCampaignAndAFailurePerFinding() throws {
    let xml = JUnitReport.render(try Self.result())
    let counter = ElementCounter()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = counter
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    #expect(counter.counts["testsuites"] == 1)
    #expect(counter.counts["testsuite"] == 1)
    #expect(counter.counts["testcase"] == 2)
    #expect(counter.counts["failure"] == 1)
    #expect(counter.failureTypes == ["shortfall"])
    #expect(counter.testCaseNames == ["sept-20", "ship-free"])
  }

  @Test func xmlEscapingCoversMarkupAndControlCharacters() {
    #expect(JUnitReport.attribute("a<b>&\"c\"\nd") == "a&lt;b&gt;&amp;&quot;c&quot;&#10;d")
    #expect(JUnitReport.text("x\u{1}y\n") == "x\u{FFFD}y\n")
  }
}

/// Counts the elements of an XML document.
final class ElementCounter: NSObject, XMLParserDelegate {
  var counts: [String: Int] = [:]
  var failureTypes: [String] = []
  var testCaseNames: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    counts[elementName, default: 0] += 1
    if elementName == "failure", let type = attributes["type"] { failureTypes.append(type) }
    if elementName == "testcase", let name = attributes["name"] { testCaseNames.append(name) }
  }
}
