import PromoGuard
import Testing

/// Issue 11, items 5, 7, 8 and 9.
///
/// A line and a shipping benefit together, gifts with purchase, promotion budgets, and statuses that tell the
/// truth. Every amount is worked out by hand in the comment above it.
@Suite struct CampaignKindsTests {
  static let combined = "\"benefit\": [{\"percentOff\": 20}, {\"shipping\": {\"percentOff\": 100}}]"

  // MARK: - A line benefit and a shipping benefit (item 5)

  struct CombinedCase: Sendable, CustomTestStringConvertible {
    var name: String
    var extra: String
    var lines: [LineSpec]
    var shipping: Int64
    var lineDiscounts: [Int64]
    var shippingDiscount: Int64
    var testDescription: String { name }
  }

  static let combinedCases: [CombinedCase] = [
    // 20% of 30.00 + 45.00 = 6.00 + 9.00 = 15.00; shipping 4.95 free. Cap 18.00, lines first: lines 15.00,
    // shipping 18.00 − 15.00 = 3.00.
    CombinedCase(
      name: "the cap takes the lines first", extra: ", \"maxDiscount\": \"18.00\"",
      lines: [LineSpec(sku: "A", price: 3_000), LineSpec(sku: "B", price: 4_500)], shipping: 495,
      lineDiscounts: [600, 900], shippingDiscount: 300),
    // No cap: lines 15.00, shipping 4.95.
    CombinedCase(
      name: "without a cap both parts in full", extra: "",
      lines: [LineSpec(sku: "A", price: 3_000), LineSpec(sku: "B", price: 4_500)], shipping: 495,
      lineDiscounts: [600, 900], shippingDiscount: 495),
    // Cap 10.00 below the lines' 15.00: lines 10.00 (allocated 10.00 × 6/15 = 4.00, × 9/15 = 6.00), shipping
    // nothing of the cap is left.
    CombinedCase(
      name: "a cap below the lines leaves nothing for shipping",
      extra: ", \"maxDiscount\": \"10.00\"",
      lines: [LineSpec(sku: "A", price: 3_000), LineSpec(sku: "B", price: 4_500)], shipping: 495,
      lineDiscounts: [400, 600], shippingDiscount: 0),
    // Each part rounded once: 20% of two 0.07 lines is 1.4¢ + 1.4¢ = 2.8¢ → 3¢ (halfUp, once over the sum;
    // per line it would be 1¢ + 1¢). Allocated 3 × 1.4/2.8 = 1.5 each → 1 + 1 = 2, the cent left to the earlier
    // line (equal remainders and amounts): 2¢, 1¢. Shipping 0.99 × 100% = 0.99, rounded on its own.
    CombinedCase(
      name: "each part is rounded once", extra: "",
      lines: [LineSpec(sku: "A", price: 7), LineSpec(sku: "B", price: 7)], shipping: 99,
      lineDiscounts: [2, 1], shippingDiscount: 99),
    // No shipping: the lines alone, 20% of 50.00 = 10.00.
    CombinedCase(
      name: "no shipping: the lines alone", extra: "",
      lines: [LineSpec(sku: "A", price: 5_000)], shipping: 0, lineDiscounts: [1_000],
      shippingDiscount: 0),
  ]

