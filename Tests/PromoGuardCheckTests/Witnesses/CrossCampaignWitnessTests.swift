import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct CrossCampaignWitnessTests {
  /// An automatic exclusive 15% off on a minimum spend of $40.00.
  static let winter = """
    {"id": "winter", "name": "Winter sale", "currency": "USD", "activation": {"automatic": true},
     "benefit": {"percentOff": 15}, "stacking": {"exclusive": true},
     "conditions": {"minSubtotal": "40.00"}}
    """

  /// The coded 10% campaign `c1` with these terms.
  static func coded(terms: String, _ fields: [(String, String)] = []) -> String {
    WitnessFixture.campaign([("benefit", #"{"percentOff": 10}"#), ("terms", terms)] + fields)
  }

  @Test func anExclusiveCampaignThatBeatsACombinableOneIsAFindingOnTheCombinableOne() throws {
    let files = try WitnessFixture.files([
      Self.coded(terms: #"{"benefit": {"percentOff": 10}}"#), Self.winter,
    ])
    let findings = StaticAudit.findings(files: files)
    #expect(findings.map(\.campaignID) == ["c1"])
    let finding = try #require(findings.first)
    #expect(finding.kind == .termsDrift)
    #expect(
      finding.summary
        == "the exclusive campaign \"winter\" (Winter sale) takes this campaign's discount away when "
        + "both apply (its stacking.exclusive), while the terms do not say it is exclusive, so it "
        + "combines with other offers (terms.combinable)")
    let example = try #require(finding.example)
    // $70.00 (a $40.00 and a $30.00 line) reaches winter's $40.00: c1 alone gives 10%, $7.00; winter alone
    // 15%, $10.50; together the exclusive winter wins and c1's code is refused.
    #expect(WitnessFixture.subtotal(example.checkout) == 7_000)
    #expect(example.checkout.codes == ["TESTCODE-ALPHA"])
    #expect(
      example.promised
        == "both, because the terms say the offer combines: 10% off the eligible items: $7.00; c1 "
        + "alone $7.00, \"winter\" alone $10.50")
    #expect(
      example.actual == "refused TESTCODE-ALPHA: notCombinable; also applied: \"winter\" $10.50")
  }

  @Test func termsThatSayCombinableAreQuoted() throws {
    let files = try WitnessFixture.files([
      Self.coded(terms: #"{"benefit": {"percentOff": 10}, "combinable": true}"#), Self.winter,
    ])
    let finding = try #require(StaticAudit.findings(files: files).first)
    #expect(
      finding.summary.hasSuffix(
        "while the terms say it combines with other offers (terms.combinable)"))
  }

  @Test func termsThatSayItCannotBeCombinedAreClean() throws {
    let files = try WitnessFixture.files([
      Self.coded(
        terms: #"{"benefit": {"percentOff": 10}, "combinable": false}"#,
        [("stacking", #"{"exclusive": true}"#)]),
      Self.winter,
    ])
    #expect(StaticAudit.findings(files: files).map(\.summary) == [])
  }

  @Test func anExclusiveCampaignThatNeverMeetsTheOtherIsClean() throws {
    // Winter runs in December, c1 in September: no checkout has both.
    let files = try WitnessFixture.files([
      Self.coded(
        terms: #"{"benefit": {"percentOff": 10}}"#,
        [("starts", #""2026-09-01""#), ("ends", #""2026-10-01""#)]),
      Self.winter.replacingOccurrences(
        of: #""activation""#, with: #""starts": "2026-12-01", "ends": "2027-01-01", "activation""#),
    ])
    #expect(StaticAudit.findings(files: files).map(\.summary) == [])
  }

  @Test func checkFindsTheRefusalInCombinationScenariosWithAnAutomaticPartner() throws {
    let files = try WitnessFixture.files([
      Self.coded(terms: #"{"benefit": {"percentOff": 10}}"#), Self.winter,
    ])
    let result = CheckRun.run(
      files: files, configuration: CheckConfiguration(scenarios: 1_000, seed: 1, only: "c1"))
    let report = try #require(result.reports.first)
    #expect(report.findings.map(\.kind) == [.termsDrift, .rejectedEligible])
    let refused = try #require(report.findings.last)
    #expect(
      refused.summary
        == "checkout refuses TESTCODE-ALPHA as notCombinable although its terms say it combines with "
        + "other offers")
    let example = try #require(refused.example)
    #expect(example.actual == "refused TESTCODE-ALPHA: notCombinable")
    #expect(WitnessFixture.subtotal(example.checkout) >= 4_000)
  }

  @Test func profilesOfAFileShareOneContextAndNamePartnersByIndex() throws {
    let file = try HarnessFixtures.manyCampaigns(5, path: "many.json")
    let context = CampaignFileContext(file: file)
    let second = context.profile(at: 1, file: file)
    let fourth = context.profile(at: 3, file: file)
    #expect(second.context === fourth.context)
    #expect(second.partnerCount == 4)
    // The partners skip the campaign itself; automatic partners need no code.
    #expect((0..<4).map { second.partnerCampaign($0).id } == ["c0", "c2", "c3", "c4"])
    #expect((0..<4).map { second.partnerCode($0) } == [nil, nil, nil, nil])
    #expect(second.partnerOracle(2).campaign.id == "c3")
    #expect(!second.hasPartner(4))
  }
}
