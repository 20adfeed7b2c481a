import PromoGuard
import Testing

/// Tiers: exactly at, one minor unit under and over each `minSubtotal`, with percent and amount tiers.
@Suite struct TierBoundaryTests {
  static let percentTiers = [
    EngineFixture.campaign(
      "tiered", code: "CODE",
      "\"benefit\": {\"tiers\": [{\"minSubtotal\": \"50.00\", \"percentOff\": 10}, "
        + "{\"minSubtotal\": \"100.00\", \"percentOff\": 20}]}")
  ]
  static let amountTiers = [
    EngineFixture.campaign(
      "tiered", code: "CODE",
      "\"benefit\": {\"tiers\": [{\"minSubtotal\": \"30.00\", \"amountOff\": \"5.00\"}, "
        + "{\"minSubtotal\": \"60.00\", \"amountOff\": \"15.00\"}]}")
  ]

  static func tier(_ name: String, _ campaigns: [String], _ price: Int64, _ discount: Int64)
    -> EngineCase
  {
    EngineCase(
      name: name, campaigns: campaigns, lines: [LineSpec(sku: "A", price: price)],
      lineDiscounts: [discount], statuses: [discount == 0 ? .conditionsNotMet : .applied])
  }

  static let cases: [EngineCase] = [
    tier("percent: 49.99 is below the first tier", percentTiers, 4_999, 0),
    // 10% × 5000¢ = 500¢.
    tier("percent: exactly 50.00", percentTiers, 5_000, 500),
    // 10% × 5001¢ = 500.1¢ → 500¢.
    tier("percent: 50.01", percentTiers, 5_001, 500),
    // 10% × 9999¢ = 999.9¢ → 1000¢ (still the first tier).
    tier("percent: 99.99", percentTiers, 9_999, 1_000),
    // 20% × 10000¢ = 2000¢.
    tier("percent: exactly 100.00", percentTiers, 10_000, 2_000),
    // 20% × 10001¢ = 2000.2¢ → 2000¢.
    tier("percent: 100.01", percentTiers, 10_001, 2_000),
    tier("amount: 29.99 is below the first tier", amountTiers, 2_999, 0),
    tier("amount: exactly 30.00", amountTiers, 3_000, 500),
    tier("amount: 30.01", amountTiers, 3_001, 500),
    tier("amount: 59.99", amountTiers, 5_999, 500),
    tier("amount: exactly 60.00", amountTiers, 6_000, 1_500),
    tier("amount: 60.01", amountTiers, 6_001, 1_500),
  ]

  @Test(arguments: cases) func tierChosen(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }

  /// Tiers are chosen on the original target subtotal, even after an earlier campaign lowered the lines.
  @Test func tierMeasuredAtOriginalPrices() throws {
    // first (priority 10): $10 off → the 100.00 line is at 90.00 when the tiers apply. The tier is still
    // chosen on 100.00 (20%), taken on what is left: 20% × 9000¢ = 1800¢. Total line discount 1000 + 1800.
    let campaigns = [
      EngineFixture.campaign(
        "first", code: "FIRST",
        "\"benefit\": {\"amountOff\": \"10.00\"}, \"stacking\": {\"priority\": 10}"),
      TierBoundaryTests.percentTiers[0],
    ]
    try EngineCase(
      name: "tier at original prices", campaigns: campaigns,
      lines: [LineSpec(sku: "A", price: 10_000)], codes: ["FIRST", "CODE"],
      lineDiscounts: [2_800], statuses: [.applied, .applied]
    ).verify()
  }
}
