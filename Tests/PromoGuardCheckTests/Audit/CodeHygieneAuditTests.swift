import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct CodeHygieneAuditTests {
  /// A campaign with an id, codes (JSON list) and extra fields.
  static func coded(_ id: String, _ codes: String, _ fields: [(String, String)] = []) -> String {
    AuditFixture.campaign(
      pairs: [
        ("id", "\"\(id)\""), ("name", "\"Offer \(id)\""), ("activation", "{\"codes\": \(codes)}"),
      ] + fields)
  }

  static let cases: [AuditCase] = [
    AuditCase(
      name: "codes that differ only by O and 0",
      campaigns: [coded("first", #"["SPRING-BOOT-10"]"#), coded("second", #"["SPRING-B0OT-10"]"#)],
      expected: [
        "unreachable: the code \"SPRING-B0OT-10\" (activation.codes) differs from "
          + "\"SPRING-BOOT-10\" of the campaign \"first\" only by letters that look like digits "
          + "(O/0, I/1/L): customers who misread \"SPRING-B0OT-10\" will get \"first\" or be told "
          + "the code is unknown"
      ]),
    AuditCase(
      name: "codes that differ only by L and 1",
      campaigns: [coded("first", #"["GOLDEN-HOUR"]"#), coded("second", #"["GO1DEN-HOUR"]"#)],
      expected: [
        "unreachable: the code \"GO1DEN-HOUR\" (activation.codes) differs from \"GOLDEN-HOUR\" of "
          + "the campaign \"first\" only by letters that look like digits (O/0, I/1/L): customers "
          + "who misread \"GO1DEN-HOUR\" will get \"first\" or be told the code is unknown"
      ]),
    AuditCase(
      name: "near miss: codes that differ by a digit people do not confuse",
      campaigns: [coded("first", #"["SPRING-BOOT-10"]"#), coded("second", #"["SPRING-BOOT-12"]"#)],
      expected: []),
    AuditCase(
      name: "near miss: look-alike codes of one campaign",
      campaigns: [coded("first", #"["SPRING-BOOT-10", "SPRING-B0OT-10"]"#)], expected: []),
    AuditCase(
      name: "one code the start of another campaign's",
      campaigns: [
        coded("first", #"["AUTUMN-TWENTY"]"#), coded("second", #"["AUTUMN-TWENTY-VIP"]"#),
      ],
      expected: [
        "unreachable: the code \"AUTUMN-TWENTY-VIP\" (activation.codes) starts with the code "
          + "\"AUTUMN-TWENTY\" of the campaign \"first\": customers who type it short by a "
          + "character or two will get \"first\" instead"
      ]),
    AuditCase(
      name: "the shorter code loaded later gets the finding",
      campaigns: [
        coded("first", #"["AUTUMN-TWENTY-VIP"]"#), coded("second", #"["AUTUMN-TWENTY"]"#),
      ],
      expected: [
        "unreachable: the code \"AUTUMN-TWENTY\" (activation.codes) is the start of the code "
          + "\"AUTUMN-TWENTY-VIP\" of the campaign \"first\": customers who misread one will get "
          + "the other campaign"
      ]),
    AuditCase(
      name: "near miss: codes with a common start, neither the start of the other",
      campaigns: [coded("first", #"["AUTUMN-TWENTY"]"#), coded("second", #"["AUTUMN-THIRTY"]"#)],
      expected: []),
    AuditCase(
      name: "a common word and digits for a single-use voucher",
      campaigns: [coded("voucher", #"["SORRY10"]"#, [("limits", #"{"total": 1}"#)])],
      expected: [
        "leak: the code \"SORRY10\" (activation.codes) is a common word and digits, easy to guess, "
          + "for a single-use voucher (limits.total 1): someone other than the intended customer "
          + "can try it — give it a long random code"
      ]),
    AuditCase(
      name: "five characters for a customer-bound voucher",
      campaigns: [coded("voucher", #"["AB-12C"]"#, [("audience", #"{"customers": ["c-42"]}"#)])],
      expected: [
        "leak: the code \"AB-12C\" (activation.codes) is only 5 characters long, easy to guess, for "
          + "a customer-bound voucher (audience.customers): someone other than the intended "
          + "customer can try it — give it a long random code"
      ]),
    AuditCase(
      name: "near miss: a guessable code for a campaign without a real cost",
      campaigns: [coded("everyone", #"["SORRY10"]"#)], expected: []),
    AuditCase(
      name: "near miss: a long random code for a single-use voucher",
      campaigns: [coded("voucher", #"["K7Q2-M9XW-PL4D"]"#, [("limits", #"{"total": 1}"#)])],
      expected: []),
    AuditCase(
      name: "near miss: a word that is not a common one, then digits",
      campaigns: [coded("voucher", #"["SORRYKAREN10"]"#, [("limits", #"{"total": 1}"#)])],
      expected: []),
    AuditCase(
      name: "an automatic exclusive campaign that always beats a coded one",
      campaigns: [
        AuditFixture.campaign([
          "id": #""auto""#, "activation": #"{"automatic": true}"#,
          "benefit": #"{"percentOff": 25}"#,
          "stacking": #"{"exclusive": true}"#,
        ]),
        coded("coded", #"["TESTCODE-GAMMA"]"#),
      ],
      expected: [
        "unreachable: the automatic exclusive campaign \"auto\" gives at least 25% off on every "
          + "checkout this campaign's code could apply to (same or wider window, audience, "
          + "channels, currency and products), so entered on its own the code never applies "
          + "(activation)"
      ]),
    AuditCase(
      name: "near miss: the automatic exclusive campaign gives less",
      campaigns: [
        AuditFixture.campaign([
          "id": #""auto""#, "activation": #"{"automatic": true}"#,
          "benefit": #"{"percentOff": 15}"#,
          "stacking": #"{"exclusive": true}"#,
        ]),
        coded("coded", #"["TESTCODE-GAMMA"]"#),
      ],
      expected: []),
    AuditCase(
      name: "near miss: the automatic campaign is not exclusive",
      campaigns: [
        AuditFixture.campaign([
          "id": #""auto""#, "activation": #"{"automatic": true}"#,
          "benefit": #"{"percentOff": 25}"#,
        ]),
        coded("coded", #"["TESTCODE-GAMMA"]"#),
      ],
      expected: []),
    AuditCase(
      name: "near miss: the automatic campaign admits fewer customers",
      campaigns: [
        AuditFixture.campaign([
          "id": #""auto""#, "activation": #"{"automatic": true}"#,
          "benefit": #"{"percentOff": 25}"#,
          "stacking": #"{"exclusive": true}"#, "audience": #"{"segments": ["vip"]}"#,
        ]),
        coded("coded", #"["TESTCODE-GAMMA"]"#),
      ],
      expected: []),
  ]

  @Test(arguments: cases) func checksCodesAcrossCampaigns(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test func findsConfusableCodesAcrossFiles() throws {
    let first =
      #"{"format": "promoguard/1", "campaigns": ["# + Self.coded("first", #"["HOLIDAY-1O"]"#) + "]}"
    let second =
      #"{"format": "promoguard/1", "campaigns": ["# + Self.coded("second", #"["HOLIDAY-10"]"#)
      + "]}"
    let files = try CampaignLoader.load([
      CampaignSource(path: "a.json", bytes: Array(first.utf8)),
      CampaignSource(path: "b.json", bytes: Array(second.utf8)),
    ])
    let findings = StaticAudit.findings(files: files)
    #expect(findings.map(\.campaignID) == ["second"])
    #expect(findings.map(\.file) == ["b.json"])
    #expect(findings.map(\.kind) == [.unreachable])
  }
}
