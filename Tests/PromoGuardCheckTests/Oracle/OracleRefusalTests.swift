import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Every refusal reason of the terms, its boundary, and the order of reasons.
@Suite struct OracleRefusalTests {
  /// A checkout change and the campaign members it is judged against.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var members: String
    var at: String = "2026-09-15T12:00:00Z"
    var channel: String?
    var customer: Checkout.Customer?
    var totals: [String: Int64] = [:]
    var lines: [Checkout.Line] = [OracleFixtures.line(5000, 1, "A", [])]
    /// `nil`: entitled to 20% of the basket.
    var refusal: CodeStatus?
    var testDescription: String { name }
  }

  static let line = OracleFixtures.line
  static let percent = #""benefit": {"percentOff": 20}"#
  static let member = Checkout.Customer(id: "c-1", segments: ["vip"], orderCount: 0)
  static let stranger = Checkout.Customer(id: "c-2", segments: [], orderCount: 3)

  static let cases: [Case] = [
    Case(
      name: "one second before starts", members: percent + #", "starts": "2026-10-01T00:00:00Z""#,
      at: "2026-09-30T23:59:59Z", refusal: .notYetActive),
    Case(
      name: "at starts (inclusive)", members: percent + #", "starts": "2026-10-01T00:00:00Z""#,
      at: "2026-10-01T00:00:00Z"),
    // A date alone is local midnight: ends 2026-10-01 in UTC.
    Case(
      name: "at ends (exclusive)", members: percent + #", "ends": "2026-10-01""#,
      at: "2026-10-01T00:00:00Z",
      refusal: .expired),
    Case(
      name: "just before ends", members: percent + #", "ends": "2026-10-01""#,
      at: "2026-09-30T23:59:59.999999Z"),
    // New York, ends 2026-10-01 local midnight = 04:00Z (EDT, UTC−4).
    Case(
      name: "zone: before local midnight",
      members: percent + #", "timeZone": "America/New_York", "ends": "2026-10-01""#,
      at: "2026-10-01T03:59:59Z"),
    Case(
      name: "zone: at local midnight",
      members: percent + #", "timeZone": "America/New_York", "ends": "2026-10-01""#,
      at: "2026-10-01T04:00:00Z", refusal: .expired),
    // 2024-03-10T02:30 does not exist in New York: read as 03:30 EDT = 07:30Z.
    Case(
      name: "DST gap: 07:29:59Z is before",
      members: percent + #", "timeZone": "America/New_York", "starts": "2024-03-10T02:30:00""#,
      at: "2024-03-10T07:29:59Z", refusal: .notYetActive),
    Case(
      name: "DST gap: 07:30Z is the start",
      members: percent + #", "timeZone": "America/New_York", "starts": "2024-03-10T02:30:00""#,
      at: "2024-03-10T07:30:00Z"),
    // 2024-11-03T01:30 happens twice: the earlier, 01:30 EDT = 05:30Z.
    Case(
      name: "DST overlap: ends at the earlier 01:30",
      members: percent + #", "timeZone": "America/New_York", "ends": "2024-11-03T01:30:00""#,
      at: "2024-11-03T05:30:00Z", refusal: .expired),
    Case(
      name: "DST overlap: 05:29:59Z still runs",
      members: percent + #", "timeZone": "America/New_York", "ends": "2024-11-03T01:30:00""#,
      at: "2024-11-03T05:29:59Z"),
    Case(
      name: "wrong currency", members: #""currency": "EUR", "benefit": {"percentOff": 20}"#,
      refusal: .wrongCurrency),
    Case(
      name: "wrong channel", members: percent + #", "channels": ["app"]"#, channel: "web",
      refusal: .wrongChannel),
    Case(name: "no channel", members: percent + #", "channels": ["app"]"#, refusal: .wrongChannel),
    Case(name: "listed channel", members: percent + #", "channels": ["app"]"#, channel: "app"),
    Case(
      name: "not in the audience", members: percent + #", "audience": {"segments": ["vip"]}"#,
      customer: stranger,
      refusal: .notEligible),
    Case(
      name: "in a segment", members: percent + #", "audience": {"segments": ["vip"]}"#,
      customer: member),
    Case(
      name: "listed customer", members: percent + #", "audience": {"customers": ["c-2"]}"#,
      customer: stranger),
    Case(
      name: "audience without customer", members: percent + #", "audience": {"segments": ["vip"]}"#,
      refusal: .customerRequired),
    Case(
      name: "perCustomer without customer", members: percent + #", "limits": {"perCustomer": 1}"#,
      refusal: .customerRequired),
    Case(
      name: "firstOrder without customer",
      members: percent + #", "conditions": {"firstOrder": true}"#,
      refusal: .customerRequired),
    Case(
      name: "total limit reached", members: percent + #", "limits": {"total": 100}"#,
      totals: ["promo": 100],
      refusal: .limitReached),
    Case(
      name: "total limit not reached", members: percent + #", "limits": {"total": 100}"#,
      totals: ["promo": 99]),
    Case(
      name: "perCustomer reached", members: percent + #", "limits": {"perCustomer": 1}"#,
      customer: Checkout.Customer(id: "c-1", redemptions: ["promo": 1]), refusal: .limitReached),
    Case(
      name: "perCustomer not reached", members: percent + #", "limits": {"perCustomer": 2}"#,
      customer: Checkout.Customer(id: "c-1", redemptions: ["promo": 1])),
    // Minimum 50.00 on target lines; the basket has 42.00 of them (and 100.00 of other lines).
    Case(
      name: "below minSubtotal",
      members: percent
        + #", "conditions": {"minSubtotal": "50.00"}, "target": {"include": {"skus": ["A"]}}"#,
      lines: [line(4200, 1, "A", []), line(10000, 1, "B", [])], refusal: .conditionsNotMet),
    Case(
      name: "exactly minSubtotal", members: percent + #", "conditions": {"minSubtotal": "50.00"}"#,
      lines: [line(2500, 2, "A", [])]),
    Case(
      name: "below minQuantity", members: percent + #", "conditions": {"minQuantity": 3}"#,
      lines: [line(2500, 2, "A", [])], refusal: .conditionsNotMet),
    Case(
      name: "not a first order", members: percent + #", "conditions": {"firstOrder": true}"#,
      customer: stranger,
      refusal: .conditionsNotMet),
    Case(
      name: "a first order", members: percent + #", "conditions": {"firstOrder": true}"#,
      customer: member),
    // Buy 2 get 1 needs 3 eligible units; 2 are there.
    Case(
      name: "buy 2 get 1 with 2 units", members: #""benefit": {"buy": 2, "get": 1}"#,
      lines: [line(1000, 2, "A", [])],
      refusal: .conditionsNotMet),
    // maxItems 2 never fills a group of 3, whatever the basket.
    Case(
      name: "maxItems below the group", members: #""benefit": {"buy": 2, "get": 1}, "maxItems": 2"#,
      lines: [line(1000, 5, "A", [])], refusal: .conditionsNotMet),
    Case(
      name: "3 for $25 with 2 units",
      members: #""benefit": {"fixedPrice": "25.00", "quantity": 3}"#,
      lines: [line(1000, 2, "A", [])], refusal: .conditionsNotMet),
    // Expired and wrong channel: expired comes first in status order.
    Case(
      name: "expired before wrong channel",
      members: percent + #", "ends": "2026-09-01", "channels": ["app"]"#,
      channel: "web", refusal: .expired),
    // Not eligible before limit reached.
    Case(
      name: "notEligible before limitReached",
      members: percent + #", "audience": {"segments": ["vip"]}, "limits": {"total": 1}"#,
      customer: stranger,
      totals: ["promo": 5], refusal: .notEligible),
    // limitReached before conditionsNotMet.
    Case(
      name: "limitReached before conditionsNotMet",
      members: percent + #", "limits": {"total": 1}, "conditions": {"minSubtotal": "100.00"}"#,
      totals: ["promo": 1], refusal: .limitReached),
  ]

  @Test(arguments: cases) func refusal(_ testCase: Case) throws {
    let campaign = try OracleFixtures.campaign(testCase.members)
    var checkout = OracleFixtures.checkout(testCase.lines, customer: testCase.customer)
    checkout.at = try OracleFixtures.instant(testCase.at)
    checkout.channel = testCase.channel
    checkout.redemptionTotals = testCase.totals
    let presentation = Presentation(codeIndices: [0], viaLink: false, isAutomatic: false)
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    if let refusal = testCase.refusal {
      #expect(judgement == .refused(reason: refusal, presentation: presentation))
    } else {
      // 20% of the 50.00 basket = 10.00.
      #expect(judgement == .entitled(amount: 1000, presentation: presentation))
    }
  }
}
