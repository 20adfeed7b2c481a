import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct StaticAuditTests {
  /// Two files: `a.json` with a campaign whose message shows no code and whose mechanics add a minimum spend
  /// (terms state none), and `b.json` with a clean campaign and one whose code reads like the first's.
  static func files() throws -> [CampaignFile] {
    let first = AuditFixture.campaign([
      "id": #""alpha""#, "conditions": #"{"minSubtotal": "50.00"}"#,
      "terms": #"{"benefit": {"percentOff": 20}}"#,
      "messages": #"[{"id": "alpha-email", "channel": "email"}]"#,
      "expectFindings": #"["termsDrift"]"#,
    ])
    let clean = AuditFixture.campaign([
      "id": #""beta""#, "activation": #"{"codes": ["BETACODE-2026"]}"#,
    ])
    let lookalike = AuditFixture.campaign([
      "id": #""gamma""#, "activation": #"{"codes": ["TESTC0DE-ALPHA"]}"#,
    ])
    func file(_ campaigns: String...) -> [UInt8] {
      Array(
        (#"{"format": "promoguard/1", "campaigns": ["# + campaigns.joined(separator: ", ") + "]}")
          .utf8)
    }
    return try CampaignLoader.load([
      CampaignSource(path: "a.json", bytes: file(first)),
      CampaignSource(path: "b.json", bytes: file(clean, lookalike)),
    ])
  }

  @Test func listsFindingsByCampaignInLoadOrderAndKindOrderWithin() throws {
    let findings = StaticAudit.findings(files: try Self.files())
    // alpha: the message without a code (unreachable) before the minimum spend (termsDrift), DESIGN.md's
    // kind order; beta is clean; gamma's look-alike code (TESTC0DE-ALPHA against TESTCODE-ALPHA: 0 for O)
    // is reported on gamma, the campaign loaded later.
    #expect(findings.map(\.campaignID) == ["alpha", "alpha", "gamma"])
    #expect(findings.map(\.kind) == [.unreachable, .termsDrift, .unreachable])
    #expect(findings.map(\.file) == ["a.json", "a.json", "b.json"])
    #expect(findings.map(\.messageID) == ["alpha-email", nil, nil])
    #expect(findings.allSatisfy { $0.count == 1 && !$0.isExpected })
    // A message finding and a finding of terms against mechanics stand with a witness; code hygiene does not
    // need one.
    #expect(findings.map { $0.example != nil } == [true, true, false])
  }

  @Test func reportsMarkExpectedFindingsForEveryCampaign() throws {
    let files = try Self.files()
    let reports = StaticAudit.reports(files: files, findings: StaticAudit.findings(files: files))
    #expect(reports.map(\.campaignID) == ["alpha", "beta", "gamma"])
    // alpha expects termsDrift only: its unreachable message is unexpected, so it fails.
    #expect(reports.map(\.passes) == [false, true, false])
    #expect(reports.first?.findings.map(\.isExpected) == [false, true])
    #expect(reports.allSatisfy { $0.scenarios == 0 && $0.missingExpected.isEmpty })
  }

  @Test func checksTheFourKindsTheAuditCanFind() {
    #expect(StaticAudit.checkedKinds == [.unreachable, .messageMismatch, .termsDrift, .leak])
  }
}
