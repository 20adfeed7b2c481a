import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Classification of several campaigns presented together.
@Suite struct ClassifierTogetherTests {
  /// Evaluates the campaigns together and classifies, after `change`.
  static func findings(
    _ campaigns: [Campaign], _ checkout: Checkout, change: (inout Quote) -> Void = { _ in }
  ) throws -> [ObservedFinding] {
    let set = try CampaignSet(files: [
      CampaignFile(path: "test.json", campaigns: campaigns, catalog: nil)
    ])
    var quote = try set.evaluate(checkout)
    change(&quote)
    let judgements = campaigns.map { PromiseOracle(campaign: $0).judge(checkout) }
    return Classifier.classifyTogether(
      campaigns: campaigns, checkout: checkout, quote: quote, judgements: judgements)
  }

  static let basket = [OracleFixtures.line(10000, 1, "A", [])]

  /// Exclusive VIP15 (under test) and automatic 10% on 100.00: VIP15 wins with 15.00 ≥ the best single
  /// promise 15.00.
  @Test func exclusiveBeatsTheStack() throws {
    let campaigns = try OracleFixtures.campaigns(
      [
        #""activation": {"codes": ["VIP15"]}, "benefit": {"percentOff": 15}, "stacking": {"exclusive": true}"#,
        #""activation": {"automatic": true}, "benefit": {"percentOff": 10}"#,
      ], ids: ["vip-15", "auto-10"])
    let checkout = OracleFixtures.checkout(Self.basket, codes: ["VIP15"])
    #expect(try Self.findings(campaigns, checkout).isEmpty)
    // Given 14.98 in all: 2 cents below the best single promise 15.00 → shortfall.
    let short = try Self.findings(campaigns, checkout) { quote in
      quote.applied[0].discount = OracleFixtures.usd(1498)
      quote.discount = OracleFixtures.usd(1498)
    }
    #expect(short.map(\.kind) == [.shortfall])
    // 14.99 is 1 cent below: fine.
    let near = try Self.findings(campaigns, checkout) { quote in
      quote.applied[0].discount = OracleFixtures.usd(1499)
      quote.discount = OracleFixtures.usd(1499)
    }
    #expect(near.isEmpty)
  }

  /// Two codes whose terms say they combine; the mechanics make one exclusive: the other is notCombinable.
  @Test func notCombinableAgainstTerms() throws {
    let campaigns = try OracleFixtures.campaigns(
      [
        #""activation": {"codes": ["EXTRA5"]}, "benefit": {"percentOff": 5}"#,
        #""activation": {"codes": ["VIP15"]}, "benefit": {"percentOff": 15}, "stacking": {"exclusive": true}, "terms": {"benefit": {"percentOff": 15}, "combinable": true}"#,
      ], ids: ["extra-5", "vip-15"])
    // Stack 5.00 < 15.00: VIP15 wins, EXTRA5 is notCombinable; both terms combine → rejectedEligible.
    let checkout = OracleFixtures.checkout(Self.basket, codes: ["EXTRA5", "VIP15"])
    let findings = try Self.findings(campaigns, checkout)
    #expect(findings.map(\.kind) == [.rejectedEligible])
    #expect(findings.first?.summary.hasPrefix("checkout refuses EXTRA5 as notCombinable") == true)
  }

  /// The same with a winner whose promise (its mechanics) is exclusive: no finding.
  @Test func notCombinableAsPromised() throws {
    let campaigns = try OracleFixtures.campaigns(
      [
        #""activation": {"codes": ["EXTRA5"]}, "benefit": {"percentOff": 5}"#,
        #""activation": {"codes": ["VIP15"]}, "benefit": {"percentOff": 15}, "stacking": {"exclusive": true}"#,
      ], ids: ["extra-5", "vip-15"])
    let checkout = OracleFixtures.checkout(Self.basket, codes: ["EXTRA5", "VIP15"])
    #expect(try Self.findings(campaigns, checkout).isEmpty)
  }

