import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct CampaignReportTests {
  static func campaign(expecting kinds: [String]) -> Campaign {
    Campaign(
      id: "c", name: "C", mechanics: Rules(currency: .usd, benefit: .percentOff(.hundred)),
      terms: nil, expectFindings: kinds, location: FileLocation(file: "f.json", line: 1, column: 1))
  }

  static func finding(_ kind: FindingKind) -> Finding {
    Finding(kind: kind, campaignID: "c", file: "f.json", summary: "s")
  }

  @Test func passesWhenEveryFindingIsExpectedAndEveryExpectedKindIsFound() {
    let report = CampaignReport(
      campaign: Self.campaign(expecting: ["termsDrift"]), file: "f.json",
      findings: [Self.finding(.termsDrift)], scenarios: 0, checkedKinds: Set(FindingKind.allCases))
    #expect(report.passes)
    #expect(report.findings.map(\.isExpected) == [true])
  }

  @Test func failsOnAnUnexpectedFinding() {
    let report = CampaignReport(
      campaign: Self.campaign(expecting: ["termsDrift"]), file: "f.json",
      findings: [Self.finding(.termsDrift), Self.finding(.leak)], scenarios: 0,
      checkedKinds: Set(FindingKind.allCases))
    #expect(!report.passes)
  }

  @Test func failsWhenAnExpectedKindIsMissingOnlyIfItsCheckRan() {
    let checked = CampaignReport(
      campaign: Self.campaign(expecting: ["silentFailure"]), file: "f.json", findings: [],
      scenarios: 100, checkedKinds: Set(FindingKind.allCases))
    #expect(checked.missingExpected == [.silentFailure])
    #expect(!checked.passes)
    let auditOnly = CampaignReport(
      campaign: Self.campaign(expecting: ["silentFailure"]), file: "f.json", findings: [],
      scenarios: 0, checkedKinds: [.termsDrift, .unreachable])
    #expect(auditOnly.passes)
  }
}
