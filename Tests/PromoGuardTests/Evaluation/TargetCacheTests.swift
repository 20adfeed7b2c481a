import Testing

@testable import PromoGuard

/// Each distinct target's lines are found once per evaluation and shared by every campaign with that target,
/// with exactly the lines, subtotal and units a fresh match gives.
@Suite struct TargetCacheTests {
  /// The target of campaign `index`: 24 shapes (categories, SKUs, tags, exclusions, every product) giving 23
  /// distinct targets, more than the cache scans (16) before it hashes.
  static func target(_ index: Int) -> String {
    let categories = ["home", "garden", "toys", "books"]
    switch index % 24 {
    case 0: return ""
    case let shape where shape < 5:
      return "\"target\": {\"include\": {\"categories\": [\"\(categories[shape % 4])\"]}}, "
    case let shape where shape < 10:
      return "\"target\": {\"include\": {\"skus\": [\"S-\(shape)\", \"S-\(shape + 1)\"]}}, "
    case let shape where shape < 14:
      return "\"target\": {\"include\": {\"tags\": [\"t\(shape % 3)\"]}}, "
    case let shape where shape < 19:
      return "\"target\": {\"include\": {\"categories\": [\"\(categories[shape % 4])\"]}, "
        + "\"exclude\": {\"tags\": [\"t\(shape % 3)\"]}}, "
    default:
      return "\"target\": {\"exclude\": {\"skus\": [\"S-\(index % 24 - 12)\"], "
        + "\"categories\": [\"books\"]}}, "
    }
  }

  static func campaigns() -> [String] {
    (0..<60).map { index in
      EngineFixture.campaign(
        "c-\(index)", code: nil, "\(target(index))\"benefit\": {\"percentOff\": 5}")
    }
  }

  /// Twelve lines over the SKUs, categories and tags the targets name, one of them free.
  static func lines(seed: Int) -> [LineSpec] {
    let categories = [["home"], ["garden", "home"], ["toys"], ["books"], [], ["garden"]]
    return (0..<12).map { index in
      LineSpec(
        sku: "S-\((index * 7 + seed) % 15)", price: index == 3 ? 0 : Int64(100 * (index + seed)),
        quantity: Int64(1 + (index + seed) % 3),
        categories: categories[(index + seed) % categories.count],
        tags: (index + seed) % 4 == 0 ? [] : ["t\((index + seed) % 3)"])
    }
  }

  @Test func equalTargetsShareANumberAndDifferentOnesDoNot() throws {
    let set = try EngineFixture.set(Self.campaigns())
    for first in set.campaigns {
      for second in set.campaigns {
        #expect(
          (first.targetNumber == second.targetNumber)
            == (first.rules.target == second.rules.target),
          "\(first.id) and \(second.id)")
      }
    }
    // Distinct targets among the 24 shapes: every product 1, categories 4, SKU pairs 5, tags 3 (shapes 10
    // and 13 both name t1), categories without a tag 5, exclusions 5: 1 + 4 + 5 + 3 + 5 + 5 = 23.
    #expect(Set(set.campaigns.map(\.targetNumber)).count == 23)
  }

  @Test(arguments: [0, 1, 2, 5])
  func cachedLinesEqualAFreshMatchInAnyOrder(seed: Int) throws {
    let set = try EngineFixture.set(Self.campaigns())
    let checkout = EngineFixture.checkout(Self.lines(seed: seed))
    let basket = try BasketState(checkout)
    var cache = TargetCache()
    // Twice over every campaign, the second pass in another order: every look-up after a target's first
    // is served from the cache (inline, scanned or hashed).
    var generator = SystemRandomNumberGenerator()
    let order = set.campaigns.indices + set.campaigns.indices.shuffled(using: &generator)
    for index in order {
      let campaign = set.campaigns[index]
      let cached = cache.lines(of: campaign, in: checkout, basket: basket)
      let fresh = TargetLines(campaign.rules.target, in: checkout, basket: basket)
      #expect(cached.indices == fresh.indices, "\(campaign.id)")
      #expect(cached.subtotal == fresh.subtotal, "\(campaign.id)")
      #expect(cached.quantity == fresh.quantity, "\(campaign.id)")
      #expect(cached.pricedQuantity == fresh.pricedQuantity, "\(campaign.id)")
    }
  }

  @Test func campaignsWithOneTargetStackOnWhatTheEarlierLeft() throws {
    // Three automatic campaigns, two with the same target (`home`), priorities 3, 2, 1:
    //   10% off home: 10% of the $20.00 home line = 200¢;
    //   5% off home (same target, read from the cache): 5% of what is left, 2,000 − 200 = 1,800¢ → 90¢;
    //   $1.00 off garden: 100¢ off the $10.00 garden line.
    // Total 200 + 90 + 100 = 390¢.
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "home-ten", code: nil,
        "\"stacking\": {\"priority\": 3}, \"target\": {\"include\": {\"categories\": [\"home\"]}}, "
          + "\"benefit\": {\"percentOff\": 10}"),
      EngineFixture.campaign(
        "home-five", code: nil,
        "\"stacking\": {\"priority\": 2}, \"target\": {\"include\": {\"categories\": [\"home\"]}}, "
          + "\"benefit\": {\"percentOff\": 5}"),
      EngineFixture.campaign(
        "garden-one", code: nil,
        "\"stacking\": {\"priority\": 1}, \"target\": {\"include\": {\"categories\": [\"garden\"]}}, "
          + "\"benefit\": {\"amountOff\": \"1.00\"}"),
    ])
    #expect(set.campaigns[0].targetNumber == set.campaigns[1].targetNumber)
    let quote = try set.evaluate(
      EngineFixture.checkout([
        LineSpec(sku: "H", price: 2_000, categories: ["home"]),
        LineSpec(sku: "G", price: 1_000, categories: ["garden"]),
      ]))
    #expect(quote.applied.map(\.campaignID) == ["home-ten", "home-five", "garden-one"])
    #expect(quote.discount.minorUnits == 390)
  }
}
