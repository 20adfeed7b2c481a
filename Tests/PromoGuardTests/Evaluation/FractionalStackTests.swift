import PromoGuard
import Testing

/// Stacked campaigns that leave a line partly discounted, so its units have fractional current prices.
@Suite struct FractionalStackTests {
  /// `first` (priority 10) takes $1.00 off line L1 (10.00 × 3), leaving 2900¢: units of 966.66…¢.
  static let first = EngineFixture.campaign(
    "first", code: "FIRST",
    "\"benefit\": {\"amountOff\": \"1.00\"}, \"target\": {\"include\": {\"skus\": [\"L1\"]}}, "
      + "\"stacking\": {\"priority\": 10}")

  static let cases: [EngineCase] = [
    // Buy 2 get 1 after `first`: units 966.66…, 966.66…, 966.66… (L1) and 900 (L2); the group is L1's three
    // units, its cheapest (last) gives 966.66…¢ → 967¢ (halfUp). L1: 100 + 967 = 1067¢.
    EngineCase(
      name: "buy 2 get 1 on fractional units",
      campaigns: [
        first,
        EngineFixture.campaign("second", code: "SECOND", "\"benefit\": {\"buy\": 2, \"get\": 1}"),
      ],
      lines: [LineSpec(sku: "L1", price: 1_000, quantity: 3), LineSpec(sku: "L2", price: 900)],
      codes: ["FIRST", "SECOND"], lineDiscounts: [1_067, 0], statuses: [.applied, .applied]),
    // maxItems 1 at 50% after `first`, L2 at 9.70: the cheapest unit is L1's 966.66…¢ < 970¢;
    // 50% = 483.33…¢ → 483¢. L1: 100 + 483 = 583¢.
    EngineCase(
      name: "maxItems picks a fractional unit",
      campaigns: [
        first,
        EngineFixture.campaign(
          "second", code: "SECOND", "\"benefit\": {\"percentOff\": 50}, \"maxItems\": 1"),
      ],
      lines: [LineSpec(sku: "L1", price: 1_000, quantity: 3), LineSpec(sku: "L2", price: 970)],
      codes: ["FIRST", "SECOND"], lineDiscounts: [583, 0], statuses: [.applied, .applied]),
    // maxItems 1 at 50% after `first`, L2 at 9.00: the cheapest unit is L2 (900¢) → 450¢.
    EngineCase(
      name: "maxItems picks the whole unit",
      campaigns: [
        first,
        EngineFixture.campaign(
          "second", code: "SECOND", "\"benefit\": {\"percentOff\": 50}, \"maxItems\": 1"),
      ],
      lines: [LineSpec(sku: "L1", price: 1_000, quantity: 3), LineSpec(sku: "L2", price: 900)],
      codes: ["FIRST", "SECOND"], lineDiscounts: [100, 450], statuses: [.applied, .applied]),
    // 2 for $15 after `first`: units 966.66… × 3 (L1), 900 (L2); groups highest first: (L1, L1) = 1933.33…¢ →
    // 433.33…¢ off; (L1, L2) = 1866.66…¢ → 366.66…¢ off, shared 966.66/1866.66 and 900/1866.66:
    // L1 gets 366.66… × 29/56 = 189.88…¢, L2 gets 366.66… × 27/56 = 176.78…¢.
    // Sum 800¢ exactly → 800¢. L1 exact 433.33… + 189.88… = 623.21…¢, L2 176.78…¢ → whole 623 + 176 = 799,
    // 1¢ left: remainders .21… and .78… → L2. L1: 100 + 623 = 723¢, L2: 177¢.
    EngineCase(
      name: "fixed price on fractional units",
      campaigns: [
        first,
        EngineFixture.campaign(
          "second", code: "SECOND", "\"benefit\": {\"fixedPrice\": \"15.00\", \"quantity\": 2}"),
      ],
      lines: [LineSpec(sku: "L1", price: 1_000, quantity: 3), LineSpec(sku: "L2", price: 900)],
      codes: ["FIRST", "SECOND"], lineDiscounts: [723, 177], statuses: [.applied, .applied]),
    // Second campaign takes 10% of what is left: L1 2900¢ → 290¢, L2 900¢ → 90¢.
    EngineCase(
      name: "percentOff on what the first left",
      campaigns: [
        first,
        EngineFixture.campaign("second", code: "SECOND", "\"benefit\": {\"percentOff\": 10}"),
      ],
      lines: [LineSpec(sku: "L1", price: 1_000, quantity: 3), LineSpec(sku: "L2", price: 900)],
      codes: ["FIRST", "SECOND"], lineDiscounts: [390, 90], statuses: [.applied, .applied]),
  ]

  @Test(arguments: cases) func stacked(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }
}
