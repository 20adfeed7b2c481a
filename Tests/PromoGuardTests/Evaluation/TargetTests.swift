import PromoGuard
import Testing

/// Target include/exclude by SKU, category and tag (Evaluation.md §2).
@Suite struct TargetTests {
  static func offer(_ target: String) -> [String] {
    [
      EngineFixture.campaign(
        "offer", code: "CODE", "\"benefit\": {\"percentOff\": 10}, \"target\": \(target)")
    ]
  }

  /// A: 10.00 in "throws", tagged "sale"; B: 20.00 in "rugs", tagged "final"; C: 30.00 in "throws".
  static let basket = [
    LineSpec(sku: "A", price: 1_000, categories: ["throws"], tags: ["sale"]),
    LineSpec(sku: "B", price: 2_000, categories: ["rugs"], tags: ["final"]),
    LineSpec(sku: "C", price: 3_000, categories: ["throws"]),
  ]

  static func target(_ name: String, _ target: String, _ discounts: [Int64]) -> EngineCase {
    EngineCase(
      name: name, campaigns: offer(target), lines: basket, lineDiscounts: discounts,
      statuses: [discounts.allSatisfy { $0 == 0 } ? .nothingToDiscount : .applied])
  }

  static let cases: [EngineCase] = [
    // 10% of A only.
    target("include sku", "{\"include\": {\"skus\": [\"A\"]}}", [100, 0, 0]),
    // A and C are throws: 100¢ and 300¢.
    target("include category", "{\"include\": {\"categories\": [\"throws\"]}}", [100, 0, 300]),
    target("include tag", "{\"include\": {\"tags\": [\"sale\"]}}", [100, 0, 0]),
    // Every line but the one tagged final.
    target("exclude tag", "{\"exclude\": {\"tags\": [\"final\"]}}", [100, 0, 300]),
    target("exclude sku", "{\"exclude\": {\"skus\": [\"C\"]}}", [100, 200, 0]),
    target("exclude category", "{\"exclude\": {\"categories\": [\"throws\"]}}", [0, 200, 0]),
    // Throws but not tagged sale: only C.
    target(
      "include category, exclude tag",
      "{\"include\": {\"categories\": [\"throws\"]}, \"exclude\": {\"tags\": [\"sale\"]}}",
      [0, 0, 300]),
    // Include by SKU or tag: A (tag sale) and B (sku).
    target(
      "include sku or tag", "{\"include\": {\"skus\": [\"B\"], \"tags\": [\"sale\"]}}",
      [100, 200, 0]),
    // Names are compared exactly: "Throws" names nothing.
    target("case matters", "{\"include\": {\"categories\": [\"Throws\"]}}", [0, 0, 0]),
    // An empty include matches every line.
    target("empty include", "{\"include\": {}}", [100, 200, 300]),
  ]

  @Test(arguments: cases) func targetLines(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }
}