  /// Terms that combine by default promise the campaign with any offer: an exclusive winner whose own
  /// promise is exclusive still takes away what was promised.
  @Test func notCombinableAgainstItsOwnTermsWhateverTheWinner() throws {
    let campaigns = try OracleFixtures.campaigns(
      [
        #""activation": {"codes": ["EXTRA5"]}, "benefit": {"percentOff": 5}, "terms": {"benefit": {"percentOff": 5}}"#,
        #""activation": {"automatic": true}, "benefit": {"percentOff": 15}, "stacking": {"exclusive": true}"#,
      ], ids: ["extra-5", "winter"])
    // On 100.00: winter alone 15.00 beats the stack 5.00; EXTRA5 is notCombinable.
    let checkout = OracleFixtures.checkout(Self.basket, codes: ["EXTRA5"])
    let findings = try Self.findings(campaigns, checkout)
    #expect(findings.map(\.kind) == [.rejectedEligible])
    #expect(
      findings.first?.summary
        == "checkout refuses EXTRA5 as notCombinable although its terms say it combines with other "
        + "offers")
    #expect(findings.first?.promised == "5% off the eligible items: $5.00")
  }

  /// An automatic campaign whose terms combine, dropped without a word by an exclusive winner: silentFailure.
  @Test func anAutomaticCombinableCampaignDroppedSilently() throws {
    let campaigns = try OracleFixtures.campaigns(
      [
        #""activation": {"automatic": true}, "benefit": {"percentOff": 5}, "terms": {"benefit": {"percentOff": 5}}"#,
        #""activation": {"automatic": true}, "benefit": {"percentOff": 15}, "stacking": {"exclusive": true}"#,
      ], ids: ["auto-5", "winter"])
    let checkout = OracleFixtures.checkout(Self.basket, codes: [])
    let findings = try Self.findings(campaigns, checkout)
    #expect(findings.map(\.kind) == [.silentFailure])
    #expect(findings.first?.actual == "nothing, and no reason shown")
  }

  /// A campaign the terms refuse (minimum spend 200.00) that checkout applies anyway: leak.
  @Test func leakTogether() throws {
    let campaigns = try OracleFixtures.campaigns(
      [
        #""activation": {"codes": ["EXTRA5"]}, "benefit": {"percentOff": 5}, "terms": {"benefit": {"percentOff": 5}, "conditions": {"minSubtotal": "200.00"}}"#,
        #""activation": {"codes": ["TEN"]}, "benefit": {"percentOff": 10}"#,
      ], ids: ["extra-5", "ten"])
    // Stack: TEN 10.00 then EXTRA5 5% of 90.00 = 4.50 (or the other order); EXTRA5 is not promised here.
    let checkout = OracleFixtures.checkout(Self.basket, codes: ["EXTRA5", "TEN"])
    let findings = try Self.findings(campaigns, checkout)
    #expect(findings.map(\.kind) == [.leak])
  }

  /// An entitled campaign refused with another reason while presented with others: rejectedEligible.
  @Test func refusedTogether() throws {
    let campaigns = try OracleFixtures.campaigns(
      [
        #""activation": {"codes": ["EXTRA5"]}, "benefit": {"percentOff": 5}, "channels": ["app"], "terms": {"benefit": {"percentOff": 5}}"#,
        #""activation": {"codes": ["TEN"]}, "benefit": {"percentOff": 10}"#,
      ], ids: ["extra-5", "ten"])
    // The checkout has no channel: the mechanics say wrongChannel, the terms state no channel.
    let checkout = OracleFixtures.checkout(Self.basket, codes: ["EXTRA5", "TEN"])
    let findings = try Self.findings(campaigns, checkout)
    #expect(findings.map(\.kind) == [.rejectedEligible])
    #expect(
      findings.first?.summary
        == "checkout refuses EXTRA5 with wrongChannel, a reason the terms do not state")
  }

  /// A partner's problem (EXTRA5 leaks against its terms) is not reported for the campaign under test (TEN).
  @Test func partnersAreCheckedInTheirOwnRuns() throws {
    let campaigns = try OracleFixtures.campaigns(
      [
        #""activation": {"codes": ["TEN"]}, "benefit": {"percentOff": 10}"#,
        #""activation": {"codes": ["EXTRA5"]}, "benefit": {"percentOff": 5}, "terms": {"benefit": {"percentOff": 5}, "conditions": {"minSubtotal": "200.00"}}"#,
      ], ids: ["ten", "extra-5"])
    let checkout = OracleFixtures.checkout(Self.basket, codes: ["EXTRA5", "TEN"])
    #expect(try Self.findings(campaigns, checkout).isEmpty)
  }
}
