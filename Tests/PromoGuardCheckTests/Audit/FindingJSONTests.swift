import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct FindingJSONTests {
  /// A campaign report around `findings`, for a campaign in New York time.
  static func report(_ findings: [Finding]) throws -> CampaignReport {
    let text = """
      {"format": "promoguard/1", "campaigns": [{"id": "sept-20", "name": "Sept", "currency": "USD",
        "timeZone": "America/New_York", "activation": {"codes": ["SEPT20"]}, "benefit": {"percentOff": 20}}]}
      """
    let file = try CampaignFileDecoder.decode(Array(text.utf8), path: "sept.json").get()
    let campaign = try #require(file.campaigns.first)
    return CampaignReport(
      campaign: campaign, file: "sept.json", findings: findings, scenarios: 0, checkedKinds: [])
  }

  @Test func writesStableKeysWithNullsForWhatIsAbsent() throws {
    // The same shape for lint and check: location as an object (or null), example always present.
    let finding = Finding(
      kind: .unreachable, campaignID: "sept-20", file: "sept.json",
      location: FileLocation(file: "sept.json", line: 12, column: 9), messageID: "sept-email",
      summary: "no code \"X\"", isExpected: true)
    let report = try Self.report([finding])
    #expect(
      finding.jsonOutput(in: report).rendered(.compact)
        == #"{"kind":"unreachable","campaign":"sept-20","file":"sept.json","#
        + #""location":{"file":"sept.json","line":12,"column":9},"#
        + #""message":"sept-email","summary":"no code \"X\"","count":1,"expected":true,"#
        + #""example":null,"recipients":null}"#)
    let bare = Finding(kind: .leak, campaignID: "c", file: "f.json", summary: "s")
    #expect(
      bare.jsonOutput(in: report).rendered(.compact)
        == #"{"kind":"leak","campaign":"c","file":"f.json","location":null,"#
        + #""message":null,"summary":"s","count":1,"expected":false,"example":null,"#
        + #""recipients":null}"#)
  }
}
