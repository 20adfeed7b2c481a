import PromoGuard
import Testing

/// Every benefit kind on small baskets, with the discount per line worked out from Evaluation.md §5–6.
@Suite struct BenefitKindTests {
  static func offer(_ fields: String) -> [String] {
    [EngineFixture.campaign("offer", code: "CODE", fields)]
  }

  static let cases: [EngineCase] = [
    // 149.00 × 20% = 29.80 exactly.
    EngineCase(
      name: "percentOff 20 on one line", campaigns: offer("\"benefit\": {\"percentOff\": 20}"),
      lines: [LineSpec(sku: "A", price: 14_900)], lineDiscounts: [2_980]),
    // 12.5% of 10.00 = 125¢ and of 20.00 = 250¢: sum 375¢, exact, allocated as is.
    EngineCase(
      name: "percentOff 12.5 on two lines",
      campaigns: offer("\"benefit\": {\"percentOff\": \"12.5\"}"),
      lines: [LineSpec(sku: "A", price: 1_000), LineSpec(sku: "B", price: 2_000)],
      lineDiscounts: [125, 250]),
    // 10% of 3 × 7.77 = 2331¢ → 233.1¢ → 233¢ (halfUp), one line.
    EngineCase(
      name: "percentOff on a line of quantity 3",
      campaigns: offer("\"benefit\": {\"percentOff\": 10}"),
      lines: [LineSpec(sku: "A", price: 777, quantity: 3)], lineDiscounts: [233]),
    // $10 off 10.00 and 20.00: 333.33…¢ and 666.66…¢; 333 + 666 = 999, the cent left goes to the ⅔ remainder.
    EngineCase(
      name: "amountOff shared by price",
      campaigns: offer("\"benefit\": {\"amountOff\": \"10.00\"}"),
      lines: [LineSpec(sku: "A", price: 1_000), LineSpec(sku: "B", price: 2_000)],
      lineDiscounts: [333, 667]),
    // $10 off a basket of $3.00: capped at what is left, both lines go to zero.
    EngineCase(
      name: "amountOff larger than the basket",
      campaigns: offer("\"benefit\": {\"amountOff\": \"10.00\"}"),
      lines: [LineSpec(sku: "A", price: 100), LineSpec(sku: "B", price: 200)],
      lineDiscounts: [100, 200]),
    // Buy 2 get 1: units 30, 20, 10, 25 → sorted 30, 25, 20, 10; the group (30, 25, 20) frees $20.
    EngineCase(
      name: "buy 2 get 1 free",
      campaigns: offer("\"benefit\": {\"buy\": 2, \"get\": 1}"),
      lines: [
        LineSpec(sku: "A", price: 3_000), LineSpec(sku: "B", price: 2_000),
        LineSpec(sku: "C", price: 1_000), LineSpec(sku: "D", price: 2_500),
      ],
      lineDiscounts: [0, 2_000, 0, 0]),
    // Buy 2 get 1 on one line of 7 × 10.00: two complete groups of 3 → 2 free units = 2000¢; 7th unit alone.
    EngineCase(
      name: "buy 2 get 1 within one line",
      campaigns: offer("\"benefit\": {\"buy\": 2, \"get\": 1}"),
      lines: [LineSpec(sku: "A", price: 1_000, quantity: 7)], lineDiscounts: [2_000]),
    // Buy 1 get 1 at 50%: units 40, 10, 10, 10 → groups (40, 10), (10, 10): two $10 units at half = 1000¢.
    EngineCase(
      name: "buy 1 get 1 half price",
      campaigns: offer("\"benefit\": {\"buy\": 1, \"get\": 1, \"percentOff\": 50}"),
      lines: [LineSpec(sku: "A", price: 4_000), LineSpec(sku: "B", price: 1_000, quantity: 3)],
      lineDiscounts: [0, 1_000]),
    // Buy 1 get 1 with equal units on two lines: the earlier line's unit comes first, so the later one is free.
    EngineCase(
      name: "buy/get between equal units",
      campaigns: offer("\"benefit\": {\"buy\": 1, \"get\": 1}"),
      lines: [LineSpec(sku: "A", price: 1_000), LineSpec(sku: "B", price: 1_000)],
      lineDiscounts: [0, 1_000]),
    // maxItems 3 with buy 2 get 1, units 50, 40, 30, 20, 10: the pool is the three cheapest (30, 20, 10), one
    // group, its cheapest unit $10 free.
    EngineCase(
      name: "buy/get on the maxItems pool",
      campaigns: offer("\"benefit\": {\"buy\": 2, \"get\": 1}, \"maxItems\": 3"),
      lines: [
        LineSpec(sku: "A", price: 5_000), LineSpec(sku: "B", price: 4_000),
        LineSpec(sku: "C", price: 3_000), LineSpec(sku: "D", price: 2_000),
        LineSpec(sku: "E", price: 1_000),
      ],
      lineDiscounts: [0, 0, 0, 0, 1_000]),
    // 3 for $25, 10.00 × 2 and 12.00: group 3200¢ → 700¢ off; exact 437.5 and 262.5; tie on remainders → larger.
    EngineCase(
      name: "3 for 25 (Evaluation.md example)",
      campaigns: offer("\"benefit\": {\"fixedPrice\": \"25.00\", \"quantity\": 3}"),
      lines: [LineSpec(sku: "A", price: 1_000, quantity: 2), LineSpec(sku: "B", price: 1_200)],
      lineDiscounts: [438, 262]),
    // 2 for $10, 5 × 8.00: two groups of 1600¢ → 600¢ each = 1200¢; the fifth unit is in no group.
    EngineCase(
      name: "2 for 10 with a leftover unit",
      campaigns: offer("\"benefit\": {\"fixedPrice\": \"10.00\", \"quantity\": 2}"),
      lines: [LineSpec(sku: "A", price: 800, quantity: 5)], lineDiscounts: [1_200]),
    // 3 for $25 with units 5.00 × 3: the group costs 1500¢ < 2500¢, nothing to take off.
    EngineCase(
      name: "fixed price above the group's price",
      campaigns: offer("\"benefit\": {\"fixedPrice\": \"25.00\", \"quantity\": 3}"),
      lines: [LineSpec(sku: "A", price: 500, quantity: 3)], lineDiscounts: [0],
      statuses: [.nothingToDiscount]),
    // 2 for $15, units 10 (A), 9 × 3 (B), 1 (C): sorted 10, 9, 9, 9, 1 → groups (10, 9) = 1900¢ → 400¢ off,
    // shared 400 × 10/19 = 210.53¢ (A) and 400 × 9/19 = 189.47¢ (B); (9, 9) = 1800¢ → 300¢ off (B); 1 is alone.
    // Exact A 210.53¢, B 489.47¢, sum 700¢; whole 210 + 489 = 699, the cent to the larger remainder (A).
    EngineCase(
      name: "fixed price with a group across lines",
      campaigns: offer("\"benefit\": {\"fixedPrice\": \"15.00\", \"quantity\": 2}"),
      lines: [
        LineSpec(sku: "A", price: 1_000), LineSpec(sku: "B", price: 900, quantity: 3),
        LineSpec(sku: "C", price: 100),
      ],
      lineDiscounts: [211, 489, 0]),
    // Shipping 50% of 9.95 = 497.5¢ → 498¢ (halfUp).
    EngineCase(
      name: "shipping percentOff",
      campaigns: offer("\"benefit\": {\"shipping\": {\"percentOff\": 50}}"),
      lines: [LineSpec(sku: "A", price: 2_000)], shipping: 995, lineDiscounts: [0],
      shippingDiscount: 498),
    // Shipping $5 off a $3.00 shipping charge: at most what is left, 300¢.
    EngineCase(
      name: "shipping amountOff above the shipping",
      campaigns: offer("\"benefit\": {\"shipping\": {\"amountOff\": \"5.00\"}}"),
      lines: [LineSpec(sku: "A", price: 2_000)], shipping: 300, lineDiscounts: [0],
      shippingDiscount: 300),
    // Free shipping without shipping: nothing to discount.
    EngineCase(
      name: "shipping benefit with no shipping",
      campaigns: offer("\"benefit\": {\"shipping\": {\"percentOff\": 100}}"),
      lines: [LineSpec(sku: "A", price: 2_000)], lineDiscounts: [0],
      statuses: [.nothingToDiscount]),
    // 50% off capped at $20: exact 3000¢ + 2000¢ = 5000¢ → 2000¢, shared 1200 / 800 by the exact amounts.
    EngineCase(
      name: "maxDiscount caps and allocates",
      campaigns: offer("\"benefit\": {\"percentOff\": 50}, \"maxDiscount\": \"20.00\""),
      lines: [LineSpec(sku: "A", price: 6_000), LineSpec(sku: "B", price: 4_000)],
      lineDiscounts: [1_200, 800]),
    // maxItems 2 at 50%: units 8, 3, 5 → the two cheapest 3 and 5 → 150¢ + 250¢.
    EngineCase(
      name: "maxItems takes the cheapest units",
      campaigns: offer("\"benefit\": {\"percentOff\": 50}, \"maxItems\": 2"),
      lines: [
        LineSpec(sku: "A", price: 800), LineSpec(sku: "B", price: 300),
        LineSpec(sku: "C", price: 500),
      ],
      lineDiscounts: [0, 150, 250]),
    // maxItems 3 at 100%: units 5.00, 5.00, 2.00, 2.00 → the three cheapest 2, 2, 5 → 500¢ on A, 400¢ on B.
    EngineCase(
      name: "maxItems across lines with quantities",
      campaigns: offer("\"benefit\": {\"percentOff\": 100}, \"maxItems\": 3"),
      lines: [
        LineSpec(sku: "A", price: 500, quantity: 2), LineSpec(sku: "B", price: 200, quantity: 2),
      ],
      lineDiscounts: [500, 400]),
    // maxItems 2 with equal units 4.00 on three lines: the earlier lines' units first → A and B, 25% = 100¢ each.
    EngineCase(
      name: "maxItems between equal units takes the earlier line",
      campaigns: offer("\"benefit\": {\"percentOff\": 25}, \"maxItems\": 2"),
      lines: [
        LineSpec(sku: "A", price: 400), LineSpec(sku: "B", price: 400),
        LineSpec(sku: "C", price: 400),
      ],
      lineDiscounts: [100, 100, 0]),
    // maxItems 1 with $5 off, units 3.00 and 9.00: the $3.00 unit alone, capped at 300¢.
    EngineCase(
      name: "maxItems amountOff capped by the chosen units",
      campaigns: offer("\"benefit\": {\"amountOff\": \"5.00\"}, \"maxItems\": 1"),
      lines: [LineSpec(sku: "A", price: 900), LineSpec(sku: "B", price: 300)],
      lineDiscounts: [0, 300]),
    // A zero-price line takes no share: 10% of 0 and of 1000¢ → 0 and 100¢.
    EngineCase(
      name: "zero-price line",
      campaigns: offer("\"benefit\": {\"percentOff\": 10}"),
      lines: [LineSpec(sku: "A", price: 0), LineSpec(sku: "B", price: 1_000)],
      lineDiscounts: [0, 100]),
    // Buy 1 get 1 with units 10.00 and 0.00: the group's cheapest unit costs nothing → nothing to discount.
    EngineCase(
      name: "buy/get where the free unit costs nothing",
      campaigns: offer("\"benefit\": {\"buy\": 1, \"get\": 1}"),
      lines: [LineSpec(sku: "A", price: 1_000), LineSpec(sku: "B", price: 0)],
      lineDiscounts: [0, 0], statuses: [.nothingToDiscount]),
    // Only zero-price target lines: nothing to discount.
    EngineCase(
      name: "everything free",
      campaigns: offer("\"benefit\": {\"percentOff\": 10}"),
      lines: [LineSpec(sku: "A", price: 0, quantity: 3)], lineDiscounts: [0],
      statuses: [.nothingToDiscount]),
  ]

  @Test(arguments: cases) func discount(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }
}
