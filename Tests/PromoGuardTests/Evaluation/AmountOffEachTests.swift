import PromoGuard
import Testing

/// `amountOffEach`: every target unit costs the amount less, never below zero; with `maxItems`, only the chosen
/// units; stacked, on what earlier campaigns left of each unit.
@Suite struct AmountOffEachTests {
  static let fiveOff = EngineFixture.campaign(
    "pairs", code: "CODE", "\"benefit\": {\"amountOffEach\": \"5.00\"}")

  static let cases: [EngineCase] = [
    // 3 pairs at 4.00, 30.00, 30.00: min(400, 500) + 500 + 500 = 1400¢.
    EngineCase(
      name: "$5 off each of 3 pairs at 4.00, 30.00, 30.00", campaigns: [fiveOff],
      lines: [LineSpec(sku: "KIDS", price: 400), LineSpec(sku: "WOOL", price: 3_000, quantity: 2)],
      lineDiscounts: [400, 1_000]),
    // A unit at exactly the amount becomes free: 500¢; a unit one cent above keeps 1¢: 500¢.
    EngineCase(
      name: "a unit at 5.00 is free, at 5.01 costs 0.01", campaigns: [fiveOff],
      lines: [LineSpec(sku: "A", price: 500), LineSpec(sku: "B", price: 501)],
      lineDiscounts: [500, 500]),
    // A free unit gives nothing and is not refused: 0 + 500¢.
    EngineCase(
      name: "a free unit gets nothing", campaigns: [fiveOff],
      lines: [LineSpec(sku: "FREE", price: 0, quantity: 3), LineSpec(sku: "B", price: 1_200)],
      lineDiscounts: [0, 500]),
    // Only free units: nothing to discount.
    EngineCase(
      name: "only free units: nothingToDiscount", campaigns: [fiveOff],
      lines: [LineSpec(sku: "FREE", price: 0, quantity: 2)], lineDiscounts: [0],
      statuses: [.nothingToDiscount]),
    // maxItems 2 (cheapest): of 4.00, 12.00, 30.00 the two cheapest are 4.00 and 12.00: 400 + 500 = 900¢.
    EngineCase(
      name: "maxItems 2 takes the two cheapest",
      campaigns: [
        EngineFixture.campaign(
          "pairs", code: "CODE", "\"benefit\": {\"amountOffEach\": \"5.00\"}, \"maxItems\": 2")
      ],
      lines: [
        LineSpec(sku: "A", price: 400), LineSpec(sku: "B", price: 1_200),
        LineSpec(sku: "C", price: 3_000),
      ],
      lineDiscounts: [400, 500, 0]),
    // maxDiscount caps the sum: 3 × 500 = 1500¢, capped at 1200¢, allocated 400/400/400 (equal shares).
    EngineCase(
      name: "maxDiscount caps the sum",
      campaigns: [
        EngineFixture.campaign(
          "pairs", code: "CODE",
          "\"benefit\": {\"amountOffEach\": \"5.00\"}, \"maxDiscount\": \"12.00\"")
      ],
      lines: [LineSpec(sku: "A", price: 2_000, quantity: 3)], lineDiscounts: [1_200]),
  ]

  @Test(arguments: cases) func discount(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }

  /// Stacked after a 50% campaign (priority 10), each unit is worth half.
  ///
  /// 8.00 → 4.00, so $5 off each takes 4.00 (never below zero); 30.00 → 15.00, so 5.00. Line discounts:
  /// 400 + 400 = 800¢ and 1500 + 500 = 2000¢.
  @Test func stackedOnTheCurrentPrice() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "half", code: "HALF", "\"benefit\": {\"percentOff\": 50}, \"stacking\": {\"priority\": 10}"),
      Self.fiveOff,
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 800), LineSpec(sku: "B", price: 3_000)],
        codes: ["HALF", "CODE"]))
    #expect(quote.lines.map(\.discount.minorUnits) == [800, 2_000])
    #expect(quote.applied.map(\.discount.minorUnits) == [1_900, 900])
  }

  /// A line of 3 units costing 10.00 in all after an earlier 1.00 off (each unit 3.333… exactly): $5 off each
  /// takes the whole 10.00 — exact, never more than what is left.
  @Test func fractionalUnitPrices() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "dollar", code: "DOLLAR",
        "\"benefit\": {\"amountOff\": \"1.00\"}, \"stacking\": {\"priority\": 10}"),
      Self.fiveOff,
    ])
    // 3 × 3.67 = 11.01; 1.00 off leaves 10.01 → 3.3366…¢ each < 5.00, so the campaign takes all 1001¢.
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 367, quantity: 3)], codes: ["DOLLAR", "CODE"]))
    #expect(quote.applied.map(\.discount.minorUnits) == [100, 1_001])
    #expect(quote.total.minorUnits == 0)
  }
}
