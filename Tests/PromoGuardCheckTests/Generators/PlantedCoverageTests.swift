import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The generators reach the checkouts that show each planted problem.
///
/// These tests do not need the promise oracle: they quote each generated checkout twice with the engine, once
/// with the campaign's mechanics and once with its terms read as mechanics, and look for the difference the
/// fixture plants.
@Suite struct PlantedCoverageTests {
  /// The discounts (lines plus shipping) of the mechanics and of the promise for the boundary and random
  /// single scenarios of a planted campaign.
  static func outcomes(_ id: String, scenarios: Int = 2_000) throws -> [(
    mechanics: Quote, promise: Quote
  )] {
    let files = try FixtureFiles.files(in: "planted")
    let file = try #require(files.first { $0.campaigns.contains { $0.id == id } })
    let campaign = try #require(file.campaigns.first { $0.id == id })
    var promised = campaign
    promised.mechanics = campaign.promise.rules
    promised.terms = nil
    let mechanics = try EngineEvaluatorFactory().evaluator(for: [campaign])
    let promise = try EngineEvaluatorFactory().evaluator(for: [promised])
    let generator = ScenarioGenerator(
      profile: CampaignProfile(campaign: campaign, file: file), seed: 1)
    var result = [(mechanics: Quote, promise: Quote)]()
    for index in 0..<scenarios {
      let scenario = generator.scenario(at: index)
      guard case .single = scenario.shape else { continue }
      result.append(
        (try mechanics.evaluate(scenario.checkout), try promise.evaluate(scenario.checkout)))
    }
    return result
  }

  @Test func aStaffCustomerGetsTheDiscountOnlyVIPsWerePromised() throws {
    let leaks = try Self.outcomes("planted-leak").filter {
      $0.mechanics.discount.minorUnits > 0 && $0.promise.discount.minorUnits == 0
    }
    #expect(!leaks.isEmpty)
    #expect(leaks.allSatisfy { $0.promise.codes.first?.status == .notEligible })
  }

  @Test func theUnstatedCapGivesLessThanPromised() throws {
    // 20% of more than $50.00 of garden tools is more than the $10.00 cap.
    let short = try Self.outcomes("planted-shortfall").filter {
      $0.mechanics.discount.minorUnits + 1 < $0.promise.discount.minorUnits
    }
    #expect(!short.isEmpty)
    #expect(short.allSatisfy { $0.mechanics.discount.minorUnits == 1_000 })
  }

  @Test func aBasketOfExactlyFiftyDollarsIsRefusedThoughPromised() throws {
    let refused = try Self.outcomes("planted-threshold").filter {
      $0.promise.codes.first?.status == .applied
        && $0.mechanics.codes.first?.status == .conditionsNotMet
    }
    #expect(!refused.isEmpty)
    // Only a subtotal of exactly $50.00 meets "50.00" and misses "50.01".
    #expect(refused.allSatisfy { $0.mechanics.subtotal.minorUnits == 5_000 })
  }
}
