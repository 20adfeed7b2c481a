import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The oracle's reading of issue 11's fields, worked by hand: amounts off each unit, maximum spends, conditions
/// on the whole order, tiers by quantity and which units an item cap takes.
@Suite struct OracleNewKindsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var members: String
    var lines: [Checkout.Line]
    /// The expected amount in cents, or `nil` for the refusal in `refusal`.
    var amount: Int64?
    var refusal: CodeStatus = .conditionsNotMet
    var testDescription: String { name }
  }

  static let line = OracleFixtures.line

  static let cases: [Case] = [
    // min(400, 500) + 2 × 500 = 1400.
    Case(
      name: "$5 off each of 4.00, 30.00, 30.00", members: #""benefit": {"amountOffEach": "5.00"}"#,
      lines: [line(400, 1, "KIDS", []), line(3000, 2, "WOOL", [])], amount: 1400),
    Case(
      name: "$5 off each of free units only", members: #""benefit": {"amountOffEach": "5.00"}"#,
      lines: [line(0, 3, "FREE", [])], amount: nil, refusal: .nothingToDiscount),
    // 10% × 20000 = 2000: the maximum is inclusive.
    Case(
      name: "exactly the maximum spend",
      members: #""conditions": {"maxSubtotal": "200.00"}, "benefit": {"percentOff": 10}"#,
      lines: [line(20000, 1, "A", [])], amount: 2000),
    Case(
      name: "one cent over the maximum spend",
      members: #""conditions": {"maxSubtotal": "200.00"}, "benefit": {"percentOff": 10}"#,
      lines: [line(20001, 1, "A", [])], amount: nil),
    // Order: 2 × 12.00 + 98.00 = 122.00 ≥ 100.00; 20% of the towels' 24.00 = 480.
    Case(
      name: "minimum on the whole order",
      members:
        #""conditions": {"minSubtotal": "100.00", "scope": "order"}, "target": {"include": {"categories": ["towels"]}}, "benefit": {"percentOff": 20}"#,
      lines: [line(1200, 2, "TOWEL", ["towels"]), line(9800, 1, "ROBE", ["robes"])], amount: 480),
    Case(
      name: "minimum on the target lines",
      members:
        #""conditions": {"minSubtotal": "100.00"}, "target": {"include": {"categories": ["towels"]}}, "benefit": {"percentOff": 20}"#,
      lines: [line(1200, 2, "TOWEL", ["towels"]), line(9800, 1, "ROBE", ["robes"])], amount: nil),
    // 4 units ≥ 3 (not 5): 10% × 4 × 999 = 399.6 → 400.
    Case(
      name: "quantity tier reached",
      members:
        #""benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 5, "percentOff": 20}]}"#,
      lines: [line(999, 4, "A", [])], amount: 400),
    Case(
      name: "below the first quantity tier",
      members:
        #""benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 5, "percentOff": 20}]}"#,
      lines: [line(999, 2, "A", [])], amount: nil),
    // Most expensive 2 of 10.00, 20.00, 40.00 at 50%: 1000 + 2000 = 3000.
    Case(
      name: "the two most expensive",
      members: #""benefit": {"percentOff": 50}, "maxItems": {"count": 2, "pick": "mostExpensive"}"#,
      lines: [line(1000, 1, "A", []), line(2000, 1, "B", []), line(4000, 1, "C", [])],
      amount: 3000),
    // Cap 5 with five free samples: the priced 10.00 and 20.00 at 50% = 1500.
    Case(
      name: "free samples do not use up the cap",
      members: #""benefit": {"percentOff": 50}, "maxItems": 5"#,
      lines: [line(0, 5, "SAMPLE", []), line(1000, 1, "A", []), line(2000, 1, "B", [])],
      amount: 1500),
  ]

  @Test(arguments: cases) func judgement(_ testCase: Case) throws {
    let campaign = try OracleFixtures.campaign(testCase.members)
    let checkout = OracleFixtures.checkout(testCase.lines)
    let presentation = Presentation(codeIndices: [0], viaLink: false, isAutomatic: false)
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    if let amount = testCase.amount {
      #expect(judgement == .entitled(amount: amount, presentation: presentation))
    } else {
      #expect(judgement == .refused(reason: testCase.refusal, presentation: presentation))
    }
  }
}
