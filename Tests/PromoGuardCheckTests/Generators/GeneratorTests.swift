import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Random numbers, code typings and the scenarios of a campaign.
@Suite struct GeneratorTests {
  static func generator(seed: UInt64 = 1) throws -> ScenarioGenerator {
    let file = try HarnessFixtures.file(HarnessFixtures.september)
    let campaign = try #require(file.campaigns.first { $0.id == "sept-20" })
    return ScenarioGenerator(profile: CampaignProfile(campaign: campaign, file: file), seed: seed)
  }

  @Test func fnv1aMatchesThePublishedTestVectors() {
    // The FNV-1a 64-bit offset basis, and the published hash of "a".
    #expect(FNV1a.hash("") == 0xCBF2_9CE4_8422_2325)
    #expect(FNV1a.hash("a") == 0xAF63_DC4C_8601_EC8C)
  }

  @Test func splitMix64MatchesTheReferenceSequence() {
    // The reference implementation seeded with 0 starts e220a8397b1dcdaf, 6e789e6aa1b965f4.
    var random = SplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
  }

  @Test func boundedNumbersStayInRange() {
    var random = SplitMix64(seed: 9)
    for _ in 0..<1_000 {
      #expect((0..<7).contains(random.next(upTo: 7)))
      #expect((-1...1).contains(random.next(in: -1...1)))
    }
  }

  @Test func aCodeIsTypedEveryWayACustomerTypesIt() {
    // "SEPT-20" has 7 characters: the split one breaks after the third.
    #expect(
      CodeVariants.typings(of: "SEPT-20") == [
        "SEPT-20", "sept-20", " SEPT-20 ", "SEPT20", "ＳＥＰＴ－２０", "SEPT-20\n", "SEP T-20",
      ])
  }

  @Test func theProfileHasEveryThresholdAndWindowBoundary() throws {
    let profile = try Self.generator().profile
    // minSubtotal "50.00" in both mechanics and terms: 5,000 cents, once.
    #expect(profile.moneyThresholds == [5_000])
    // 2006-09-01 is day 13,392 since 1970 (36 years with 9 leap days = 13,149, plus 243 days of January to
    // August); midnight in New York (EDT, UTC−4) is 04:00 UTC. 2006-10-01 is day 13,422.
    let starts: Int64 = (13_392 * 86_400 + 4 * 3_600) * 1_000_000
    let ends: Int64 = (13_422 * 86_400 + 4 * 3_600) * 1_000_000
    for microseconds in [starts - 1, starts, ends - 1, ends, ends - 1_000_000] {
      #expect(profile.times.contains(Instant(microsecondsSinceEpoch: microseconds)))
    }
    // SABLE is a throw; MINK is a throw tagged "sale", which both targets exclude.
    #expect(profile.bothTargets.map { profile.products[$0].sku }.contains("SABLE"))
    #expect(profile.nonTargets.map { profile.products[$0].sku }.contains("MINK"))
  }

  @Test func boundaryScenariosPutTheTargetSubtotalOneCentUnderAtAndOverTheMinimum() throws {
    let generator = try Self.generator()
    var found = Set<Int64>()
    for index in generator.boundaries.indices {
      let scenario = generator.scenario(at: index)
      guard case .subtotal(let amount, true, _) = generator.boundaries[index] else { continue }
      let target = scenario.checkout.lines.filter {
        $0.categories.contains("throws") && !$0.tags.contains("sale")
      }
      let subtotal = target.reduce(Int64(0)) { $0 + $1.unitPrice.minorUnits * $1.quantity }
      #expect(subtotal == amount)
      found.insert(amount)
    }
    // 5,000 cents − 1, exactly, + 1.
    #expect(found == [4_999, 5_000, 5_001])
  }

  @Test func theSameSeedGivesTheSameScenariosAndAnotherSeedOthers() throws {
    let one = try Self.generator(seed: 5)
    let again = try Self.generator(seed: 5)
    let other = try Self.generator(seed: 6)
    let start = one.boundaries.count
    var differences = 0
    for index in start..<(start + 50) {
      #expect(one.scenario(at: index) == again.scenario(at: index))
      if one.scenario(at: index) != other.scenario(at: index) { differences += 1 }
    }
    #expect(differences > 40)
  }

  @Test func everyGeneratedCheckoutCanBeQuotedAndJourneysEndInTheScenarioCheckout() throws {
    let generator = try Self.generator()
    let engine = try EngineEvaluatorFactory().evaluator(for: [generator.profile.campaign])
    var journeys = 0
    for index in 0..<2_000 {
      let scenario = generator.scenario(at: index)
      #expect(throws: Never.self) { try engine.evaluate(scenario.checkout) }
      if case .journey(let journey) = scenario.shape {
        journeys += 1
        #expect(journey.finalCheckout == scenario.checkout)
      }
    }
    // About one random scenario in ten is a journey.
    #expect(journeys > 100)
  }

  @Test func aShortRunAlreadyTouchesEveryDimension() throws {
    let boundaries = try Self.generator().boundaries
    // The baseline, then the first of each non-empty group: code typings, subtotals, baskets, moments,
    // customers, channels, other (the september campaign has no unit threshold, so no quantity group).
    #expect(boundaries.count > 8)
    let first = boundaries.prefix(8).map { tweak -> String in
      switch tweak {
      case .baseline: return "baseline"
      case .code: return "code"
      case .subtotal: return "subtotal"
      case .basket: return "basket"
      case .time: return "time"
      case .customer: return "customer"
      case .channel: return "channel"
      case .otherCurrency: return "other"
      default: return "unexpected"
      }
    }
    #expect(
      first == ["baseline", "code", "subtotal", "basket", "time", "customer", "channel", "other"])
  }
}
