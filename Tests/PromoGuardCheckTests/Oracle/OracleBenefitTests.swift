import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The amount the promise gives, for every benefit kind, worked by hand.
@Suite struct OracleBenefitTests {
  /// One benefit case: campaign members, the basket and the expected judgement.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var members: String
    var lines: [Checkout.Line]
    var shipping: Int64 = 0
    /// The expected amount in cents, or `nil` for `nothingToDiscount` / a refusal given in `refusal`.
    var amount: Int64?
    var refusal: CodeStatus?
    var testDescription: String { name }
  }

  static let line = OracleFixtures.line

  static let cases: [Case] = [
    // 149.00 × 20% = 29.80.
    Case(
      name: "20% off one line", members: #""benefit": {"percentOff": 20}"#,
      lines: [line(14900, 1, "A", [])],
      amount: 2980),
    // Three lines of 5¢ at 10%: 0.5¢ each, sum 1.5¢, halfUp → 2¢.
    Case(
      name: "10% of 3 × 5¢ halfUp", members: #""benefit": {"percentOff": 10}"#,
      lines: [line(5, 1, "A", []), line(5, 1, "B", []), line(5, 1, "C", [])], amount: 2),
    // Same sum 1.5¢ with down → 1¢.
    Case(
      name: "10% of 3 × 5¢ down", members: #""benefit": {"percentOff": 10}, "rounding": "down""#,
      lines: [line(5, 1, "A", []), line(5, 1, "B", []), line(5, 1, "C", [])], amount: 1),
    // 10% of 25¢ = 2.5¢: halfEven → 2¢ (2 is even).
    Case(
      name: "10% of 25¢ halfEven",
      members: #""benefit": {"percentOff": 10}, "rounding": "halfEven""#,
      lines: [line(25, 1, "A", [])], amount: 2),
    // 10% of 25¢ = 2.5¢: halfUp → 3¢.
    Case(
      name: "10% of 25¢ halfUp", members: #""benefit": {"percentOff": 10}"#,
      lines: [line(25, 1, "A", [])],
      amount: 3),
    // 10% of 35¢ = 3.5¢: halfEven → 4¢ (3 is odd).
    Case(
      name: "10% of 35¢ halfEven",
      members: #""benefit": {"percentOff": 10}, "rounding": "halfEven""#,
      lines: [line(35, 1, "A", [])], amount: 4),
    // 12.3456% of 100.00 = 1234.56¢ → 1235¢.
    Case(
      name: "12.3456% of 100.00", members: #""benefit": {"percentOff": "12.3456"}"#,
      lines: [line(10000, 1, "A", [])], amount: 1235),
    // 1% of 0.10 × 5 (50¢) = 0.5¢ → halfUp 1¢, rounded once on the sum (each unit alone would be 0.1¢).
    Case(
      name: "1% of 5 × 10¢ rounds the sum once", members: #""benefit": {"percentOff": 1}"#,
      lines: [line(10, 5, "A", [])], amount: 1),
    // $10 off 10.00 + 20.00: 1000¢.
    Case(
      name: "amountOff shared", members: #""benefit": {"amountOff": "10.00"}"#,
      lines: [line(1000, 1, "A", []), line(2000, 1, "B", [])], amount: 1000),
    // $10 off 1.00 + 2.00: capped by what is left, 300¢.
    Case(
      name: "amountOff beyond the basket", members: #""benefit": {"amountOff": "10.00"}"#,
      lines: [line(100, 1, "A", []), line(200, 1, "B", [])], amount: 300),
    // Buy 2 get 1 with 30, 20, 10, 25: sorted 30, 25, 20 | 10 → the 20 is free: 2000¢.
    Case(
      name: "buy 2 get 1 free", members: #""benefit": {"buy": 2, "get": 1}"#,
      lines: [
        line(3000, 1, "A", []), line(2000, 1, "B", []), line(1000, 1, "C", []),
        line(2500, 1, "D", []),
      ],
      amount: 2000),
    // Same at 50%: 2000 × 50% = 1000¢.
    Case(
      name: "buy 2 get 1 at 50%", members: #""benefit": {"buy": 2, "get": 1, "percentOff": 50}"#,
      lines: [
        line(3000, 1, "A", []), line(2000, 1, "B", []), line(1000, 1, "C", []),
        line(2500, 1, "D", []),
      ],
      amount: 1000),
    // Buy 1 get 1 with 5 units of 10.00: groups (10,10)(10,10), fifth alone → 2 free units, 2000¢.
    Case(
      name: "buy 1 get 1 with an odd count", members: #""benefit": {"buy": 1, "get": 1}"#,
      lines: [line(1000, 5, "A", [])], amount: 2000),
    // Buy 2 get 1 over two lines: 50 × 2, 40 × 4 → sorted 50 50 40 | 40 40 40 → free 40 + 40 = 8000¢.
    Case(
      name: "buy 2 get 1 across runs", members: #""benefit": {"buy": 2, "get": 1}"#,
      lines: [line(4000, 4, "A", []), line(5000, 2, "B", [])], amount: 8000),
    // Buy 2 get 1 on 1,000,000 units of 3.00: 333,333 groups → 333,333 × 300 = 99,999,900¢.
    Case(
      name: "buy 2 get 1 on a million units", members: #""benefit": {"buy": 2, "get": 1}"#,
      lines: [line(300, 1_000_000, "A", [])], amount: 99_999_900),
    // 3 for 25.00 with 10.00 × 2 and 12.00: one group of 32.00 → 700¢.
    Case(
      name: "3 for $25", members: #""benefit": {"fixedPrice": "25.00", "quantity": 3}"#,
      lines: [line(1000, 2, "A", []), line(1200, 1, "B", [])], amount: 700),
    // 3 for 25.00 with 10.00 × 7: two groups of 30.00 → 2 × 500 = 1000¢ (the 7th unit is in no group).
    Case(
      name: "3 for $25 with 7 units",
      members: #""benefit": {"fixedPrice": "25.00", "quantity": 3}"#,
      lines: [line(1000, 7, "A", [])], amount: 1000),
    // 2 for 15.00 with 12, 10, 5, 4 (sorted): groups (12,10) → 700 and (5,4) → max(0, 900−1500) = 0 → 700¢.
    Case(
      name: "2 for $15, one group already cheaper",
      members: #""benefit": {"fixedPrice": "15.00", "quantity": 2}"#,
      lines: [
        line(500, 1, "A", []), line(1200, 1, "B", []), line(400, 1, "C", []),
        line(1000, 1, "D", []),
      ],
      amount: 700),
    // 3 for 35.00 with 10.00 × 3: the group costs 30.00 < 35.00 → nothing.
    Case(
      name: "3 for $35 already cheaper",
      members: #""benefit": {"fixedPrice": "35.00", "quantity": 3}"#,
      lines: [line(1000, 3, "A", [])], refusal: .nothingToDiscount),
    // maxItems 2 at 50% with 8, 3, 5: the two cheapest 3 + 5 = 8.00 → 400¢.
    Case(
      name: "maxItems 2 at 50%", members: #""benefit": {"percentOff": 50}, "maxItems": 2"#,
      lines: [line(800, 1, "A", []), line(300, 1, "B", []), line(500, 1, "C", [])], amount: 400),
    // maxItems 3, buy 2 get 1 with 50, 40, 30, 20: cheapest three 40, 30, 20 → 20 free: 2000¢.
    Case(
      name: "maxItems 3 buy 2 get 1", members: #""benefit": {"buy": 2, "get": 1}, "maxItems": 3"#,
      lines: [
        line(5000, 1, "A", []), line(4000, 1, "B", []), line(3000, 1, "C", []),
        line(2000, 1, "D", []),
      ],
      amount: 2000),
    // maxItems 2 with amountOff 10.00 on 3.00 and 4.00 (and 9.00): left is 7.00 → 700¢.
    Case(
      name: "maxItems caps amountOff",
      members: #""benefit": {"amountOff": "10.00"}, "maxItems": 2"#,
      lines: [line(900, 1, "A", []), line(300, 1, "B", []), line(400, 1, "C", [])], amount: 700),
    // Tiers 50.00 → 10%, 100.00 → 25.00 off; subtotal 120.00 → 2500¢.
    Case(
      name: "highest tier reached",
      members:
        #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "100.00", "amountOff": "25.00"}]}"#,
      lines: [line(12000, 1, "A", [])], amount: 2500),
    // Subtotal 60.00 → 10% → 600¢.
    Case(
      name: "lower tier",
      members:
        #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "100.00", "amountOff": "25.00"}]}"#,
      lines: [line(6000, 1, "A", [])], amount: 600),
    // Subtotal 40.00 < 50.00 → conditionsNotMet.
    Case(
      name: "below the lowest tier",
      members: #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10}]}"#,
      lines: [line(4000, 1, "A", [])], refusal: .conditionsNotMet),
    // Free shipping of 9.95 → 995¢.
    Case(
      name: "free shipping", members: #""benefit": {"shipping": {"percentOff": 100}}"#,
      lines: [line(1000, 1, "A", [])], shipping: 995, amount: 995),
    // 15.00 off shipping of 9.95 → at most the shipping, 995¢.
    Case(
      name: "amount off shipping beyond it",
      members: #""benefit": {"shipping": {"amountOff": "15.00"}}"#,
      lines: [line(1000, 1, "A", [])], shipping: 995, amount: 995),
    // 50% of 9.95 = 497.5¢ → halfUp 498¢.
    Case(
      name: "half off shipping", members: #""benefit": {"shipping": {"percentOff": 50}}"#,
      lines: [line(1000, 1, "A", [])], shipping: 995, amount: 498),
    // No shipping → nothing.
    Case(
      name: "shipping benefit without shipping",
      members: #""benefit": {"shipping": {"percentOff": 100}}"#,
      lines: [line(1000, 1, "A", [])], refusal: .nothingToDiscount),
    // Shipping 9.95 but no target line (include sku Z): nothing (Evaluation.md §6.3 "no target line").
    Case(
      name: "shipping benefit without target line",
      members:
        #""benefit": {"shipping": {"percentOff": 100}}, "target": {"include": {"skus": ["Z"]}}"#,
      lines: [line(1000, 1, "A", [])], shipping: 995, refusal: .nothingToDiscount),
    // 20% of 149.00 = 29.80, capped at 20.00 → 2000¢.
    Case(
      name: "maxDiscount caps", members: #""benefit": {"percentOff": 20}, "maxDiscount": "20.00""#,
      lines: [line(14900, 1, "A", [])], amount: 2000),
    // Include category throws: 149.00 of throws, 100.00 of rugs → 20% of 149.00 = 2980¢.
    Case(
      name: "target include",
      members: #""benefit": {"percentOff": 20}, "target": {"include": {"categories": ["throws"]}}"#,
      lines: [line(14900, 1, "A", ["throws"]), line(10000, 1, "B", ["rugs"])], amount: 2980),
    // Exclude sku B: 20% of 149.00 = 2980¢.
    Case(
      name: "target exclude",
      members: #""benefit": {"percentOff": 20}, "target": {"exclude": {"skus": ["B"]}}"#,
      lines: [line(14900, 1, "A", ["throws"]), line(10000, 1, "B", ["rugs"])], amount: 2980),
    // Include sku Z: no target line → nothing.
    Case(
      name: "no target line",
      members: #""benefit": {"percentOff": 20}, "target": {"include": {"skus": ["Z"]}}"#,
      lines: [line(14900, 1, "A", [])], refusal: .nothingToDiscount),
    // 1% of 1¢ = 0.01¢ → rounds to 0 → nothing.
    Case(
      name: "rounds to zero", members: #""benefit": {"percentOff": 1}"#,
      lines: [line(1, 1, "A", [])],
      refusal: .nothingToDiscount),
    // 10% of 10.00 × 1,000,000 = 10% of 1,000,000,000¢ = 100,000,000¢.
    Case(
      name: "a million units", members: #""benefit": {"percentOff": 10}"#,
      lines: [line(1000, 1_000_000, "A", [])], amount: 100_000_000),
    // 10% of 10^15¢ × 10^6 = 10^20¢ is beyond Int64: the engine rejects such a basket; the oracle caps at Int64.max.
    Case(
      name: "beyond 64 bits", members: #""benefit": {"percentOff": 10}"#,
      lines: [line(1_000_000_000_000_000, 1_000_000, "A", [])], amount: Int64.max),
  ]

  @Test(arguments: cases) func amount(_ testCase: Case) throws {
    let campaign = try OracleFixtures.campaign(testCase.members)
    let checkout = OracleFixtures.checkout(testCase.lines, shipping: testCase.shipping)
    let presentation = Presentation(codeIndices: [0], viaLink: false, isAutomatic: false)
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    if let amount = testCase.amount {
      #expect(judgement == .entitled(amount: amount, presentation: presentation))
    } else {
      #expect(
        judgement
          == .refused(reason: testCase.refusal ?? .nothingToDiscount, presentation: presentation))
    }
  }

  /// 15% of ¥1,005 = ¥150.75 → ¥151 (JPY has no minor digits).
  @Test func yen() throws {
    let campaign = try OracleFixtures.campaign(#""currency": "JPY", "benefit": {"percentOff": 15}"#)
    var checkout = OracleFixtures.checkout([])
    checkout.currency = .jpy
    checkout.shipping = Money(minorUnits: 0, currency: .jpy)
    checkout.lines = [Checkout.Line(sku: "A", unitPrice: Money(minorUnits: 1005, currency: .jpy))]
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    #expect(
      judgement
        == .entitled(
          amount: 151,
          presentation: Presentation(codeIndices: [0], viaLink: false, isAutomatic: false)))
  }
}
