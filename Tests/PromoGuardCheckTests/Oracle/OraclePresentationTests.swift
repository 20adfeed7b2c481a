import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Which checkouts present a campaign: promise codes (relaxed or exact), message codes, links, automatic.
@Suite struct OraclePresentationTests {
  /// Typed codes and a link, with the presentation expected.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var members: String
    var codes: [String]
    var link: String?
    /// `nil`: not presented.
    var expected: Presentation?
    var testDescription: String { name }
  }

  static let relaxed =
    #""activation": {"codes": ["SEPT20"]}, "benefit": {"percentOff": 20}, "messages": [{"id": "m1", "channel": "email", "code": "MAIL-5", "link": {"url": "https://shop.example/p?c=1", "appliesCode": "SEPT20"}}]"#
  static let exact =
    #""activation": {"codes": ["SEPT20"]}, "codeMatching": "exact", "benefit": {"percentOff": 20}"#
  static let exactWithMessage =
    #""activation": {"codes": ["SEPT20"]}, "codeMatching": "exact", "benefit": {"percentOff": 20}, "messages": [{"id": "m1", "channel": "email", "code": "SEPT20"}]"#
  static let automatic = #""activation": {"automatic": true}, "benefit": {"percentOff": 20}"#

  static func typed(_ indices: [Int]) -> Presentation {
    Presentation(codeIndices: indices, viaLink: false, isAutomatic: false)
  }

  static let cases: [Case] = [
    Case(name: "the code as written", members: relaxed, codes: ["SEPT20"], expected: typed([0])),
    Case(
      name: "lower case, dash, space", members: relaxed, codes: ["Sept-20 "], expected: typed([0])),
    Case(
      name: "underscore and newline", members: relaxed, codes: ["SEPT_20\n"], expected: typed([0])),
    Case(name: "full-width (NFKC)", members: relaxed, codes: ["ＳＥＰＴ２０"], expected: typed([0])),
    Case(name: "en dash", members: relaxed, codes: ["SEPT\u{2013}20"], expected: typed([0])),
    Case(name: "another code", members: relaxed, codes: ["SEPT21"], expected: nil),
    Case(
      name: "second of three codes", members: relaxed, codes: ["X", "sept20", "Y"],
      expected: typed([1])),
    Case(name: "twice", members: relaxed, codes: ["SEPT20", "sept-20"], expected: typed([0, 1])),
    Case(
      name: "the 11th code does not count", members: relaxed,
      codes: ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "SEPT20"], expected: nil),
    Case(
      name: "the 10th code counts", members: relaxed,
      codes: ["A", "B", "C", "D", "E", "F", "G", "H", "I", "SEPT20"],
      expected: typed([9])),
    Case(
      name: "a message's code, relaxed", members: relaxed, codes: ["mail5"], expected: typed([0])),
    Case(
      name: "the message's link, trimmed", members: relaxed, codes: [],
      link: " https://shop.example/p?c=1\n",
      expected: Presentation(codeIndices: [], viaLink: true, isAutomatic: false)),
    Case(
      name: "another link", members: relaxed, codes: [], link: "https://shop.example/p?c=2",
      expected: nil),
    Case(
      name: "exact: as written, trimmed", members: exact, codes: [" SEPT20 "], expected: typed([0])),
    Case(
      name: "exact: lower case does not match", members: exact, codes: ["sept20"], expected: nil),
    Case(name: "exact: dash does not match", members: exact, codes: ["SEPT-20"], expected: nil),
    // The message shows the exact code itself: it is matched exactly, as the promise says (checkout does not know
    // "sept20"), not relaxed like a message code of another campaign.
    Case(
      name: "exact: message shows the code, typed as written", members: exactWithMessage,
      codes: ["SEPT20"], expected: typed([0])),
    Case(
      name: "exact: message shows the code, typed lower case", members: exactWithMessage,
      codes: ["sept20"], expected: nil),
    Case(
      name: "automatic, no code", members: automatic, codes: [],
      expected: Presentation(codeIndices: [], viaLink: false, isAutomatic: true)),
  ]

  @Test(arguments: cases) func presentation(_ testCase: Case) throws {
    let campaign = try OracleFixtures.campaign(testCase.members)
    var checkout = OracleFixtures.checkout(
      [OracleFixtures.line(5000, 1, "A", [])], codes: testCase.codes)
    checkout.link = testCase.link
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    if let expected = testCase.expected {
      // 20% of 50.00 = 10.00.
      #expect(judgement == .entitled(amount: 1000, presentation: expected))
    } else {
      #expect(judgement == .notPresented)
    }
  }

  /// Terms that say `exact` are matched exactly even when the mechanics are relaxed (the promise decides).
  @Test func termsDecideTheMatching() throws {
    let campaign = try OracleFixtures.campaign(
      #""activation": {"codes": ["SEPT20"]}, "benefit": {"percentOff": 20}, "terms": {"codeMatching": "exact", "benefit": {"percentOff": 20}}"#
    )
    let checkout = OracleFixtures.checkout(
      [OracleFixtures.line(5000, 1, "A", [])], codes: ["sept20"])
    #expect(PromiseOracle(campaign: campaign).judge(checkout) == .notPresented)
  }
}
