import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Findings over a recipient list name recipients masked in every report format, and in full only when the run
/// asks for it (`--show-recipients`).
@Suite("Recipients are masked in every report format unless shown")
struct RecipientMaskingTests {
  static let rows: [ArrayRecipients.Row] = [
    ArrayRecipients.Row(customer: "cus_100400", email: "jane.doe@example.com", code: "NOT-LOADED"),
    ArrayRecipients.Row(customer: "cus_100401", email: "omar.k@example.org", code: "WELCOME-A1"),
  ]

  /// The check result of one campaign whose list has one unknown code, audited with `shown`.
  static func result(shown: Bool) throws -> CheckResult {
    let campaign = Campaign(
      id: "welcome-series", name: "10% off",
      mechanics: Rules(currency: .usd, benefit: .percentOff(.hundred)), terms: nil,
      location: FileLocation(file: "welcome.json", line: 3, column: 5))
    let message = Message(
      id: "welcome-email", channel: "email", audience: nil, sentAt: MappingTime.t0,
      advertises: nil, code: nil, link: nil,
      location: FileLocation(file: "welcome.json", line: 12, column: 9))
    let findings = MappingFindings(
      audited: AuditedCampaign(campaign: campaign, file: "welcome.json", order: 0),
      message: message, showRecipients: shown
    ).findings(
      recipients: ArrayRecipients(rows: rows), pool: ArrayPool(["WELCOME-A1", "WELCOME-A2"]),
      poolName: "the pool \"codes/welcome.csv\" (activation.pool)", rules: MappingRules(zone: .utc))
    let report = CampaignReport(
      campaign: campaign, file: "welcome.json", findings: findings, scenarios: 0,
      checkedKinds: StaticAudit.checkedKinds, catalog: .skus([]))
    return CheckResult(
      reports: [report], seed: 1, scenariosPerCampaign: 0, shard: nil, stoppedByTimeLimit: false,
      duration: .zero, invocation: Invocation(tool: ["promoguard"], arguments: ["welcome.json"]))
  }

  /// Every format the check report is written in.
  static func renderings(_ result: CheckResult) -> [(String, String)] {
    [
      ("text", TextReport.render(result)), ("json", JSONReport.render(result)),
      ("junit", JUnitReport.render(result)),
      (
        "html",
        HTMLReport(check: result, files: [], command: "promoguard check welcome.json").render()
      ),
    ]
  }

  @Test("By default: j***@example.com (cus***), never the address or the id")
  func masked() throws {
    let result = try Self.result(shown: false)
    let finding = try #require(result.reports.first?.findings.first)
    #expect(finding.kind == .unreachable)
    #expect(finding.count == 1)
    #expect(finding.recipients?.listed.map(\.name) == ["j***@example.com (cus***)"])
    #expect(finding.recipients?.listed.first?.location.line == 2)
    for (format, text) in Self.renderings(result) {
      #expect(text.contains("j***@example.com"), "\(format) does not name the recipient")
      #expect(!text.contains("jane.doe"), "\(format) prints the address")
      #expect(!text.contains("cus_100400"), "\(format) prints the customer id")
    }
  }

  @Test("With --show-recipients: the address and the id in full")
  func shown() throws {
    let result = try Self.result(shown: true)
    for (format, text) in Self.renderings(result) {
      #expect(text.contains("jane.doe@example.com"), "\(format) does not print the address")
      #expect(text.contains("cus_100400"), "\(format) does not print the customer id")
      #expect(!text.contains("omar.k"), "\(format) names a recipient with no problem")
    }
  }

  @Test("The text report counts recipients and lists each with its row")
  func textLines() throws {
    let text = TextReport.render(try Self.result(shown: false))
    #expect(text.contains("unreachable for 1 recipient: 1 recipient is shown a code the pool"))
    #expect(
      text.contains(
        "Recipients (1, masked — --show-recipients prints them):\n"
          + "      sends.csv:2: j***@example.com (cus***): code \"NOT-LOADED\", not in the pool, "
          + "sent 1 October 2026 at 09:00 (UTC)"))
  }
}
