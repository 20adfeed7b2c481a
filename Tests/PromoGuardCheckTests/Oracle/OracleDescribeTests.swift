import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The one-line descriptions of judgements.
@Suite struct OracleDescribeTests {
  /// A judged checkout and its expected description.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var members: String
    var lines: [Checkout.Line]
    var shipping: Int64 = 0
    var codes: [String] = ["SAVE"]
    var expected: String
    var testDescription: String { name }
  }

  static let line = OracleFixtures.line

  static let cases: [Case] = [
    // 149.00 × 20% = 29.80.
    Case(
      name: "percent", members: #""benefit": {"percentOff": 20}"#, lines: [line(14900, 1, "A", [])],
      expected: "20% off the eligible items: $29.80"),
    Case(
      name: "minimum spend",
      members: #""benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "50.00"}"#,
      lines: [line(4200, 1, "A", [])],
      expected:
        "nothing: the terms require a minimum spend of $50.00 on eligible items (the basket has $42.00)"
    ),
    Case(
      name: "not presented", members: #""benefit": {"percentOff": 20}"#,
      lines: [line(14900, 1, "A", [])],
      codes: [], expected: "nothing: the checkout does not use this offer"),
    // Buy 2 get 1 with 3 × 10.00: one unit free, 10.00.
    Case(
      name: "buy get", members: #""benefit": {"buy": 2, "get": 1}"#,
      lines: [line(1000, 3, "A", [])],
      expected: "buy 2, get 1 free: $10.00"),
    Case(
      name: "group too small", members: #""benefit": {"buy": 2, "get": 1}"#,
      lines: [line(1000, 2, "A", [])],
      expected: "nothing: the offer needs 3 eligible items (the basket has 2)"),
    Case(
      name: "free shipping", members: #""benefit": {"shipping": {"percentOff": 100}}"#,
      lines: [line(1000, 1, "A", [])], shipping: 995, expected: "free shipping: $9.95"),
    Case(
      name: "expired", members: #""benefit": {"percentOff": 20}, "ends": "2026-09-01""#,
      lines: [line(1000, 1, "A", [])],
      expected: "nothing: the offer ended on 1 September 2026 at 00:00 (UTC)"),
  ]

  @Test(arguments: cases) func description(_ testCase: Case) throws {
    let campaign = try OracleFixtures.campaign(testCase.members)
    let checkout = OracleFixtures.checkout(
      testCase.lines, shipping: testCase.shipping, codes: testCase.codes)
    let oracle = PromiseOracle(campaign: campaign)
    #expect(oracle.describe(oracle.judge(checkout), checkout: checkout) == testCase.expected)
  }
}
