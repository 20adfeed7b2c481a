import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The no-false-positive check for the fields of issue 11: random campaigns of ``EngineCrossCheckTests`` given
/// an amount off each unit, tiers by quantity, a maximum spend, conditions on the whole order and an item cap
/// that picks the most expensive units; the engine's quotes of random checkouts (free units included) agree with
/// the independently written oracle.
@Suite struct NewKindsCrossCheckTests {
  typealias Random = EngineCrossCheckTests.SeededGenerator

  /// The campaign with some of the new fields.
  static func campaign(_ random: inout Random) -> Campaign {
    var campaign = EngineCrossCheckTests.campaign(&random)
    var rules = campaign.mechanics
    let money = EngineCrossCheckTests.money
    switch Int.random(in: 0..<3, using: &random) {
    case 0: rules.benefit = .amountOffEach(money(Int64.random(in: 1...5_000, using: &random)))
    case 1:
      var minimum: Int64 = 0
      var tiers: [Benefit.Tier] = []
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        minimum += Int64.random(in: 1...4, using: &random)
        tiers.append(
          Benefit.Tier(minQuantity: minimum, reward: EngineCrossCheckTests.reward(&random)))
      }
      rules.benefit = .tiers(tiers)
    default: break
    }
    if Int.random(in: 0..<3, using: &random) == 0 {
      let floor = rules.conditions.minSubtotal?.minorUnits ?? 0
      rules.conditions.maxSubtotal = money(floor + Int64.random(in: 1...40_000, using: &random))
    }
    if Bool.random(using: &random) { rules.conditions.scope = .order }
    if Bool.random(using: &random) { rules.maxItemsPick = .mostExpensive }
    if rules.maxItems == nil, Bool.random(using: &random) {
      rules.maxItems = Int64.random(in: 1...4, using: &random)
    }
    campaign.mechanics = rules
    return campaign
  }

  static let batches = [
    EngineCrossCheckTests.Batch(seed: 11, count: 2_500),
    EngineCrossCheckTests.Batch(seed: 12, count: 2_500),
  ]

  @Test(arguments: batches) func engineAndOracleAgree(_ batch: EngineCrossCheckTests.Batch) throws {
    var random = Random(state: batch.seed)
    var disagreements: [String] = []
    for index in 0..<batch.count {
      let campaign = Self.campaign(&random)
      var checkout = EngineCrossCheckTests.checkout(&random)
      guard checkout.currency == .usd else { continue }
      // A free unit in one checkout of three: free units must not use up an item cap.
      if Int.random(in: 0..<3, using: &random) == 0 {
        checkout.lines.insert(
          Checkout.Line(
            sku: "FREE", categories: ["a"], unitPrice: EngineCrossCheckTests.money(0),
            quantity: Int64.random(in: 1...5, using: &random)), at: 0)
      }
      let set = try CampaignSet(files: [
        CampaignFile(path: "random.json", campaigns: [campaign], catalog: nil)
      ])
      let quote = try set.evaluate(checkout)
      let judgement = PromiseOracle(campaign: campaign).judge(checkout)
      let findings =
        Classifier.classify(
          campaign: campaign, checkout: checkout, quote: quote, judgement: judgement)
        + Classifier.invariantViolations(checkout: checkout, quote: quote)
      for finding in findings where disagreements.count < 5 {
        disagreements.append(
          "#\(index) \(finding.kind): \(finding.summary) | benefit \(campaign.mechanics.benefit)"
            + " conditions \(campaign.mechanics.conditions) maxItems "
            + "\(campaign.mechanics.maxItems.map(String.init) ?? "-") \(campaign.mechanics.maxItemsPick)"
            + " lines \(checkout.lines.map { "\($0.unitPrice.minorUnits)×\($0.quantity)\($0.categories)" })"
        )
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
  }
}
