import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The HTML report: well-formed, one card per campaign, a receipt per finding with an example, escaped text
/// from files, and nothing fetched from elsewhere.
@Suite struct HTMLReportTests {
  /// What a hostile file writes in every text field.
  static let hostile = #"<script>alert(1)</script>"&'<>"#

  /// `hostile` as JSON string content.
  static var hostileJSON: String { #"<script>alert(1)</script>\"&'<>"# }

  /// A campaign whose name, terms text, message id, code, SKU and product name are all hostile.
  static var hostileFile: String {
    """
    {"format": "promoguard/1", "campaigns": [
      {"id": "hostile", "name": "\(hostileJSON)", "currency": "USD", "timeZone": "America/New_York",
       "starts": "2026-09-01T00:00:00", "ends": "2026-10-01T00:00:00",
       "activation": {"codes": ["\(hostileJSON)"]}, "benefit": {"percentOff": 20},
       "conditions": {"minSubtotal": "50.00"},
       "terms": {"benefit": {"percentOff": 20}, "text": "\(hostileJSON)"},
       "messages": [{"id": "\(hostileJSON)", "channel": "email", "sentAt": "2026-09-02T09:00:00",
                     "advertises": {"percentOff": 20}, "code": "\(hostileJSON)"}]}
    ], "catalog": {"products": [
      {"sku": "\(hostileJSON)", "name": "\(hostileJSON)", "categories": ["\(hostileJSON)"], "tags": [],
       "price": "40.00"}]}}
    """
  }

  /// The report of the hostile campaign with a finding whose every text is hostile.
  static func hostileReport() throws -> String {
    let file = try HarnessFixtures.file(hostileFile, path: "campaigns/\(hostile).json")
    let campaign = try #require(file.campaigns.first)
    let checkout = Checkout(
      currency: .usd,
      lines: [
        Checkout.Line(
          sku: hostile, name: hostile, categories: [hostile], tags: [hostile],
          unitPrice: Money(minorUnits: 4_000, currency: .usd), quantity: 1)
      ],
      shipping: Money(minorUnits: 0, currency: .usd),
      customer: Checkout.Customer(id: hostile, segments: [hostile], orderCount: 0),
      channel: hostile, at: Instant(microsecondsSinceEpoch: 1_790_000_000_000_000),
      codes: [hostile], link: "https://example.com/?q=" + hostile)
    let finding = Finding(
      kind: .rejectedEligible, campaignID: "hostile", file: file.path,
      location: FileLocation(file: file.path, line: 3, column: 5), messageID: hostile,
      summary: hostile, count: 2,
      example: FindingExample(
        checkout: checkout, promised: hostile, actual: hostile, told: hostile, seed: 1,
        shrinkSteps: 0))
    let result = CheckResult(
      reports: [
        CampaignReport(
          campaign: campaign, file: file.path, findings: [finding], scenarios: 10,
          checkedKinds: CheckRun.harnessKinds, catalog: WitnessCatalog(file.catalog))
      ], seed: 1, scenariosPerCampaign: 10, shard: nil, stoppedByTimeLimit: false,
      duration: .zero, invocation: Invocation(tool: ["promoguard"], arguments: [hostile]))
    return HTMLReport(check: result, files: [file], command: "promoguard check " + hostile)
      .render()
  }

  /// The report of a check of the shipped planted fixtures.
  static let fixtures: Result<(CheckResult, [CampaignFile], String), any Error> = Result {
    let files = try FixtureFiles.paths(under: "planted").flatMap(FixtureFiles.file(at:))
    let result = CheckRun.run(files: files, configuration: CheckConfiguration(scenarios: 400))
    let html = HTMLReport(check: result, files: files, command: "promoguard check Fixtures/planted")
      .render()
    return (result, files, html)
  }

  @Test func theReportOfTheFixturesIsWellFormedWithACardPerCampaign() throws {
    let (result, _, html) = try Self.fixtures.get()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    let page = HTMLPage(html)
    #expect(page.isWellFormed, "\(String(describing: page.error))")
    #expect(page.elements("section", class: "card").count == result.reports.count)
    // Fixtures/planted: one campaign each in leak, shortfall and threshold; two each in combinable and reach.
    #expect(result.reports.count == 7)
    for report in result.reports {
      #expect(
        page.elements("section").contains { $0.attributes["id"] == "campaign-" + report.campaignID }
      )
    }
  }

  @Test func theSummaryCountsCampaignsByVerdictAndFindingsByKind() throws {
    let (result, _, html) = try Self.fixtures.get()
    let page = HTMLPage(html)
    func tile(_ name: String) -> String? {
      page.elements("div", class: "tile").first { $0.classes.contains(name) }?.attributes[
        "data-count"]
    }
    #expect(tile("campaigns") == String(result.reports.count))
    #expect(tile("pass") == String(result.count(.pass)))
    #expect(tile("fail") == String(result.count(.fail)))
    #expect(tile("untested") == String(result.count(.untested)))
    let kinds = Set(result.reports.flatMap(\.findings).map(\.kind.rawValue))
    #expect(Set(page.elements("tr").compactMap { $0.attributes["data-kind"] }) == kinds)
    #expect(html.contains("<th>Seed</th><td>1</td>"))
    #expect(html.contains("<code>promoguard check Fixtures/planted</code>"))
  }

