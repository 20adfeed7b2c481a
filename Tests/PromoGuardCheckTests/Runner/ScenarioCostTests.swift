import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The shortcuts the scenario loop takes (issue 13, `scen13`) give what the plain computations give.
@Suite struct ScenarioCostTests {
  /// Codes as customers type them: ASCII, dashes and spaces, full-width, an invisible character, a minus sign,
  /// and forms that need Unicode folding.
  static let typings = [
    "SEPT-20", " sept_20\n", "ＳＥＰＴ２０", "ＳＥＰＴ－２０", "SEPT\u{200B}20", "SEPT\u{2212}20",
    "SEPT\u{3000}20",
    "CAFE\u{301}", "ÉTÉ-25", "sept21", "", "-", "WELCOME-ABCD-EFGH", "welcome abcd efgh",
  ]

  /// Sets of relaxed forms of every size around the four-member cut-off (0 to 6 members).
  static let codeSets: [Set<String>] = (0...6).map { size in
    Set(["sept20", "caf\u{E9}", "\u{E9}t\u{E9}25", "welcomeabcdefgh", "x", "y"].prefix(size))
  }

  /// `relaxed(_:isIn:)` says what looking the relaxed form up in the set says, on both of its paths.
  @Test(arguments: codeSets) func relaxedMembershipAgreesWithTheRelaxedForm(_ codes: Set<String>) {
    for typed in Self.typings {
      #expect(
        PromiseCode.relaxed(typed, isIn: codes) == codes.contains(PromiseCode.relaxed(typed)),
        "\(typed.debugDescription) in \(codes.sorted())")
    }
  }

  /// The generator seeded from the campaign id's hash is the one seeded from the id.
  @Test(arguments: ["sept-20", "bedding-00042", "", "ÉTÉ"]) func hashedSeedIsTheSameGenerator(
    _ id: String
  ) {
    for scenario in [0, 1, 17, 1_234] {
      var byID = SplitMix64(seed: 7, campaignID: id, scenario: scenario)
      var byHash = SplitMix64(seed: 7, campaignHash: FNV1a.hash(id), scenario: scenario)
      #expect(byID.next() == byHash.next())
      #expect(byID.state == byHash.state)
    }
  }

  /// Files with no, one and two exclusive campaigns: a campaign has an exclusive partner exactly when another
  /// campaign of its file is exclusive.
  @Test(arguments: [0, 1, 2, 3]) func exclusivePartnerIsFoundInConstantTime(_ exclusive: Int) throws
  {
    let campaigns = (0..<4).map { index in
      """
      {"id": "c\(index)", "name": "C\(index)", "currency": "USD", "activation": {"automatic": true},
       "benefit": {"percentOff": 10}, "stacking": {"exclusive": \(index < exclusive)}}
      """
    }
    let file = try HarnessFixtures.file(
      "{\"format\": \"promoguard/1\", \"campaigns\": [\(campaigns.joined(separator: ","))]}")
    let context = CampaignFileContext(file: file)
    for campaign in file.campaigns {
      // The plain scan the constant-time answer replaces.
      let scanned = file.campaigns.contains {
        $0.mechanics.stacking.exclusive && $0.id != campaign.id
      }
      #expect(context.hasExclusiveCampaign(otherThan: campaign.id) == scanned, "\(campaign.id)")
    }
    // With one exclusive campaign (c0), only the others have an exclusive partner.
    if exclusive == 1 {
      #expect(!context.hasExclusiveCampaign(otherThan: "c0"))
      #expect(context.hasExclusiveCampaign(otherThan: "c1"))
    }
  }

  /// The prepared oracle of the mechanics judges every generated checkout as an oracle built from the campaign
  /// without its terms does (the reason `wrongReason` compares with).
  @Test func preparedMechanicsOracleJudgesAsTheCampaignWithoutTerms() throws {
    let file = try HarnessFixtures.file(HarnessFixtures.september)
    let campaign = try #require(file.campaigns.first { $0.id == "sept-20" })
    #expect(campaign.terms != nil)
    var withoutTerms = campaign
    withoutTerms.terms = nil
    let rebuilt = PromiseOracle(campaign: withoutTerms)
    let prepared = PromiseOracle(campaign: campaign).mechanicsOracle
    let generator = ScenarioGenerator(
      profile: CampaignProfile(campaign: campaign, file: file), seed: 3)
    for index in 0..<300 {
      let checkout = generator.scenario(at: index).checkout
      #expect(prepared.judge(checkout) == rebuilt.judge(checkout), "scenario \(index)")
    }
  }

  /// A campaign without terms is its own mechanics oracle.
  @Test func aCampaignWithoutTermsIsItsOwnMechanicsOracle() throws {
    let file = try HarnessFixtures.file(HarnessFixtures.september)
    let campaign = try #require(file.campaigns.first { $0.id == "ship-free" })
    #expect(campaign.terms == nil)
    let oracle = PromiseOracle(campaign: campaign)
    #expect(oracle.mechanicsOracle.storage === oracle.storage)
  }

  /// The generator's boundary list is sized to its count (each generator keeps it for the whole run): at most
  /// the allocator's rounding is spare, not the up to twice the count that growing by appending leaves.
  @Test func boundaryListHasNoSpareCapacity() throws {
    let file = try HarnessFixtures.file(HarnessFixtures.september)
    for campaign in file.campaigns {
      let generator = ScenarioGenerator(
        profile: CampaignProfile(campaign: campaign, file: file), seed: 1)
      #expect(generator.boundaries.capacity < generator.boundaries.count + 4, "\(campaign.id)")
      #expect(generator.boundaries.first == .baseline)
    }
  }
}
