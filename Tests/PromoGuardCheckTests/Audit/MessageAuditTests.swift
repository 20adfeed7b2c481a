import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct MessageAuditTests {
  /// A campaign (20% off, code TESTCODE-ALPHA, USD) with one message and the extra `fields`.
  static func withMessage(
    _ message: String, _ fields: [(String, String)] = [], others: [String] = [], name: String,
    expected: [String]
  ) -> AuditCase {
    let campaign = AuditFixture.campaign(pairs: fields + [("messages", "[\(message)]")])
    return AuditCase(
      name: name, campaigns: others + [campaign], campaignID: "c1", expected: expected)
  }

  static let other = AuditFixture.campaign([
    "id": #""other""#, "name": #""Other offer""#,
    "activation": #"{"codes": ["OTHERCODE-BETA"]}"#, "starts": #""2026-07-01""#,
    "ends": #""2026-08-01""#,
  ])

  static let cases: [AuditCase] = [
    withMessage(
      #"{"id": "m1", "channel": "email", "code": null}"#,
      name: "no code and no link for a coded campaign",
      expected: [
        "unreachable: the message shows no code and carries no link, but the campaign needs one of "
          + "its codes (activation.codes): recipients have no way to get the discount — show the "
          + "code, or make the link apply it"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "link": {"url": "https://shop.example/a", "appliesCode": null}}"#,
      name: "a link that applies no code for a coded campaign",
      expected: [
        "unreachable: the message shows no code and its link applies none, but the campaign needs "
          + "one of its codes (activation.codes): recipients have no way to get the discount — show "
          + "the code, or make the link apply it"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "link": {"url": "https://shop.example/a", "appliesCode": "TESTCODE-ALPHA"}}"#,
      name: "near miss: the link applies the code", expected: []),
    withMessage(
      #"{"id": "m1", "channel": "email"}"#, [("activation", #"{"automatic": true}"#)],
      name: "near miss: an automatic campaign needs no code", expected: []),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHAX"}"#,
      name: "a code checkout does not know",
      expected: [
        "unreachable: the message shows \"TESTCODE-ALPHAX\", a code checkout does not know; the "
          + "campaign's codes are \"TESTCODE-ALPHA\" (activation.codes): recipients who use it are "
          + "told it is unknown"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "testcode alpha"}"#,
      name: "near miss: the code in lower case with a space, matched relaxed", expected: []),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "testcode-alpha"}"#,
      [("codeMatching", #""exact""#)],
      name: "the code in lower case under exact matching",
      expected: [
        "unreachable: the message shows \"testcode-alpha\", a code checkout does not know (codes "
          + "match exactly: case and dashes count); the campaign's codes are \"TESTCODE-ALPHA\" "
          + "(activation.codes): recipients who use it are told it is unknown"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "OTHERCODE-BETA"}"#, others: [other],
      name: "a code of another campaign",
      expected: [
        "messageMismatch: the message shows \"OTHERCODE-BETA\", a code of the campaign \"other\" "
          + "(Other offer), not of this one: recipients get that campaign's offer, not this one's"
      ]),
    // The other campaign ends 2026-08-01T00:00Z; the message is sent on 2 September, after it.
    withMessage(
      #"{"id": "m1", "channel": "email", "sentAt": "2026-09-02T09:00:00Z", "code": "TESTCODE-ALPHA", "link": {"url": "https://shop.example/b", "appliesCode": "OTHERCODE-BETA"}}"#,
      others: [other], name: "a link to the code of a campaign that has ended",
      // A campaign's findings come in DESIGN.md's kind order: unreachable before messageMismatch.
      expected: [
        "unreachable: the code \"OTHERCODE-BETA\" its link applies belongs to the campaign "
          + "\"other\", which ended 1 August 2026 at 00:00 (UTC), before the message is sent: "
          + "recipients are told it has expired",
        "messageMismatch: the message links \"OTHERCODE-BETA\", a code of the campaign \"other\" "
          + "(Other offer), not of this one: recipients get that campaign's offer, not this one's",
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "advertises": {"percentOff": 30}}"#,
      name: "a bigger benefit than the promise",
      expected: [
        "messageMismatch: the message advertises 30% off, more than the 20% off the campaign "
          + "promises (benefit)"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "advertises": {"amountOff": "10.00"}}"#,
      [("terms", #"{"benefit": {"percentOff": 20}}"#)],
      name: "a different benefit from the terms",
      expected: [
        "messageMismatch: the message advertises $10.00 off, a different benefit from the 20% off "
          + "the campaign promises (terms.benefit)"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "advertises": {"percentOff": 15}}"#,
      name: "near miss: advertising less than the promise", expected: []),
    // Starts 2026-09-01 in New York = 04:00Z (EDT, UTC-4); 03:30Z is 23:30 on 31 August there.
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "sentAt": "2026-09-01T03:30:00Z"}"#,
      [("timeZone", #""America/New_York""#), ("starts", #""2026-09-01""#)],
      name: "sent before the start, counting the time zone",
      expected: [
        "messageMismatch: the message is sent 31 August 2026 at 23:30 (America/New_York), before "
          + "the campaign starts 1 September 2026 at 00:00 (America/New_York) (starts): early "
          + "recipients are told the code is not active yet"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "sentAt": "2026-09-01T04:00:00Z"}"#,
      [("timeZone", #""America/New_York""#), ("starts", #""2026-09-01""#)],
      name: "near miss: sent at the first moment", expected: []),
    // Ends 2026-10-01 in New York = 04:00Z; a message sent then is at the end (exclusive).
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "sentAt": "2026-10-01T04:00:00Z"}"#,
      [("timeZone", #""America/New_York""#), ("ends", #""2026-10-01""#)],
      name: "sent at the end",
      expected: [
        "messageMismatch: the message is sent 1 October 2026 at 00:00 (America/New_York), when the "
          + "campaign has ended 1 October 2026 at 00:00 (America/New_York) (ends): every recipient "
          + "is told the code has expired"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "sentAt": "2026-10-01T03:59:59Z"}"#,
      [("timeZone", #""America/New_York""#), ("ends", #""2026-10-01""#)],
      name: "near miss: sent in the last second", expected: []),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "audience": {"segments": ["vip", "newsletter"]}}"#,
      [("audience", #"{"segments": ["vip"]}"#)],
      name: "an audience wider than the campaign's",
      expected: [
        "messageMismatch: the message goes to the segment \"newsletter\", but the campaign admits "
          + "only the segment \"vip\" (audience): some recipients will be refused"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA"}"#,
      [("audience", #"{"segments": ["vip"]}"#)],
      name: "a message to everyone for a campaign with an audience",
      expected: [
        "messageMismatch: the message goes to everyone (it has no audience), but the campaign "
          + "admits only the segment \"vip\" (audience): some recipients will be refused"
      ]),
    withMessage(
      #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "audience": {"segments": ["vip"]}}"#,
      [("audience", #"{"segments": ["vip", "staff"]}"#)],
      name: "near miss: an audience inside the campaign's", expected: []),
  ]

  @Test(arguments: cases) func auditsEachMessage(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test func namesTheMessageAndPointsAtIt() throws {
    let files = try AuditFixture.files([
      AuditFixture.campaign(["messages": #"[{"id": "sept-email", "channel": "email"}]"#])
    ])
    let finding = try #require(StaticAudit.findings(files: files).first)
    let message = try #require(files.first?.campaigns.first?.messages.first)
    #expect(finding.kind == .unreachable)
    #expect(finding.messageID == "sept-email")
    #expect(finding.location == message.location)
  }
}
