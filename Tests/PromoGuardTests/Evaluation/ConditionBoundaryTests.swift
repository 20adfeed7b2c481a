import PromoGuard
import Testing

/// Conditions exactly at, one minor unit or unit under and over, measured on target lines at original prices.
@Suite struct ConditionBoundaryTests {
  struct ConditionCase: Sendable, CustomTestStringConvertible {
    var name: String
    var fields: String
    var lines: [LineSpec]
    var orderCount: Int64 = 0
    var status: CodeStatus
    /// `condition required/actual/missing` for each shortfall.
    var shortfalls: [String] = []
    var testDescription: String { name }
  }

  static let minSubtotal =
    "\"benefit\": {\"percentOff\": 10}, \"conditions\": {\"minSubtotal\": \"50.00\"}"
  static let minQuantity = "\"benefit\": {\"percentOff\": 10}, \"conditions\": {\"minQuantity\": 3}"
  static let firstOrder =
    "\"benefit\": {\"percentOff\": 10}, \"conditions\": {\"firstOrder\": true}"
  static let buyGet = "\"benefit\": {\"buy\": 2, \"get\": 1}"
  static let fixedPrice = "\"benefit\": {\"fixedPrice\": \"5.00\", \"quantity\": 3}"
  static let targeted =
    "\"benefit\": {\"percentOff\": 10}, \"conditions\": {\"minSubtotal\": \"50.00\"}, "
    + "\"target\": {\"include\": {\"categories\": [\"throws\"]}}"

  static let cases: [ConditionCase] = [
    // 4999¢ < 5000¢: 1¢ missing.
    ConditionCase(
      name: "minSubtotal one cent under", fields: minSubtotal,
      lines: [LineSpec(sku: "A", price: 4_999)], status: .conditionsNotMet,
      shortfalls: ["minSubtotal 5000/4999/1"]),
    ConditionCase(
      name: "minSubtotal exactly", fields: minSubtotal, lines: [LineSpec(sku: "A", price: 5_000)],
      status: .applied),
    ConditionCase(
      name: "minSubtotal one cent over", fields: minSubtotal,
      lines: [LineSpec(sku: "A", price: 5_001)], status: .applied),
    // 2 × 24.99 = 4998¢: 2¢ missing; quantity counts.
    ConditionCase(
      name: "minSubtotal with quantity", fields: minSubtotal,
      lines: [LineSpec(sku: "A", price: 2_499, quantity: 2)], status: .conditionsNotMet,
      shortfalls: ["minSubtotal 5000/4998/2"]),
    // Only the throws count: 4000¢ of throws, the 20.00 rug does not help → 1000¢ missing.
    ConditionCase(
      name: "minSubtotal on target lines only", fields: targeted,
      lines: [
        LineSpec(sku: "A", price: 4_000, categories: ["throws"]),
        LineSpec(sku: "B", price: 2_000, categories: ["rugs"]),
      ],
      status: .conditionsNotMet, shortfalls: ["minSubtotal 5000/4000/1000"]),
    ConditionCase(
      name: "minSubtotal on target lines, met", fields: targeted,
      lines: [
        LineSpec(sku: "A", price: 5_000, categories: ["throws"]),
        LineSpec(sku: "B", price: 2_000, categories: ["rugs"]),
      ],
      status: .applied),
    ConditionCase(
      name: "minQuantity one unit under", fields: minQuantity,
      lines: [LineSpec(sku: "A", price: 100, quantity: 2)], status: .conditionsNotMet,
      shortfalls: ["minQuantity 3/2/1"]),
    ConditionCase(
      name: "minQuantity exactly, over two lines", fields: minQuantity,
      lines: [LineSpec(sku: "A", price: 100, quantity: 2), LineSpec(sku: "B", price: 100)],
      status: .applied),
    ConditionCase(
      name: "minQuantity one unit over", fields: minQuantity,
      lines: [LineSpec(sku: "A", price: 100, quantity: 4)], status: .applied),
    ConditionCase(
      name: "firstOrder with no earlier order", fields: firstOrder,
      lines: [LineSpec(sku: "A", price: 100)], orderCount: 0, status: .applied),
    // One order placed: required 0, actual 1, missing 1 (CodeDetail.Shortfall documents it so).
    ConditionCase(
      name: "firstOrder after one order", fields: firstOrder,
      lines: [LineSpec(sku: "A", price: 100)], orderCount: 1, status: .conditionsNotMet,
      shortfalls: ["firstOrder 0/1/1"]),
    // Buy 2 get 1 needs 3 units.
    ConditionCase(
      name: "buy/get one unit short", fields: buyGet,
      lines: [LineSpec(sku: "A", price: 100, quantity: 2)], status: .conditionsNotMet,
      shortfalls: ["groupSize 3/2/1"]),
    ConditionCase(
      name: "buy/get exactly one group", fields: buyGet,
      lines: [LineSpec(sku: "A", price: 100, quantity: 3)], status: .applied),
    ConditionCase(
      name: "buy/get one unit over", fields: buyGet,
      lines: [LineSpec(sku: "A", price: 100, quantity: 4)], status: .applied),
    // maxItems 2 leaves only 2 units for a group of 3.
    ConditionCase(
      name: "buy/get group limited by maxItems", fields: buyGet + ", \"maxItems\": 2",
      lines: [LineSpec(sku: "A", price: 100, quantity: 5)], status: .conditionsNotMet,
      shortfalls: ["groupSize 3/2/1"]),
    ConditionCase(
      name: "fixed price one unit short", fields: fixedPrice,
      lines: [LineSpec(sku: "A", price: 300), LineSpec(sku: "B", price: 300)],
      status: .conditionsNotMet, shortfalls: ["groupSize 3/2/1"]),
    // 3 × 3.00 = 900¢ for 500¢.
    ConditionCase(
      name: "fixed price exactly one group", fields: fixedPrice,
      lines: [LineSpec(sku: "A", price: 300, quantity: 3)], status: .applied),
    ConditionCase(
      name: "fixed price one unit over", fields: fixedPrice,
      lines: [LineSpec(sku: "A", price: 300, quantity: 4)], status: .applied),
    // Both conditions fail: both listed, in the order minSubtotal, minQuantity.
    ConditionCase(
      name: "two conditions fail",
      fields:
        "\"benefit\": {\"percentOff\": 10}, \"conditions\": {\"minSubtotal\": \"50.00\", \"minQuantity\": 3}",
      lines: [LineSpec(sku: "A", price: 1_000)], status: .conditionsNotMet,
      shortfalls: ["minSubtotal 5000/1000/4000", "minQuantity 3/1/2"]),
  ]