  @Test(arguments: combinedCases) func aLineAndAShippingBenefitTogether(_ test: CombinedCase) throws
  {
    let set = try EngineFixture.set([
      EngineFixture.campaign("both", code: "BOTH", Self.combined + test.extra)
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout(test.lines, shipping: test.shipping, codes: ["BOTH"]))
    #expect(quote.lines.map(\.discount.minorUnits) == test.lineDiscounts)
    #expect(quote.shippingDiscount.minorUnits == test.shippingDiscount)
    #expect(quote.applied.first?.discount.minorUnits == test.lineDiscounts.reduce(0, +))
    #expect(quote.applied.first?.shippingDiscount.minorUnits == test.shippingDiscount)
    #expect(quote.codes.first?.status == .applied)
  }

  @Test func theTermsSayBoth() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign("both", code: "BOTH", Self.combined + ", \"maxDiscount\": \"18.00\"")
    ])
    let campaign = try #require(set.files.first?.campaigns.first)
    let text = TermsText(campaign: campaign).text
    #expect(text.contains("- 20% off your order and free shipping."))
    #expect(text.contains("- Up to $18.00 off per order."))
  }

  // MARK: - Gift with purchase (item 7)

  static let gift =
    "\"benefit\": {\"gift\": {\"skus\": [\"TOTE\"], \"quantity\": 1}}, "
    + "\"conditions\": {\"minSubtotal\": \"50.00\"}"

  @Test func theGiftUnitInTheBasketIsFree() throws {
    let set = try EngineFixture.set([EngineFixture.campaign("tote", code: "TOTE", Self.gift)])
    // Bought 60.00 (the tote does not count toward the minimum); two totes at 12.00, one free: 12.00 off the
    // tote line, 24.00 − 12.00 = 12.00 left.
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "TOWEL", price: 6_000), LineSpec(sku: "TOTE", price: 1_200, quantity: 2)],
        codes: ["TOTE"]))
    #expect(quote.lines.map(\.discount.minorUnits) == [0, 1_200])
    #expect(quote.codes.first?.status == .applied)
    // The second tote is not free, and nothing is missing: no gift to add.
    #expect(quote.gifts.isEmpty)
  }

  @Test func aQualifyingBasketWithoutTheGiftIsToldWhatToAdd() throws {
    let set = try EngineFixture.set([EngineFixture.campaign("tote", code: "TOTE", Self.gift)])
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "TOWEL", price: 6_000)], codes: ["TOTE"]))
    let code = try #require(quote.codes.first)
    #expect(code.status == .giftNotInBasket)
    #expect(code.detail.gift?.skus == ["TOTE"])
    #expect(code.message.contains("add TOTE to the basket to get it free"))
    #expect(quote.gifts == [Quote.Gift(campaignID: "tote", skus: ["TOTE"], quantity: 1)])
    #expect(quote.discount.minorUnits == 0)
  }

  @Test func theTermsNameTheGiftFromTheCatalogAndFallBackToItsSKU() throws {
    // The example file's catalog names TOTE-BAG "Tote Bag"; the terms say so, with the SKU for the agent.
    let examples = try CampaignSet(sources: ExampleFixtures.campaignSources())
    let named = try #require(examples.termsText(campaignID: "bath-tote"))
    #expect(
      named.contains(
        "- A free Tote Bag (TOTE-BAG) with eligible items: add it to your basket and it is taken off "
          + "(at most 1 gift item per order)."))
    // A file without a catalog has no name to give: the SKU alone.
    let set = try EngineFixture.set([EngineFixture.campaign("tote", code: "TOTE", Self.gift)])
    let bare = try #require(set.termsText(campaignID: "tote"))
    #expect(bare.contains("- A free TOTE with your order: add it to your basket"))
  }

  @Test func theToteDoesNotCountTowardTheMinimum() throws {
    let set = try EngineFixture.set([EngineFixture.campaign("tote", code: "TOTE", Self.gift)])
    // 40.00 bought + a 12.00 tote = 52.00 in the basket, but only 40.00 counts: 10.00 short, and the gift
    // status follows (it holds too, listed after).
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "TOWEL", price: 4_000), LineSpec(sku: "TOTE", price: 1_200)], codes: ["TOTE"]
      ))
    let code = try #require(quote.codes.first)
    #expect(code.status == .conditionsNotMet)
    #expect(code.detail.shortfalls.first?.missing == 1_000)
    #expect(quote.gifts.isEmpty)
  }

  @Test func anAutomaticGiftCampaignStillListsTheGiftToAdd() throws {
    let set = try EngineFixture.set([EngineFixture.campaign("tote", code: nil, Self.gift)])
    let quote = try set.evaluate(EngineFixture.checkout([LineSpec(sku: "TOWEL", price: 6_000)]))
    #expect(quote.gifts == [Quote.Gift(campaignID: "tote", skus: ["TOTE"], quantity: 1)])
  }

  // MARK: - A promotion budget (item 8)

  static let budget =
    "\"benefit\": {\"amountOff\": \"10.00\"}, \"limits\": {\"budget\": \"5000.00\"}"

  @Test(arguments: [
    // Nothing spent: the whole 10.00.
    (spent: Int64(0), given: Int64(1_000), status: CodeStatus.applied),
    // 4,995.00 spent: 5.00 left, the order gets 5.00.
    (spent: 499_500, given: 500, status: .applied),
    // The last cent: 4,999.99 spent, 0.01 left.
    (spent: 499_999, given: 1, status: .applied),
    // Used up.
    (spent: 500_000, given: 0, status: .limitReached),
  ])
  func theOrderThatCrossesTheBudgetGetsWhatIsLeft(
    spent: Int64, given: Int64, status: CodeStatus
  ) throws {
    let set = try EngineFixture.set([EngineFixture.campaign("b", code: "B", Self.budget)])
    var checkout = EngineFixture.checkout([LineSpec(sku: "A", price: 8_900)], codes: ["B"])
    checkout.budgetSpent = ["b": Money(minorUnits: spent, currency: .usd)]
    let quote = try set.evaluate(checkout)
    let code = try #require(quote.codes.first)
    #expect(quote.discount.minorUnits == given)
    #expect(code.status == status)
    if status == .limitReached {
      #expect(code.detail.limit?.kind == "budget")
      #expect(code.message.contains("promotion budget"))
      #expect(code.message.contains("has been used up"))
    } else if given < 1_000 {
      #expect(code.detail.budget?.given == given)
      #expect(code.detail.budget?.uncapped == 1_000)
      #expect(code.message.contains("of the promotion budget"))
    } else {
      #expect(code.detail.budget == nil)
    }
  }

  @Test func theBudgetCapsLinesAndShippingTogether() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "b", code: "B", Self.combined + ", \"limits\": {\"budget\": \"100.00\"}")
    ])
    var checkout = EngineFixture.checkout(
      [LineSpec(sku: "A", price: 5_000)], shipping: 495, codes: ["B"])
    // 100.00 − 91.00 = 9.00 left. Lines 20% of 50.00 = 10.00 → 9.00 (lines first); shipping 0.
    checkout.budgetSpent = ["b": Money(minorUnits: 9_100, currency: .usd)]
    let quote = try set.evaluate(checkout)
    #expect(quote.discount.minorUnits == 900)
    #expect(quote.shippingDiscount.minorUnits == 0)
  }

  // MARK: - Statuses that tell the truth (item 9)

  @Test func aGuestWithAUsedUpBudgetIsNotAskedToSignIn() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "b", code: "B",
        "\"benefit\": {\"percentOff\": 10}, \"limits\": {\"budget\": \"10.00\", \"perCustomer\": 1}"
      )
    ])
    var checkout = EngineFixture.checkout([LineSpec(sku: "A", price: 8_900)], codes: ["B"])
    checkout.budgetSpent = ["b": Money(minorUnits: 1_000, currency: .usd)]
    #expect(try set.evaluate(checkout).codes.first?.status == .limitReached)
  }

  @Test func aShippingOfferWithoutShippingSaysSo() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "ship", code: "SHIP",
        "\"benefit\": {\"shipping\": {\"percentOff\": 100}}, \"target\": {\"include\": {\"skus\": [\"Z\"]}}"
      )
    ])
    // An empty basket and no shipping: the reason is the missing shipping, not the missing items.
    let quote = try set.evaluate(EngineFixture.checkout([], codes: ["SHIP"]))
    let code = try #require(quote.codes.first)
    #expect(code.status == .nothingToDiscount)
    #expect(code.detail.nothingReason == .noShipping)
    #expect(code.message == "There is no shipping charge on this order for \"ship\" to take off.")
  }
}
