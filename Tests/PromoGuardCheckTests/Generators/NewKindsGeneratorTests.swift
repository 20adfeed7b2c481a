import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The boundaries `check` generates for issue 11's fields: one cent either side of a maximum spend, whole-order
/// spends around a minimum measured on the order, the edges of quantity tiers, and free units before an item
/// cap.
@Suite struct NewKindsGeneratorTests {
  static let json = #"""
    {"format": "promoguard/1", "campaigns": [
      {"id": "starter", "name": "S", "currency": "USD", "activation": {"codes": ["S"]},
       "conditions": {"maxSubtotal": "200.00"}, "benefit": {"percentOff": 15}},
      {"id": "treat", "name": "T", "currency": "USD", "activation": {"codes": ["T"]},
       "conditions": {"minSubtotal": "100.00", "scope": "order"},
       "target": {"include": {"categories": ["towels"]}}, "benefit": {"percentOff": 20}},
      {"id": "napkins", "name": "N", "currency": "USD", "activation": {"codes": ["N"]},
       "target": {"include": {"categories": ["napkins"]}},
       "benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 6, "percentOff": 20}]}},
      {"id": "capped", "name": "C", "currency": "USD", "activation": {"codes": ["C"]},
       "benefit": {"percentOff": 30}, "maxItems": 5}
    ],
    "catalog": {"products": [
      {"sku": "TOWEL", "name": "Towel", "categories": ["towels"], "tags": [], "price": "12.00"},
      {"sku": "ROBE", "name": "Robe", "categories": ["robes"], "tags": [], "price": "98.00"},
      {"sku": "NAPKIN", "name": "Napkin", "categories": ["napkins"], "tags": [], "price": "6.50"}
    ]}}
    """#

  static func generator(_ id: String) throws -> ScenarioGenerator {
    let files = try CampaignLoader.load([CampaignSource(path: "g.json", bytes: Array(json.utf8))])
    let file = try #require(files.first)
    let campaign = try #require(file.campaigns.first { $0.id == id })
    return ScenarioGenerator(profile: CampaignProfile(campaign: campaign, file: file), seed: 1)
  }

  @Test func oneCentEitherSideOfTheMaximumSpend() throws {
    let generator = try Self.generator("starter")
    #expect(generator.profile.maximumSpends == [20_000])
    var found = Set<Int64>()
    for index in generator.boundaries.indices {
      guard case .subtotal(let amount, true, _) = generator.boundaries[index] else { continue }
      found.insert(amount)
    }
    // 200.00 = 20,000 cents: 19,999, 20,000 and 20,001.
    #expect(found.isSuperset(of: [19_999, 20_000, 20_001]))
    // The baseline stays at or below the maximum, so the promise accepts it.
    let baseline = generator.scenario(at: 0).checkout
    let subtotal = baseline.lines.reduce(Int64(0)) { $0 + $1.unitPrice.minorUnits * $1.quantity }
    #expect(subtotal <= 20_000)
    let judgement = PromiseOracle(campaign: generator.profile.campaign).judge(baseline)
    if case .entitled = judgement {} else { Issue.record("baseline refused: \(judgement)") }
  }

  @Test func wholeOrderSpendsAroundAMinimumOnTheOrder() throws {
    let generator = try Self.generator("treat")
    #expect(generator.profile.measuresWholeOrder)
    var found = Set<Int64>()
    for index in generator.boundaries.indices {
      guard case .orderSubtotal(let amount) = generator.boundaries[index] else { continue }
      let lines = generator.scenario(at: index).checkout.lines
      let total = lines.reduce(Int64(0)) { $0 + $1.unitPrice.minorUnits * $1.quantity }
      #expect(total == amount)
      // Most of the spend is on a product outside the target (the robe or the napkin).
      #expect(lines.contains { !$0.categories.contains("towels") })
      found.insert(amount)
    }
    // 100.00 = 10,000 cents: one cent under, exactly, one cent over.
    #expect(found == [9_999, 10_000, 10_001])
  }

  @Test func theEdgesOfQuantityTiers() throws {
    let generator = try Self.generator("napkins")
    #expect(generator.profile.quantityThresholds == [3, 6])
    var found = Set<Int64>()
    for tweak in generator.boundaries {
      if case .quantity(let units, true) = tweak { found.insert(units) }
    }
    // 3 − 1, 3, 3 + 1 and 6 − 1, 6, 6 + 1.
    #expect(found == [2, 3, 4, 5, 6, 7])
  }

  @Test func freeUnitsBeforeAnItemCap() throws {
    let generator = try Self.generator("capped")
    let index = try #require(
      generator.boundaries.firstIndex { $0 == .basket(.freeUnitsFirst) })
    let lines = generator.scenario(at: index).checkout.lines
    // maxItems 5: thresholds 5 and 6, so six free units, then two priced lines.
    #expect(lines.first?.unitPrice.minorUnits == 0)
    #expect(lines.first?.quantity == 6)
    #expect(lines.dropFirst().allSatisfy { $0.unitPrice.minorUnits > 0 })
  }
}
