import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Single-campaign classification of hand-changed quotes.
@Suite struct ClassifierTests {
  /// A quote change, the judgement it is compared with, and the finding kinds expected.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var change: @Sendable (inout Quote) -> Void
    /// `nil`: the oracle's own judgement.
    var judgement: PromiseJudgement?
    var expected: [FindingKind]
    var testDescription: String { name }
  }

  static let typed = Presentation(codeIndices: [0], viaLink: false, isAutomatic: false)

  /// Sets the campaign's applied line discount (one line of 149.00, 20% → 29.80).
  static func applied(_ cents: Int64) -> @Sendable (inout Quote) -> Void {
    { quote in quote.applied[0].discount = OracleFixtures.usd(cents) }
  }

  /// Removes the applied entry and shows `status` for the typed code.
  static func refused(_ status: CodeStatus) -> @Sendable (inout Quote) -> Void {
    { quote in
      quote.applied = []
      quote.codes[0].status = status
    }
  }

  static let cases: [Case] = [
    Case(name: "as promised", change: { _ in }, expected: []),
    // Promised 2980: 2979 is 1 off (fine), 2978 is 2 off (shortfall).
    Case(name: "1 cent short", change: applied(2979), expected: []),
    Case(name: "2 cents short", change: applied(2978), expected: [.shortfall]),
    // 2981 is 1 over (fine), 2982 is 2 over (leak).
    Case(name: "1 cent over", change: applied(2981), expected: []),
    Case(name: "2 cents over", change: applied(2982), expected: [.leak]),
    Case(
      name: "refused with a reason", change: refused(.notEligible), expected: [.rejectedEligible]),
    Case(
      name: "refused as nothing to discount", change: refused(.nothingToDiscount),
      expected: [.rejectedEligible]),
    Case(
      name: "applied status, no discount", change: refused(.applied), expected: [.silentFailure]),
    // Shipping discount counts towards the campaign's amount: 0 + 2980.
    Case(
      name: "given as shipping",
      change: { quote in
        quote.applied[0].discount = OracleFixtures.usd(0)
        quote.applied[0].shippingDiscount = OracleFixtures.usd(2980)
      }, expected: []),
    Case(
      name: "terms refuse, checkout applies", change: { _ in },
      judgement: .refused(reason: .conditionsNotMet, presentation: typed), expected: [.leak]),
    Case(
      name: "terms refuse, checkout says another reason", change: refused(.expired),
      judgement: .refused(reason: .conditionsNotMet, presentation: typed), expected: [.wrongReason]),
    Case(
      name: "terms refuse, checkout says the same reason", change: refused(.conditionsNotMet),
      judgement: .refused(reason: .conditionsNotMet, presentation: typed), expected: []),
    Case(
      name: "terms refuse, a duplicate entry is not a reason", change: refused(.duplicate),
      judgement: .refused(reason: .conditionsNotMet, presentation: typed), expected: []),
    Case(
      name: "terms refuse, an unknown code is not a wrong reason", change: refused(.unknownCode),
      judgement: .refused(reason: .conditionsNotMet, presentation: typed), expected: []),
    Case(
      name: "terms refuse, applied status with nothing off is not a reason",
      change: refused(.applied),
      judgement: .refused(reason: .conditionsNotMet, presentation: typed), expected: []),
    // An amount at the top of Int64 (a basket beyond what checkout accepts) compares without overflow.
    Case(
      name: "entitled to Int64.max", change: { _ in },
      judgement: .entitled(amount: Int64.max, presentation: typed),
      expected: [.shortfall]),
    Case(
      name: "not presented, applied", change: { _ in }, judgement: .notPresented, expected: [.leak]),
    Case(
      name: "not presented, nothing", change: refused(.unknownCode), judgement: .notPresented,
      expected: []),
  ]

  static func scenario() throws -> (Campaign, Checkout, Quote) {
    let campaign = try OracleFixtures.campaign(#""benefit": {"percentOff": 20}"#)
    let checkout = OracleFixtures.checkout([OracleFixtures.line(14900, 1, "A", [])])
    let set = try CampaignSet(files: [
      CampaignFile(path: "test.json", campaigns: [campaign], catalog: nil)
    ])
    return (campaign, checkout, try set.evaluate(checkout))
  }

  @Test(arguments: cases) func classify(_ testCase: Case) throws {
    let (campaign, checkout, original) = try Self.scenario()
    var quote = original
    testCase.change(&quote)
    // 20% of 149.00 = 29.80.
    let judgement = testCase.judgement ?? PromiseOracle(campaign: campaign).judge(checkout)
    #expect(
      PromiseOracle(campaign: campaign).judge(checkout)
        == .entitled(amount: 2980, presentation: Self.typed))
    let findings = Classifier.classify(
      campaign: campaign, checkout: checkout, quote: quote, judgement: judgement)
    #expect(findings.map(\.kind) == testCase.expected)
  }

  /// Automatic campaign that checkout does not apply: nothing is shown, so the failure is silent.
  @Test func automaticNotApplied() throws {
    let campaign = try OracleFixtures.campaign(
      #""activation": {"automatic": true}, "benefit": {"percentOff": 20}"#)
    let checkout = OracleFixtures.checkout([OracleFixtures.line(14900, 1, "A", [])], codes: [])
    let set = try CampaignSet(files: [
      CampaignFile(path: "test.json", campaigns: [campaign], catalog: nil)
    ])
    var quote = try set.evaluate(checkout)
    quote.applied = []
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    let findings = Classifier.classify(
      campaign: campaign, checkout: checkout, quote: quote, judgement: judgement)
    #expect(findings.map(\.kind) == [.silentFailure])
    #expect(findings.first?.actual == "nothing, and no reason shown")
    #expect(findings.first?.promised == "20% off the eligible items: $29.80")
  }

  /// The wording of a rejected eligible code; the summary has no basket amounts.
  @Test func rejectedWording() throws {
    let (campaign, checkout, original) = try Self.scenario()
    var quote = original
    Self.refused(.notEligible)(&quote)
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    let finding = try #require(
      Classifier.classify(
        campaign: campaign, checkout: checkout, quote: quote, judgement: judgement
      ).first)
    #expect(
      finding.summary == "checkout refuses SAVE with notEligible, a reason the terms do not state")
    #expect(finding.actual == "refused SAVE: notEligible")
  }

  /// Terms for an audience, mechanics for everyone, empty basket: the terms say notEligible, checkout says
  /// nothingToDiscount, which is the mechanics' own first reason: not a wrong reason (the audit reports the clause).
  @Test func mechanicsReasonIsNotWrong() throws {
    let campaign = try OracleFixtures.campaign(
      #""benefit": {"percentOff": 10}, "terms": {"benefit": {"percentOff": 10}, "audience": {"segments": ["vip"]}}"#
    )
    let checkout = OracleFixtures.checkout([], customer: Checkout.Customer(id: "c-1"))
    let set = try CampaignSet(files: [
      CampaignFile(path: "test.json", campaigns: [campaign], catalog: nil)
    ])
    let quote = try set.evaluate(checkout)
    #expect(quote.codes.map(\.status) == [.nothingToDiscount])
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    #expect(judgement == .refused(reason: .notEligible, presentation: Self.typed))
    #expect(
      Classifier.classify(
        campaign: campaign, checkout: checkout, quote: quote, judgement: judgement
      ).isEmpty)
  }

  /// Terms stricter than nothing: the terms promise 20% but the mechanics give 10%: shortfall.
  @Test func termsAgainstMechanics() throws {
    let campaign = try OracleFixtures.campaign(
      #""benefit": {"percentOff": 10}, "terms": {"benefit": {"percentOff": 20}}"#)
    let checkout = OracleFixtures.checkout([OracleFixtures.line(14900, 1, "A", [])])
    let set = try CampaignSet(files: [
      CampaignFile(path: "test.json", campaigns: [campaign], catalog: nil)
    ])
    let quote = try set.evaluate(checkout)
    // Promised 29.80, given 14.90.
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    let findings = Classifier.classify(
      campaign: campaign, checkout: checkout, quote: quote, judgement: judgement)
    #expect(findings.map(\.kind) == [.shortfall])
    #expect(findings.first?.actual == "applied $14.90")
  }
}
