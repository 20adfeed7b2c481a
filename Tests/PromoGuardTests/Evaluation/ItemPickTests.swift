import PromoGuard
import Testing

/// `maxItems` as `{"count", "pick"}`: the cheapest (default, and a plain number) or the most expensive units;
/// units priced zero never count toward the cap.
@Suite struct ItemPickTests {
  static func capped(_ maxItems: String, benefit: String = "{\"percentOff\": 50}") -> [String] {
    [
      EngineFixture.campaign(
        "capped", code: "CODE", "\"benefit\": \(benefit), \"maxItems\": \(maxItems)")
    ]
  }
  static let basket = [
    LineSpec(sku: "CHEAP", price: 1_000), LineSpec(sku: "MID", price: 2_000),
    LineSpec(sku: "DEAR", price: 4_000),
  ]

  static let cases: [EngineCase] = [
    // Cheapest 2: 50% × (1000 + 2000) = 500 + 1000.
    EngineCase(
      name: "a plain number takes the cheapest", campaigns: capped("2"), lines: basket,
      lineDiscounts: [500, 1_000, 0]),
    EngineCase(
      name: "pick cheapest", campaigns: capped("{\"count\": 2, \"pick\": \"cheapest\"}"),
      lines: basket, lineDiscounts: [500, 1_000, 0]),
    EngineCase(
      name: "count alone is cheapest", campaigns: capped("{\"count\": 2}"), lines: basket,
      lineDiscounts: [500, 1_000, 0]),
    // Most expensive 2: 50% × (2000 + 4000) = 1000 + 2000.
    EngineCase(
      name: "pick mostExpensive", campaigns: capped("{\"count\": 2, \"pick\": \"mostExpensive\"}"),
      lines: basket, lineDiscounts: [0, 1_000, 2_000]),
    // Five free samples before two priced units: the cap of 5 takes the two priced ones, 50% × 1000 + 50% ×
    // 2000 = 500 + 1000; the free units use none of it.
    EngineCase(
      name: "free units never use up the cap", campaigns: capped("5"),
      lines: [
        LineSpec(sku: "SAMPLE", price: 0, quantity: 5), LineSpec(sku: "CHEAP", price: 1_000),
        LineSpec(sku: "MID", price: 2_000),
      ],
      lineDiscounts: [0, 500, 1_000]),
    // Cap of 1, cheapest, beside free samples: the cheapest priced unit, 50% × 1000 = 500 (not a free one).
    EngineCase(
      name: "cheapest skips free units", campaigns: capped("1"),
      lines: [
        LineSpec(sku: "SAMPLE", price: 0, quantity: 3), LineSpec(sku: "CHEAP", price: 1_000),
      ],
      lineDiscounts: [0, 500]),
    // $5 off each of the 2 dearest units of 4.00, 12.00, 30.00: 500 + 500 (the 4.00 unit not chosen).
    EngineCase(
      name: "amountOffEach on the most expensive",
      campaigns: capped(
        "{\"count\": 2, \"pick\": \"mostExpensive\"}", benefit: "{\"amountOffEach\": \"5.00\"}"),
      lines: [
        LineSpec(sku: "A", price: 400), LineSpec(sku: "B", price: 1_200),
        LineSpec(sku: "C", price: 3_000),
      ],
      lineDiscounts: [0, 500, 500]),
    // Buy 1 get 1 free on the 2 dearest of 10.00, 20.00, 40.00: group (40.00, 20.00) → 20.00 free.
    EngineCase(
      name: "buy/get on the most expensive",
      campaigns: capped(
        "{\"count\": 2, \"pick\": \"mostExpensive\"}", benefit: "{\"buy\": 1, \"get\": 1}"),
      lines: basket, lineDiscounts: [0, 2_000, 0]),
    // Buy 1 get 1 with a cap of 2 and free samples: the samples do not count, so the group is (20.00, 10.00),
    // 10.00 free.
    EngineCase(
      name: "a group needs priced units under a cap",
      campaigns: capped("2", benefit: "{\"buy\": 1, \"get\": 1}"),
      lines: [
        LineSpec(sku: "SAMPLE", price: 0, quantity: 4), LineSpec(sku: "CHEAP", price: 1_000),
        LineSpec(sku: "MID", price: 2_000),
      ],
      lineDiscounts: [0, 1_000, 0]),
  ]

  @Test(arguments: cases) func chosenUnits(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }

  /// With a cap, free units do not count toward a buy/get group: 3 free samples and 1 priced unit under a cap
  /// of 2 have 1 unit that counts, short of the group of 2.
  @Test func freeUnitsDoNotFillAGroup() throws {
    let set = try EngineFixture.set(Self.capped("2", benefit: "{\"buy\": 1, \"get\": 1}"))
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "SAMPLE", price: 0, quantity: 3), LineSpec(sku: "A", price: 1_000)],
        codes: ["CODE"]))
    let code = try #require(quote.codes.first)
    #expect(code.status == .conditionsNotMet)
    #expect(code.detail.shortfalls.first?.actual == 1)
  }
}
