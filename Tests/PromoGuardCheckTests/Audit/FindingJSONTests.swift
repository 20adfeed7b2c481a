import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct FindingJSONTests {
  @Test func writesStableKeysWithNullsForWhatIsAbsent() {
    let finding = Finding(
      kind: .unreachable, campaignID: "sept-20", file: "sept.json",
      location: FileLocation(file: "sept.json", line: 12, column: 9), messageID: "sept-email",
      summary: "no code \"X\"", isExpected: true)
    #expect(
      finding.jsonOutput.rendered(.compact)
        == #"{"kind":"unreachable","campaign":"sept-20","file":"sept.json","line":12,"column":9,"#
        + #""message":"sept-email","summary":"no code \"X\"","count":1,"expected":true}"#)
    let bare = Finding(kind: .leak, campaignID: "c", file: "f.json", summary: "s")
    #expect(
      bare.jsonOutput.rendered(.compact)
        == #"{"kind":"leak","campaign":"c","file":"f.json","line":null,"column":null,"#
        + #""message":null,"summary":"s","count":1,"expected":false}"#)
  }
}
