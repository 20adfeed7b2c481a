import PromoGuard
import Testing

/// Tiers by `minQuantity`: "buy 3 save 10%, buy 5 save 20%", the highest tier whose units the target reaches.
@Suite struct QuantityTierTests {
  static let buyMore = [
    EngineFixture.campaign(
      "buy-more", code: "CODE",
      "\"benefit\": {\"tiers\": [{\"minQuantity\": 3, \"percentOff\": 10}, "
        + "{\"minQuantity\": 5, \"percentOff\": 20}]}")
  ]

  static func units(_ count: Int64, _ discount: Int64) -> EngineCase {
    EngineCase(
      name: "\(count) units of 9.99", campaigns: buyMore,
      lines: [LineSpec(sku: "A", price: 999, quantity: count)], lineDiscounts: [discount],
      statuses: [discount == 0 ? .conditionsNotMet : .applied])
  }

  static let cases: [EngineCase] = [
    units(2, 0),
    // 10% × 3 × 999¢ = 299.7 → 300¢.
    units(3, 300),
    // 10% × 4 × 999¢ = 399.6 → 400¢.
    units(4, 400),
    // 20% × 5 × 999¢ = 999¢.
    units(5, 999),
    // 20% × 6 × 999¢ = 1198.8 → 1199¢.
    units(6, 1_199),
    // Units across lines: 2 × 10.00 + 1 × 7.00 = 3 units → 10%: 200 + 70 = 270¢.
    EngineCase(
      name: "units counted across lines", campaigns: buyMore,
      lines: [LineSpec(sku: "A", price: 1_000, quantity: 2), LineSpec(sku: "B", price: 700)],
      lineDiscounts: [200, 70]),
    // Evaluation.md: 4 napkins at 6.50 and a ring at 3.99 = 5 units → 10%: 299.9¢ → 300¢; shares
    // 300 × 2600/2999 = 260.087 and 300 × 399/2999 = 39.913 → 260 + 39 = 299, the cent to the ring (0.913).
    EngineCase(
      name: "the worked example: rounding once and the cent left",
      campaigns: [
        EngineFixture.campaign(
          "napkins", code: "CODE",
          "\"benefit\": {\"tiers\": [{\"minQuantity\": 3, \"percentOff\": 10}, "
            + "{\"minQuantity\": 6, \"percentOff\": 20}]}")
      ],
      lines: [LineSpec(sku: "NAPKIN", price: 650, quantity: 4), LineSpec(sku: "RING", price: 399)],
      lineDiscounts: [260, 40]),
  ]

  @Test(arguments: cases) func tierChosen(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }

  /// Below the first tier the detail names `tierQuantity`: 3 required, 2 in the basket, 1 missing.
  @Test func belowTheFirstTier() throws {
    let set = try EngineFixture.set(Self.buyMore)
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: 999, quantity: 2)], codes: ["CODE"]))
    let code = try #require(quote.codes.first)
    let shortfall = try #require(code.detail.shortfalls.first)
    #expect(shortfall.condition == "tierQuantity")
    #expect([shortfall.required, shortfall.actual, shortfall.missing] == [3, 2, 1])
    #expect(!shortfall.isMoney)
    #expect(code.message.contains("buy at least 3 eligible items to reach the first tier"))
  }
}
