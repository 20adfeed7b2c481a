import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Campaigns matched by id across two versions, and the live rule: only a live campaign's reduction fails.
@Suite struct CampaignDiffTests {
  /// September 2026 in New York: from 2026-09-01T04:00:00Z (local midnight, EDT = UTC−4) until
  /// 2026-10-01T04:00:00Z.
  static let september =
    #""timeZone": "America/New_York", "starts": "2026-09-01", "ends": "2026-10-01""#

  static func diff(at text: String) throws -> CampaignDiff {
    let old = try DiffFixture.file(
      [
        DiffFixture.campaignJSON(Self.september + #", "conditions": {"minSubtotal": "40.00"}"#),
        DiffFixture.campaignJSON(
          Self.september + #", "activation": {"codes": ["GONE"]}"#, id: "gone"),
        DiffFixture.campaignJSON(#""activation": {"codes": ["SAME"]}"#, id: "same"),
      ], path: "old.json")
    let new = try DiffFixture.file(
      [
        DiffFixture.campaignJSON(Self.september + #", "conditions": {"minSubtotal": "50.00"}"#),
        DiffFixture.campaignJSON(#""activation": {"codes": ["SAME"]}"#, id: "same"),
        DiffFixture.campaignJSON(#""activation": {"codes": ["FRESH"]}"#, id: "fresh"),
      ], path: "new.json")
    let at = try Timestamp.parse(text, in: .utc).get().instant
    return CampaignDiff(old: [old], new: [new], at: at)
  }

  struct LiveCase: Sendable, CustomTestStringConvertible {
    var at: String
    var isLive: Bool
    var testDescription: String { "\(at) live: \(isLive)" }
  }

  static let liveCases = [
    // One microsecond before the start, the first instant, mid-month, the last instant, and the end itself.
    LiveCase(at: "2026-09-01T03:59:59.999999Z", isLive: false),
    LiveCase(at: "2026-09-01T00:00:00-04:00", isLive: true),
    LiveCase(at: "2026-09-15T10:00:00", isLive: true),
    LiveCase(at: "2026-10-01T03:59:59.999999Z", isLive: true),
    LiveCase(at: "2026-10-01T04:00:00Z", isLive: false),
  ]

  @Test(arguments: liveCases) func aReductionFailsOnlyWhileTheOldCampaignIsLive(
    _ testCase: LiveCase
  )
    throws
  {
    let diff = try Self.diff(at: testCase.at)
    let changed = try #require(diff.entries.first { $0.campaignID == "c" })
    #expect(changed.status == .changed)
    #expect(changed.isLive == testCase.isLive)
    #expect(changed.reductions.count == 1)
    #expect(diff.fails == testCase.isLive)
    // Live: the raised minimum and the withdrawn campaign, one finding each; not live: none.
    #expect(diff.findings.count == (testCase.isLive ? 2 : 0))
  }

  @Test func entriesAreSortedByIDWithTheirStatus() throws {
    let diff = try Self.diff(at: "2026-09-15T10:00:00Z")
    #expect(diff.entries.map(\.campaignID) == ["c", "fresh", "gone", "same"])
    #expect(diff.entries.map(\.status) == [.changed, .new, .withdrawn, .unchanged])
    #expect(diff.entries.map(\.fails) == [true, false, true, false])
  }

  @Test func findingsNameTheClauseAndTheNewFile() throws {
    let diff = try Self.diff(at: "2026-09-15T10:00:00Z")
    let findings = diff.findings
    #expect(findings.map(\.kind) == [.promiseReduced, .promiseReduced])
    #expect(findings.map(\.count) == [1, 1])
    #expect(
      findings.map(\.summary) == [
        "minimum spend raised from $40.00 to $50.00 (conditions.minSubtotal)",
        "campaign withdrawn: it is in OLD (old.json) but not in NEW (campaign)",
      ])
    #expect(findings.map(\.file) == ["new.json", "old.json"])
    #expect(findings.first?.location?.file == "new.json")
    // The withdrawn campaign is the second object on line 2 of the old file; it is located where it was.
    #expect(findings.last?.location?.file == "old.json")
    #expect(findings.last?.location?.line == 2)
  }
}