  @Test func everyFindingWithAnExampleHasAReceiptAndEveryCampaignItsTimeline() throws {
    let (result, _, html) = try Self.fixtures.get()
    let page = HTMLPage(html)
    let findings = result.reports.flatMap(\.findings)
    #expect(page.elements("div", class: "finding").count == findings.count)
    let examples = findings.filter { $0.example != nil }.count
    #expect(examples > 0)
    #expect(page.elements("div", class: "receipt").count == examples)
    #expect(page.elements("code", class: "reproduce").count == examples)
    #expect(page.elements("svg", class: "timeline").count == result.reports.count)
    // The threshold campaign's refusal depends on the basket's subtotal: it gets a chart.
    #expect(!page.elements("svg", class: "chart").isEmpty)
  }

  @Test func nothingIsFetchedFromElsewhereAndNothingRuns() throws {
    let (_, _, html) = try Self.fixtures.get()
    for page in [html, try Self.hostileReport()] {
      let lowered = page.lowercased()
      #expect(!lowered.contains("<script"))
      #expect(!lowered.contains("<link"))
      #expect(!lowered.contains("url("))
      #expect(!lowered.contains("@import"))
      let parsed = HTMLPage(page)
      #expect(parsed.isWellFormed)
      for element in parsed.elements {
        #expect(!["script", "link", "img", "iframe", "object", "embed"].contains(element.name))
        #expect(element.attributes["src"] == nil && element.attributes["href"] == nil)
        for value in element.attributes.values {
          #expect(!value.lowercased().contains("http:") && !value.lowercased().contains("https:"))
        }
      }
    }
  }

  @Test func everyTextFromAFileIsEscaped() throws {
    let html = try Self.hostileReport()
    #expect(!html.contains("<script"))
    #expect(!html.contains(Self.hostile))
    let escaped = HTMLEscaping.escaped(Self.hostile)
    #expect(escaped == "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;&lt;&gt;")
    // Campaign name, terms text, message id (timeline and finding), code, SKU, product name, summary, file.
    #expect(html.components(separatedBy: escaped).count - 1 >= 10)
    #expect(html.contains("<h2>" + escaped + "</h2>"))
    #expect(html.contains("Published wording: " + escaped))
    #expect(html.contains("Message <code>" + escaped + "</code>"))
    #expect(html.contains(">" + escaped + "</text>"))
    #expect(HTMLPage(html).isWellFormed)
  }

  @Test func aMessageSentOutsideTheWindowIsMarked() throws {
    let file = try HarnessFixtures.file(
      """
      {"format": "promoguard/1", "campaigns": [
        {"id": "late", "name": "Late", "currency": "USD", "timeZone": "Europe/London",
         "starts": "2026-09-01T00:00:00", "ends": "2026-10-01T00:00:00",
         "activation": {"codes": ["LATE"]}, "benefit": {"percentOff": 10},
         "messages": [
           {"id": "on-time", "channel": "email", "sentAt": "2026-09-02T09:00:00", "code": "LATE"},
           {"id": "too-late", "channel": "email", "sentAt": "2026-10-02T09:00:00", "code": "LATE"},
           {"id": "unscheduled", "channel": "sms", "code": "LATE"}]}]}
      """)
    let campaign = try #require(file.campaigns.first)
    let svg = HTMLTimeline.markup(campaign)
    #expect(svg.contains("1 Sep 2026 00:00"))
    #expect(svg.contains(">on-time</text>"))
    #expect(svg.contains(">too-late</text>"))
    #expect(svg.contains("class=\"dot outside\""))
    #expect(svg.components(separatedBy: "class=\"dot outside\"").count == 2)
    #expect(svg.contains("No send time: unscheduled"))
    #expect(svg.contains("Europe/London"))
  }

  @Test func theCurveFollowsTheMinimumSpendOfTheTermsAndOfCheckout() throws {
    let file = try FixtureFiles.file(at: "Fixtures/planted/threshold.json")
    let campaign = try #require(file.first?.campaigns.first)
    let witness = Checkout(
      currency: .usd,
      lines: [
        Checkout.Line(
          sku: "SOCKS", name: "Socks, 3 pairs", categories: ["accessories"], tags: ["basics"],
          unitPrice: Money(minorUnits: 5_000, currency: .usd), quantity: 1)
      ],
      shipping: Money(minorUnits: 0, currency: .usd),
      customer: Checkout.Customer(id: "c", segments: [], orderCount: 0), channel: "web",
      at: Instant(microsecondsSinceEpoch: 1_781_600_000_000_000), codes: ["PLANT10OFF50"])
    let curve = try #require(DiscountCurve(campaign: campaign, witness: witness))
    #expect(curve.witness == DiscountCurve.Point(subtotal: 5_000, promised: 1_000, given: 0))
    #expect(curve.points.count == 21)
    #expect(curve.points.first == DiscountCurve.Point(subtotal: 0, promised: 0, given: 0))
    #expect(
      curve.points.last == DiscountCurve.Point(subtotal: 10_000, promised: 1_000, given: 1_000))
    let chart = HTMLChart.markup(curve)
    #expect(chart.contains("witness $50.00"))
    #expect(HTMLPage(chart).isWellFormed)
  }
}