  @Test(arguments: cases) func boundary(_ condition: ConditionCase) throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign("offer", code: "CODE", condition.fields)
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout(
        condition.lines, customer: Checkout.Customer(id: "c-1", orderCount: condition.orderCount),
        codes: ["CODE"]))
    let code = try #require(quote.codes.first)
    #expect(code.status == condition.status)
    #expect(
      code.detail.shortfalls.map { "\($0.condition) \($0.required)/\($0.actual)/\($0.missing)" }
        == condition.shortfalls)
    if condition.status == .applied {
      #expect(quote.discount.minorUnits > 0)
    } else {
      #expect(quote.discount.minorUnits == 0)
      #expect(code.detail.reasons == [.conditionsNotMet])
    }
  }

  /// minSubtotal is measured at original prices, even when an earlier campaign lowered the lines below it.
  @Test func minSubtotalAtOriginalPrices() throws {
    // `first` (priority 10) takes $10 off the 50.00 line → 40.00 left; `second` needs 50.00 of original
    // prices: met. 10% of 4000¢ = 400¢. Total 1000 + 400 = 1400¢.
    try EngineCase(
      name: "original prices",
      campaigns: [
        EngineFixture.campaign(
          "first", code: "FIRST",
          "\"benefit\": {\"amountOff\": \"10.00\"}, \"stacking\": {\"priority\": 10}"),
        EngineFixture.campaign("second", code: "CODE", Self.minSubtotal),
      ],
      lines: [LineSpec(sku: "A", price: 5_000)], codes: ["FIRST", "CODE"],
      lineDiscounts: [1_400], statuses: [.applied, .applied]
    ).verify()
  }
}
