import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Issue 11 in the guard: the oracle's amounts for a combined benefit, a gift and a budget (worked by hand,
/// independently of the engine), the classification of a silent gift, `diff`'s reductions, the benefit
/// comparison, and the priority-tie warning.
@Suite struct CampaignKindsGuardTests {
  // MARK: - The oracle

  @Test func theOracleCapsACombinedBenefitLinesFirst() throws {
    let campaign = try OracleFixtures.campaign(
      #""benefit": [{"percentOff": 20}, {"shipping": {"percentOff": 100}}], "maxDiscount": "18.00""#
    )
    // 20% of 30.00 + 45.00 = 15.00; shipping 4.95; cap 18.00: 15.00 + min(4.95, 3.00) = 18.00.
    let checkout = OracleFixtures.checkout(
      [OracleFixtures.line(3_000, 1, "A", []), OracleFixtures.line(4_500, 1, "B", [])],
      shipping: 495)
    #expect(PromiseOracle(campaign: campaign).judge(checkout).entitledAmount == 1_800)
  }

  @Test func theOracleMakesTheListedGiftUnitsFree() throws {
    let campaign = try OracleFixtures.campaign(
      #""benefit": {"gift": {"skus": ["MUG", "TOTE"], "quantity": 2}}"#)
    // Units taken by SKU order: the mug first (one at 8.00), then one tote (12.00): 20.00. The towel is the
    // purchase.
    let checkout = OracleFixtures.checkout([
      OracleFixtures.line(2_000, 1, "TOWEL", []), OracleFixtures.line(1_200, 3, "TOTE", []),
      OracleFixtures.line(800, 1, "MUG", []),
    ])
    #expect(PromiseOracle(campaign: campaign).judge(checkout).entitledAmount == 2_000)
    // Without a gift unit: the promise's reason is giftNotInBasket.
    let without = OracleFixtures.checkout([OracleFixtures.line(2_000, 1, "TOWEL", [])])
    guard case .refused(let reason, _) = PromiseOracle(campaign: campaign).judge(without) else {
      Issue.record("a basket without the gift is entitled")
      return
    }
    #expect(reason == .giftNotInBasket)
  }

  @Test(arguments: [
    // Budget 50.00. Nothing spent: 20% of 89.00 = 17.80.
    (spent: Int64(0), amount: Int64(1_780)),
    // 45.00 spent: 5.00 left.
    (spent: 4_500, amount: 500),
    // 49.99 spent: the last cent.
    (spent: 4_999, amount: 1),
  ])
  func theOracleGivesWhatIsLeftOfAPromisedBudget(spent: Int64, amount: Int64) throws {
    let campaign = try OracleFixtures.campaign(
      #""benefit": {"percentOff": 20}, "limits": {"budget": "50.00"}"#)
    var checkout = OracleFixtures.checkout([OracleFixtures.line(8_900, 1, "A", [])])
    checkout.budgetSpent = [campaign.id: OracleFixtures.usd(spent)]
    #expect(PromiseOracle(campaign: campaign).judge(checkout).entitledAmount == amount)
  }

  @Test func theOracleTellsAGuestThatAUsedUpOfferIsUsedUp() throws {
    let campaign = try OracleFixtures.campaign(
      #""benefit": {"percentOff": 20}, "limits": {"total": 10, "perCustomer": 1}"#)
    var checkout = OracleFixtures.checkout([OracleFixtures.line(8_900, 1, "A", [])])
    checkout.redemptionTotals = [campaign.id: 10]
    guard case .refused(let reason, _) = PromiseOracle(campaign: campaign).judge(checkout) else {
      Issue.record("a used-up offer is entitled")
      return
    }
    #expect(reason == .limitReached)
  }

  // MARK: - Classification

  @Test func anAutomaticGiftNobodyIsToldAboutIsASilentFailure() throws {
    let campaign = try OracleFixtures.campaign(
      #""activation": {"automatic": true}, "benefit": {"gift": {"skus": ["TOTE"]}}"#)
    let checkout = OracleFixtures.checkout([OracleFixtures.line(2_000, 1, "TOWEL", [])], codes: [])
    let judgement = PromiseOracle(campaign: campaign).judge(checkout)
    let set = try CampaignSet(files: [
      CampaignFile(path: "test.json", campaigns: [campaign], catalog: nil)
    ])
    var quote = try set.evaluate(checkout)
    // The engine lists the gift: nothing to report.
    #expect(quote.gifts.map(\.campaignID.rawValue) == [campaign.id])
    #expect(
      Classifier.classify(
        campaign: campaign, checkout: checkout, quote: quote, judgement: judgement
      )
      .isEmpty)
    // A checkout that says nothing about it is silent.
    quote.gifts = []
    #expect(
      Classifier.classify(
        campaign: campaign, checkout: checkout, quote: quote, judgement: judgement
      )
      .map(\.kind) == [.silentFailure])
  }

  // MARK: - diff

  @Test(arguments: [
    (
      #""benefit": [{"percentOff": 20}, {"shipping": {"percentOff": 100}}]"#,
      #""benefit": {"percentOff": 20}"#, "reduction"
    ),
    (
      #""benefit": {"percentOff": 20}"#,
      #""benefit": [{"percentOff": 20}, {"shipping": {"percentOff": 100}}]"#, "increase"
    ),
    (#""limits": {"budget": "5000.00"}"#, #""limits": {"budget": "4000.00"}"#, "reduction"),
    (#""limits": {"budget": "5000.00"}"#, #""limits": {"budget": "6000.00"}"#, "increase"),
    (#""benefit": {"percentOff": 20}"#, #""limits": {"budget": "5000.00"}"#, "reduction"),
    (
      #""benefit": {"gift": {"skus": ["TOTE"], "quantity": 2}}"#,
      #""benefit": {"gift": {"skus": ["TOTE"], "quantity": 1}}"#, "reduction"
    ),
    (#""benefit": {"gift": {"skus": ["TOTE"]}}"#, #""benefit": {"percentOff": 5}"#, "reduction"),
  ])
  func diffFlagsTheReductions(old: String, new: String, direction: String) throws {
    let before = try DiffFixture.campaign(old, path: "old.json")
    let after = try DiffFixture.campaign(new, path: "new.json")
    let changes = PromiseDiff(old: before, new: after).changes
    #expect(changes.count == 1)
    #expect(changes.first?.direction.rawValue == direction, "\(changes.map(\.sentence))")
  }

  // MARK: - Terms against mechanics

  @Test func aLineBenefitIsLowerThanTheSameWithFreeShipping() {
    let line = Benefit.percentOff(Percentage(millionths: 200_000))
    let both = Benefit.combined(lines: line, shipping: .percentOff(.hundred))
    #expect(BenefitComparison.of(line, against: both) == .lower)
    #expect(BenefitComparison.of(both, against: line) == .higher)
    #expect(BenefitComparison.of(both, against: both) == .same)
  }

  // MARK: - The priority-tie warning

  @Test func stackableCampaignsOfDifferentKindsSharingAPriorityAreWarnedAbout() throws {
    let file = try DiffFixture.file(
      [
        DiffFixture.campaignJSON(#""benefit": {"amountOff": "30.00"}"#, id: "thirty"),
        DiffFixture.campaignJSON(
          #""activation": {"codes": ["TEN"]}, "benefit": {"percentOff": 10}"#, id: "ten"),
      ], path: "tie.json")
    let warnings = PriorityTieAudit.warnings(files: [file])
    // "ten" sorts first: 10% of 100.00 = 10.00, then 30.00 off 90.00 = 40.00; the other order 30.00, then
    // 10% of 70.00 = 7.00: 37.00.
    let message = try #require(warnings["thirty"]?.first?.message)
    #expect(message.contains("share priority 0"))
    #expect(message.contains("that order takes $40.00 off, the other $37.00"))
    #expect(warnings["ten"]?.count == 1)
    // Different priorities: no warning.
    let ordered = try DiffFixture.file(
      [
        DiffFixture.campaignJSON(
          #""benefit": {"amountOff": "30.00"}, "stacking": {"priority": 5}"#, id: "thirty"),
        DiffFixture.campaignJSON(
          #""activation": {"codes": ["TEN"]}, "benefit": {"percentOff": 10}"#, id: "ten"),
      ], path: "tie.json")
    #expect(PriorityTieAudit.warnings(files: [ordered]).isEmpty)
    // Same kind: order does not change the amount much, no warning.
    let same = try DiffFixture.file(
      [
        DiffFixture.campaignJSON(#""benefit": {"percentOff": 15}"#, id: "a"),
        DiffFixture.campaignJSON(
          #""activation": {"codes": ["TEN"]}, "benefit": {"percentOff": 10}"#, id: "b"),
      ], path: "tie.json")
    #expect(PriorityTieAudit.warnings(files: [same]).isEmpty)
  }
}
