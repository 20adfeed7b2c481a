import PromoGuard
import Testing

/// Stacking (Evaluation.md §7): application order, exclusive against stack, two exclusives, notCombinable.
@Suite struct StackingTests {
  static let hundred = [LineSpec(sku: "A", price: 10_000)]

  static func evaluate(_ campaigns: [String], codes: [String], shipping: Int64 = 0) throws -> Quote
  {
    try EngineFixture.set(campaigns).evaluate(
      EngineFixture.checkout(hundred, shipping: shipping, codes: codes))
  }

  static let auto10 = EngineFixture.campaign(
    "auto-10", name: "Ten off", code: nil, "\"benefit\": {\"percentOff\": 10}")
  static let vip15 = EngineFixture.campaign(
    "vip-15", name: "VIP", code: "VIP15",
    "\"benefit\": {\"percentOff\": 15}, \"stacking\": {\"exclusive\": true}")
  static let extra5 = EngineFixture.campaign(
    "extra-5", name: "Extra", code: "EXTRA5", "\"benefit\": {\"percentOff\": 5}")

  @Test func priorityThenID() throws {
    // b-second has priority 5 and goes first: $10 off 100.00; a-first 10% of the 90.00 left = 9.00.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign("a-first", code: "AAA", "\"benefit\": {\"percentOff\": 10}"),
        EngineFixture.campaign(
          "b-second", code: "BBB",
          "\"benefit\": {\"amountOff\": \"10.00\"}, \"stacking\": {\"priority\": 5}"),
      ], codes: ["AAA", "BBB"])
    #expect(quote.applied.map(\.campaignID) == ["b-second", "a-first"])
    #expect(quote.applied.map(\.discount.minorUnits) == [1_000, 900])
    #expect(quote.discount.minorUnits == 1_900)
  }

  @Test func equalPriorityByID() throws {
    // Same priority: "aaa" ($10 off) before "bbb" (10% of the 90.00 left = 9.00), whatever the code order.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign("bbb", code: "BBB", "\"benefit\": {\"percentOff\": 10}"),
        EngineFixture.campaign("aaa", code: "AAA", "\"benefit\": {\"amountOff\": \"10.00\"}"),
      ], codes: ["BBB", "AAA"])
    #expect(quote.applied.map(\.campaignID) == ["aaa", "bbb"])
    #expect(quote.applied.map(\.discount.minorUnits) == [1_000, 900])
  }

  @Test func exclusiveLargerThanTheStack() throws {
    // Stack: 10% = 10.00; VIP alone 15% = 15.00 → VIP. The automatic campaign shows no code.
    let quote = try Self.evaluate([Self.auto10, Self.vip15], codes: ["VIP15"])
    #expect(quote.applied.map(\.campaignID) == ["vip-15"])
    #expect(quote.discount.minorUnits == 1_500)
    #expect(quote.codes.map(\.status) == [.applied])
  }

  @Test func exclusiveBeatsStackOfTwo() throws {
    // Stack: 10.00 + 5% of 90.00 = 14.50 < 15.00 → VIP; EXTRA5 is notCombinable naming vip-15.
    let quote = try Self.evaluate(
      [Self.auto10, Self.vip15, Self.extra5], codes: ["VIP15", "EXTRA5"])
    #expect(quote.applied.map(\.campaignID) == ["vip-15"])
    #expect(quote.discount.minorUnits == 1_500)
    #expect(quote.codes.map(\.status) == [.applied, .notCombinable])
    let extra = try #require(quote.codes.last)
    #expect(extra.detail.winners == ["vip-15"])
    #expect(extra.detail.reasons == [.notCombinable])
    #expect(
      extra.message
        == "\"Extra\" cannot be combined with \"VIP\", which saves the customer at least as much and was applied instead."
    )
  }

  @Test func stackLargerThanExclusive() throws {
    // VIP 12% = 12.00; stack 10.00 + 4.50 = 14.50 → the stack; VIP names both winners in application order.
    let vip12 = EngineFixture.campaign(
      "vip-12", name: "VIP", code: "VIP12",
      "\"benefit\": {\"percentOff\": 12}, \"stacking\": {\"exclusive\": true}")
    let quote = try Self.evaluate([Self.auto10, vip12, Self.extra5], codes: ["VIP12", "EXTRA5"])
    #expect(quote.applied.map(\.campaignID) == ["auto-10", "extra-5"])
    // An automatic campaign has no code; a typed one shows the campaign's own spelling.
    #expect(quote.applied.map(\.code) == [nil, "EXTRA5"])
    #expect(quote.discount.minorUnits == 1_450)
    #expect(quote.codes.map(\.status) == [.notCombinable, .applied])
    let vip = try #require(quote.codes.first)
    #expect(vip.detail.winners == ["auto-10", "extra-5"])
    #expect(
      vip.message
        == "\"VIP\" cannot be combined with \"Ten off\" and \"Extra\", which saves the customer at least as much and was applied instead."
    )
  }

  @Test func exclusiveWinsATie() throws {
    // Stack: 10.00 + $5 = 15.00; exclusive $15 off = 15.00 → tie → the exclusive campaign.
    let quote = try Self.evaluate(
      [
        Self.auto10,
        EngineFixture.campaign("five", code: "FIVE", "\"benefit\": {\"amountOff\": \"5.00\"}"),
        EngineFixture.campaign(
          "fifteen", code: "FIFTEEN",
          "\"benefit\": {\"amountOff\": \"15.00\"}, \"stacking\": {\"exclusive\": true}"),
      ], codes: ["FIVE", "FIFTEEN"])
    #expect(quote.applied.map(\.campaignID) == ["fifteen"])
    #expect(quote.codes.map(\.status) == [.notCombinable, .applied])
    #expect(quote.codes.first?.detail.winners == ["fifteen"])
  }

  @Test func exclusiveComputedOnOriginalPrices() throws {
    // `first` (priority 9, $50 off) is in the stack; the exclusive 20% is computed on 100.00 alone = 20.00,
    // not on the 50.00 the stack leaves. Stack 50.00 > 20.00 → stack.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign(
          "first", code: "FIRST",
          "\"benefit\": {\"amountOff\": \"50.00\"}, \"stacking\": {\"priority\": 9}"),
        EngineFixture.campaign(
          "excl", code: "EXCL",
          "\"benefit\": {\"percentOff\": 20}, \"stacking\": {\"exclusive\": true}"),
      ], codes: ["EXCL", "FIRST"])
    #expect(quote.applied.map(\.campaignID) == ["first"])
    #expect(quote.discount.minorUnits == 5_000)
    #expect(quote.codes.map(\.status) == [.notCombinable, .applied])
  }

  @Test func twoExclusivesLargerWins() throws {
    // 20% = 20.00 against $25 off = 25.00.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign(
          "alpha", code: "ALPHA",
          "\"benefit\": {\"percentOff\": 20}, \"stacking\": {\"exclusive\": true, \"priority\": 5}"),
        EngineFixture.campaign(
          "beta", code: "BETA",
          "\"benefit\": {\"amountOff\": \"25.00\"}, \"stacking\": {\"exclusive\": true}"),
      ], codes: ["ALPHA", "BETA"])
    #expect(quote.applied.map(\.campaignID) == ["beta"])
    #expect(quote.discount.minorUnits == 2_500)
    #expect(quote.codes.map(\.status) == [.notCombinable, .applied])
    #expect(quote.codes.first?.detail.winners == ["beta"])
  }

  @Test func twoExclusivesTieHigherPriority() throws {
    // 20% = 20.00 and $20 off = 20.00; "zeta" has priority 5 → zeta, although its id is later.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign(
          "alpha", code: "ALPHA",
          "\"benefit\": {\"amountOff\": \"20.00\"}, \"stacking\": {\"exclusive\": true}"),
        EngineFixture.campaign(
          "zeta", code: "ZETA",
          "\"benefit\": {\"percentOff\": 20}, \"stacking\": {\"exclusive\": true, \"priority\": 5}"),
      ], codes: ["ALPHA", "ZETA"])
    #expect(quote.applied.map(\.campaignID) == ["zeta"])
    #expect(quote.codes.map(\.status) == [.notCombinable, .applied])
  }

  @Test func twoExclusivesTieLowerID() throws {
    // Equal value and priority: the lower id, "alpha", whatever the code order.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign(
          "beta", code: "BETA",
          "\"benefit\": {\"percentOff\": 20}, \"stacking\": {\"exclusive\": true}"),
        EngineFixture.campaign(
          "alpha", code: "ALPHA",
          "\"benefit\": {\"amountOff\": \"20.00\"}, \"stacking\": {\"exclusive\": true}"),
      ], codes: ["BETA", "ALPHA"])
    #expect(quote.applied.map(\.campaignID) == ["alpha"])
    #expect(quote.codes.map(\.status) == [.notCombinable, .applied])
    #expect(quote.codes.first?.detail.winners == ["alpha"])
  }

  @Test func shippingCountsForTheStack() throws {
    // Exclusive 10% of lines = 10.00; stack: free shipping of 12.00 → the stack wins.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign(
          "ship", code: "SHIP", "\"benefit\": {\"shipping\": {\"percentOff\": 100}}"),
        EngineFixture.campaign(
          "excl", code: "EXCL",
          "\"benefit\": {\"percentOff\": 10}, \"stacking\": {\"exclusive\": true}"),
      ], codes: ["SHIP", "EXCL"], shipping: 1_200)
    #expect(quote.applied.map(\.campaignID) == ["ship"])
    #expect(quote.shippingDiscount.minorUnits == 1_200)
    #expect(quote.discount.minorUnits == 0)
    #expect(quote.total.minorUnits == 10_000)
    #expect(quote.codes.map(\.status) == [.applied, .notCombinable])
  }

  @Test func shippingCountsForTheExclusive() throws {
    // Exclusive free shipping 12.00 against the stack's 10% = 10.00 → the exclusive.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign("ten", code: "TEN", "\"benefit\": {\"percentOff\": 10}"),
        EngineFixture.campaign(
          "ship", code: "SHIP",
          "\"benefit\": {\"shipping\": {\"percentOff\": 100}}, \"stacking\": {\"exclusive\": true}"),
      ], codes: ["TEN", "SHIP"], shipping: 1_200)
    #expect(quote.applied.map(\.campaignID) == ["ship"])
    #expect(quote.applied.first?.shippingDiscount.minorUnits == 1_200)
    #expect(quote.applied.first?.discount.minorUnits == 0)
    #expect(quote.codes.map(\.status) == [.notCombinable, .applied])
  }

  @Test func eachCampaignOnWhatTheOnesBeforeLeft() throws {
    // 50% (priority 2) of 100.00 = 50.00, then $60 off is capped at the 50.00 left: total 100.00, line 0.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign(
          "half", code: "HALF", "\"benefit\": {\"percentOff\": 50}, \"stacking\": {\"priority\": 2}"
        ),
        EngineFixture.campaign("sixty", code: "SIXTY", "\"benefit\": {\"amountOff\": \"60.00\"}"),
      ], codes: ["SIXTY", "HALF"])
    #expect(quote.applied.map(\.campaignID) == ["half", "sixty"])
    #expect(quote.applied.map(\.discount.minorUnits) == [5_000, 5_000])
    #expect(quote.lines.first?.total.minorUnits == 0)
    #expect(quote.total.minorUnits == 0)
  }

  @Test func fullyDiscountedLeavesNothingForTheNext() throws {
    // 100% first, then 10% has nothing left.
    let quote = try Self.evaluate(
      [
        EngineFixture.campaign(
          "all", code: "ALL", "\"benefit\": {\"percentOff\": 100}, \"stacking\": {\"priority\": 2}"),
        EngineFixture.campaign("ten", code: "TEN", "\"benefit\": {\"percentOff\": 10}"),
      ], codes: ["ALL", "TEN"])
    #expect(quote.codes.map(\.status) == [.applied, .nothingToDiscount])
    #expect(quote.codes.last?.detail.nothingReason == .nothingLeft)
    #expect(quote.discount.minorUnits == 10_000)
  }
}
