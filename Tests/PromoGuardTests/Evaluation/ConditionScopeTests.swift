import PromoGuard
import Testing

/// `conditions.scope`: `order` measures the minimum (and maximum) spend and quantity on the whole basket at
/// original prices, while only the target lines are discounted; `target` (the default) on the target lines.
@Suite struct ConditionScopeTests {
  static func towels(scope: String?, conditions: String) -> [String] {
    let scoped = scope.map { ", \"scope\": \"\($0)\"" } ?? ""
    return [
      EngineFixture.campaign(
        "towel-treat", code: "CODE",
        "\"conditions\": {\(conditions)\(scoped)}, "
          + "\"target\": {\"include\": {\"categories\": [\"towels\"]}}, "
          + "\"benefit\": {\"percentOff\": 20}")
    ]
  }
  static let towel = LineSpec(sku: "TOWEL", price: 1_200, quantity: 2, categories: ["towels"])
  static let robe = LineSpec(sku: "ROBE", price: 9_800, categories: ["robes"])

  static let cases: [EngineCase] = [
    // Order: 2 × 12.00 + 98.00 = 122.00 ≥ 100.00; 20% of the towels only: 20% × 2400¢ = 480¢.
    EngineCase(
      name: "order: the robe counts towards the minimum, only the towels are discounted",
      campaigns: towels(scope: "order", conditions: "\"minSubtotal\": \"100.00\""),
      lines: [towel, robe], lineDiscounts: [480, 0]),
    // Target (default): the towels alone are 24.00 < 100.00.
    EngineCase(
      name: "target: the robe does not count",
      campaigns: towels(scope: nil, conditions: "\"minSubtotal\": \"100.00\""),
      lines: [towel, robe], lineDiscounts: [0, 0], statuses: [.conditionsNotMet]),
    // Order, minimum quantity 3: 2 towels + 1 robe = 3 units.
    EngineCase(
      name: "order: units of every line count for minQuantity",
      campaigns: towels(scope: "order", conditions: "\"minQuantity\": 3"),
      lines: [towel, robe], lineDiscounts: [480, 0]),
    // Order, maximum 100.00: 122.00 > 100.00 refuses even though the towels are 24.00.
    EngineCase(
      name: "order: the robe counts towards the maximum too",
      campaigns: towels(scope: "order", conditions: "\"maxSubtotal\": \"100.00\""),
      lines: [towel, robe], lineDiscounts: [0, 0], statuses: [.conditionsNotMet]),
    // Target, maximum 100.00: the towels (24.00) are under it.
    EngineCase(
      name: "target: only the towels count towards the maximum",
      campaigns: towels(scope: "target", conditions: "\"maxSubtotal\": \"100.00\""),
      lines: [towel, robe], lineDiscounts: [480, 0]),
    // Order, with no towel in the basket: conditions met, nothing to discount.
    EngineCase(
      name: "order: no target line is nothingToDiscount, not conditionsNotMet",
      campaigns: towels(scope: "order", conditions: "\"minSubtotal\": \"100.00\""),
      lines: [robe, LineSpec(sku: "ROBE2", price: 9_800, categories: ["robes"])],
      lineDiscounts: [0, 0], statuses: [.nothingToDiscount]),
  ]

  @Test(arguments: cases) func measured(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }

  /// The refusal on the whole order says so: "in the whole order", `wholeOrder` in the detail.
  @Test func shortfallSaysWholeOrder() throws {
    let set = try EngineFixture.set(
      Self.towels(scope: "order", conditions: "\"minSubtotal\": \"100.00\""))
    // 2 × 12.00 + 50.00 = 74.00: 26.00 missing.
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [Self.towel, LineSpec(sku: "THROW", price: 5_000, categories: ["throws"])], codes: ["CODE"])
    )
    let code = try #require(quote.codes.first)
    let shortfall = try #require(code.detail.shortfalls.first)
    #expect(shortfall.wholeOrder)
    #expect(shortfall.actual == 7_400)
    #expect(shortfall.missing == 2_600)
    #expect(code.message.contains("spend at least $100.00 in the whole order"))
  }

  /// Tiers follow the scope: tiers from 100.00 (10%) and 200.00 (20%) measured on the whole order of
  /// 2 × 12.00 + 2 × 98.00 = 220.00 reach 20%, taken on the towels: 20% × 2400¢ = 480¢.
  @Test func tiersFollowTheScope() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "tiers", code: "CODE",
        "\"conditions\": {\"scope\": \"order\"}, "
          + "\"target\": {\"include\": {\"categories\": [\"towels\"]}}, "
          + "\"benefit\": {\"tiers\": [{\"minSubtotal\": \"100.00\", \"percentOff\": 10}, "
          + "{\"minSubtotal\": \"200.00\", \"percentOff\": 20}]}")
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [Self.towel, LineSpec(sku: "ROBE", price: 9_800, quantity: 2, categories: ["robes"])],
        codes: ["CODE"]))
    #expect(quote.lines.map(\.discount.minorUnits) == [480, 0])
  }
}
