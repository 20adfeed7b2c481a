import PromoGuard
import Testing

/// Rounding once per campaign, and largest-remainder allocation back to the lines (Evaluation.md §6).
@Suite struct RoundingAllocationTests {
  static func offer(_ benefit: String, rounding: String? = nil) -> [String] {
    let rule = rounding.map { ", \"rounding\": \"\($0)\"" } ?? ""
    return [EngineFixture.campaign("offer", code: "CODE", "\"benefit\": \(benefit)\(rule)")]
  }

  static let threeNickels = [
    LineSpec(sku: "A", price: 5), LineSpec(sku: "B", price: 5), LineSpec(sku: "C", price: 5),
  ]

  static let cases: [EngineCase] = [
    // 10% of 3 × 5¢: exact 0.5¢ each, 1.5¢ → halfUp 2¢; shares ⅔ each, equal → the two earliest lines.
    EngineCase(
      name: "halfUp 1.5¢ → 2¢ to the earliest lines",
      campaigns: offer("{\"percentOff\": 10}"), lines: threeNickels, lineDiscounts: [1, 1, 0]),
    // halfEven: 1.5¢ → 2¢ (2 is even).
    EngineCase(
      name: "halfEven 1.5¢ → 2¢",
      campaigns: offer("{\"percentOff\": 10}", rounding: "halfEven"), lines: threeNickels,
      lineDiscounts: [1, 1, 0]),
    // down: 1.5¢ → 1¢, to the first line.
    EngineCase(
      name: "down 1.5¢ → 1¢",
      campaigns: offer("{\"percentOff\": 10}", rounding: "down"), lines: threeNickels,
      lineDiscounts: [1, 0, 0]),
    // 10% of 25¢ = 2.5¢: halfUp → 3¢.
    EngineCase(
      name: "halfUp 2.5¢ → 3¢", campaigns: offer("{\"percentOff\": 10}"),
      lines: [LineSpec(sku: "A", price: 25)], lineDiscounts: [3]),
    // halfEven 2.5¢ → 2¢.
    EngineCase(
      name: "halfEven 2.5¢ → 2¢", campaigns: offer("{\"percentOff\": 10}", rounding: "halfEven"),
      lines: [LineSpec(sku: "A", price: 25)], lineDiscounts: [2]),
    // down 2.5¢ → 2¢.
    EngineCase(
      name: "down 2.5¢ → 2¢", campaigns: offer("{\"percentOff\": 10}", rounding: "down"),
      lines: [LineSpec(sku: "A", price: 25)], lineDiscounts: [2]),
    // 10% of 35¢ = 3.5¢: halfEven → 4¢.
    EngineCase(
      name: "halfEven 3.5¢ → 4¢", campaigns: offer("{\"percentOff\": 10}", rounding: "halfEven"),
      lines: [LineSpec(sku: "A", price: 35)], lineDiscounts: [4]),
    // 10% of 5¢ = 0.5¢: halfUp → 1¢.
    EngineCase(
      name: "halfUp 0.5¢ → 1¢", campaigns: offer("{\"percentOff\": 10}"),
      lines: [LineSpec(sku: "A", price: 5)], lineDiscounts: [1]),
    // halfEven 0.5¢ → 0¢: nothing to discount.
    EngineCase(
      name: "halfEven 0.5¢ → 0¢", campaigns: offer("{\"percentOff\": 10}", rounding: "halfEven"),
      lines: [LineSpec(sku: "A", price: 5)], lineDiscounts: [0], statuses: [.nothingToDiscount]),
    // down 0.5¢ → 0¢.
    EngineCase(
      name: "down 0.5¢ → 0¢", campaigns: offer("{\"percentOff\": 10}", rounding: "down"),
      lines: [LineSpec(sku: "A", price: 5)], lineDiscounts: [0], statuses: [.nothingToDiscount]),
    // $1 off three $1 lines: 33.33…¢ each; 99¢ whole, 1¢ left, equal remainders and amounts → first line.
    EngineCase(
      name: "thirds: the earlier line takes the cent",
      campaigns: offer("{\"amountOff\": \"1.00\"}"),
      lines: [
        LineSpec(sku: "A", price: 100), LineSpec(sku: "B", price: 100),
        LineSpec(sku: "C", price: 100),
      ],
      lineDiscounts: [34, 33, 33]),
    // $2 off three $1 lines: 66.66…¢ each; 198¢ whole, 2¢ left → the first two lines.
    EngineCase(
      name: "two thirds: the two earlier lines take a cent",
      campaigns: offer("{\"amountOff\": \"2.00\"}"),
      lines: [
        LineSpec(sku: "A", price: 100), LineSpec(sku: "B", price: 100),
        LineSpec(sku: "C", price: 100),
      ],
      lineDiscounts: [67, 67, 66]),
    // 50% of 1¢ and 3¢: exact 0.5¢ and 1.5¢, sum 2¢; shares 0.5 and 1.5 → whole 0 + 1, 1¢ left, equal
    // remainders (½) → the larger exact amount (line B) first: 0¢ and 2¢.
    EngineCase(
      name: "equal remainders: the larger exact amount first",
      campaigns: offer("{\"percentOff\": 50}"),
      lines: [LineSpec(sku: "A", price: 1), LineSpec(sku: "B", price: 3)], lineDiscounts: [0, 2]),
    // $0.03 off 1.00 and 3.00: shares 0.75¢ and 2.25¢ → whole 0 + 2, 1¢ left → the larger remainder (A).
    EngineCase(
      name: "largest remainder beats larger amount",
      campaigns: offer("{\"amountOff\": \"0.03\"}"),
      lines: [LineSpec(sku: "A", price: 100), LineSpec(sku: "B", price: 300)],
      lineDiscounts: [1, 2]),
    // Rounded once, not per line: 10% of 5¢ on 3 lines with down per line would be 0; once gives 1¢.
    // 10% of 7 × 5¢ lines = 3.5¢ → halfUp 4¢; shares 4/7 each → four earliest lines.
    EngineCase(
      name: "rounded once over seven lines",
      campaigns: offer("{\"percentOff\": 10}"),
      lines: (1...7).map { LineSpec(sku: "L\($0)", price: 5) },
      lineDiscounts: [1, 1, 1, 1, 0, 0, 0]),
  ]

  @Test(arguments: cases) func rounding(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }
}
