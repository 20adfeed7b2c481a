import PromoGuard
import Testing

/// The terms text of whole campaigns, word for word, written by hand from the campaign files.
@Suite struct TermsTextTests {
  /// Loads one campaign file's text and returns its campaigns.
  static func campaigns(_ json: String) throws -> [Campaign] {
    let files = try CampaignLoader.load([CampaignSource(path: "t.json", bytes: Array(json.utf8))])
    return files.flatMap(\.campaigns)
  }

  /// The text of the only campaign in `campaignsJSON` (the objects inside `"campaigns": [...]`).
  static func text(_ campaignsJSON: String) throws -> String {
    let campaigns = try Self.campaigns(
      #"{"format": "promoguard/1", "campaigns": ["# + campaignsJSON + "]}")
    let campaign = try #require(campaigns.first)
    return TermsText(campaign: campaign).text
  }

  @Test func percentOffWithSegmentPeriodLimitAndEmailLink() throws {
    let text = try Self.text(
      #"""
      {"id": "sept-20", "name": "20% off your entire order", "currency": "USD",
       "timeZone": "America/New_York", "starts": "2026-09-01", "ends": "2026-10-01",
       "activation": {"codes": ["SEPT20"]}, "benefit": {"percentOff": 20},
       "audience": {"segments": ["email-subscribers"]}, "limits": {"perCustomer": 1},
       "messages": [{"id": "sept-email", "channel": "email", "code": "SEPT20",
                     "link": {"url": "https://furs.example/?promo=SEPT20", "appliesCode": "sept20"}}]}
      """#)
    // No terms: the promise is the mechanics, combinable because not exclusive. The end, local midnight of
    // 1 October, is stated as its last second, 30 September 23:59:59. perCustomer needs a signed-in customer.
    // The link enters "sept20", which is SEPT20 under relaxed matching.
    #expect(
      text == """
        20% off your entire order
        - 20% off your order.
        - Open only to members of email-subscribers.
        - You must be signed in to your account to use it.
        - Valid from 1 September 2026 at 00:00 (America/New_York) until 30 September 2026 at \
        23:59:59 (America/New_York).
        - Limited to 1 use per customer.
        - Can be combined with other offers.
        - To redeem, enter the code SEPT20 at checkout, or follow the link in the email.
        """)
  }

  @Test func amountOffReadsTheTermsNotTheStricterMechanics() throws {
    let text = try Self.text(
      #"""
      {"id": "throws-10", "name": "Throws promotion", "currency": "USD",
       "starts": "2026-11-01T09:00:00Z", "activation": {"codes": ["THROWS10", "THROW-TEN"]},
       "codeMatching": "exact", "conditions": {"minSubtotal": "60.00"},
       "benefit": {"amountOff": "10.00"},
       "terms": {"name": "$10 off throws and rugs", "benefit": {"amountOff": "10.00"},
                 "target": {"include": {"categories": ["throws", "rugs"]},
                            "exclude": {"skus": ["GIFT-CARD"]}},
                 "conditions": {"minSubtotal": "40.00", "minQuantity": 2},
                 "channels": ["web", "app"], "combinable": false, "codeMatching": "exact",
                 "limits": {"total": 1000}}}
      """#)
    // The terms' minimum ($40.00), not the mechanics' ($60.00); the start and the codes are inherited from the
    // campaign; no end anywhere. 1000 is written with a thousands separator.
    #expect(
      text == """
        $10 off throws and rugs
        - $10.00 off eligible items.
        - Applies only to items in the categories throws and rugs.
        - Excludes the product GIFT-CARD.
        - Requires a minimum spend of $40.00 on eligible items, before discounts.
        - Requires at least 2 eligible items.
        - Open to all customers.
        - Valid only on web and app.
        - Valid from 1 November 2026 at 09:00 (UTC), with no end date.
        - Limited to 1,000 uses in total.
        - Cannot be combined with other offers.
        - To redeem, enter one of the codes THROWS10 or THROW-TEN at checkout.
        - Enter the code exactly as shown: upper and lower case matter.
        """)
  }

  @Test func fixedPriceInYenWithItemCapAndEndOnly() throws {
    let text = try Self.text(
      #"""
      {"id": "sock-bundle", "name": "Sock bundle", "currency": "JPY", "timeZone": "Asia/Tokyo",
       "ends": "2026-12-25T00:00:00", "activation": {"automatic": true},
       "target": {"include": {"tags": ["socks"]}}, "maxItems": 6,
       "benefit": {"fixedPrice": "2500", "quantity": 3}}
      """#)
    // JPY has no decimals: ¥2,500. The end, midnight of 25 December in Tokyo, is stated as 23:59:59 on the 24th.
    #expect(
      text == """
        Sock bundle
        - Any 3 eligible items for ¥2,500 (items are grouped from the highest price down).
        - The discount applies to at most 6 items, the cheapest first.
        - Applies only to items tagged socks.
        - Open to all customers.
        - Valid until 24 December 2026 at 23:59:59 (Asia/Tokyo).
        - Can be combined with other offers.
        - Applied automatically at checkout; no code needed.
        """)
  }

  @Test func buyTwoGetOneFreeForOneCustomerOnAFirstOrder() throws {
    let text = try Self.text(
      #"""
      {"id": "free-one", "name": "Buy 2, get 1 free", "currency": "EUR",
       "activation": {"codes": ["FREEONE"]}, "benefit": {"buy": 2, "get": 1},
       "audience": {"customers": ["c-42"]}, "conditions": {"firstOrder": true},
       "stacking": {"exclusive": true}}
      """#)
    // percentOff defaults to 100 (free); every line is a target, so "items"; exclusive, so not combinable.
    #expect(
      text == """
        Buy 2, get 1 free
        - Buy 2, get 1 free: in each group of 3 items, the cheapest is free.
        - Valid on your first order only.
        - Open only to the customer account c-42.
        - You must be signed in to your account to use it.
        - Valid with no end date.
        - Cannot be combined with other offers.
        - To redeem, enter the code FREEONE at checkout.
        """)
  }

  @Test func tiersInPoundsWithACapAcrossTheClockChange() throws {
    let text = try Self.text(
      #"""
      {"id": "spring-tiers", "name": "Spring tiers", "currency": "GBP", "timeZone": "Europe/London",
       "starts": "2026-03-28", "ends": "2026-04-01",
       "activation": {"codes": ["T-ONE", "T-TWO", "T-THREE", "T-FOUR", "T-FIVE", "T-SIX"]},
       "benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10},
                             {"minSubtotal": "100.00", "amountOff": "15.00"}]},
       "maxDiscount": "30.00"}
      """#)
    // Six codes are more than the five listed by name. London moves to BST on 29 March 2026; both times are
    // local wall-clock times, so they read as written (the end, 1 April 00:00, less one second).
    #expect(
      text == """
        Spring tiers
        - The more you spend, the more you save (the highest level reached applies):
          - spend £50.00 or more: 10% off
          - spend £100.00 or more: £15.00 off
        - Up to £30.00 off per order.
        - Open to all customers.
        - Valid from 28 March 2026 at 00:00 (Europe/London) until 31 March 2026 at 23:59:59 \
        (Europe/London).
        - Can be combined with other offers.
        - To redeem, enter the code you were given at checkout (one of 6 codes).
        """)
  }

  @Test func freeShippingOnTheWebOverAMinimum() throws {
    let text = try Self.text(
      #"""
      {"id": "ship-free", "name": "Free shipping over $75", "currency": "USD",
       "activation": {"automatic": true}, "channels": ["web"],
       "conditions": {"minSubtotal": "75.00"}, "benefit": {"shipping": {"percentOff": 100}}}
      """#)
    #expect(
      text == """
        Free shipping over $75
        - Free shipping.
        - Requires a minimum spend of $75.00, before discounts.
        - Open to all customers.
        - Valid only on web.
        - Valid with no end date.
        - Can be combined with other offers.
        - Applied automatically at checkout; no code needed.
        """)
  }

  struct PhraseCase: Sendable, CustomTestStringConvertible {
    var benefit: Benefit
    var expected: String
    var testDescription: String { expected }
  }

  static let phraseCases: [PhraseCase] = [
    PhraseCase(benefit: .percentOff(Percentage(millionths: 125_000)), expected: "12.5% off"),
    PhraseCase(
      benefit: .amountOff(Money(minorUnits: 1_000, currency: .usd)), expected: "$10.00 off"),
    PhraseCase(
      benefit: .fixedPrice(Money(minorUnits: 2_500, currency: .usd), quantity: 3),
      expected: "3 for $25.00"),
    PhraseCase(
      benefit: .fixedPrice(Money(minorUnits: 500, currency: .usd), quantity: 1),
      expected: "$5.00 each"),
    PhraseCase(
      benefit: .buyGet(buy: 3, get: 2, percentOff: Percentage(millionths: 500_000)),
      expected: "buy 3, get 2 at 50% off"),
    PhraseCase(
      benefit: .tiers([
        Benefit.Tier(
          minSubtotal: Money(minorUnits: 5_000, currency: .usd),
          reward: .percentOff(Percentage(millionths: 100_000)))
      ]), expected: "10% off from $50.00"),
    PhraseCase(
      benefit: .shipping(.amountOff(Money(minorUnits: 500, currency: .gbp))),
      expected: "£5.00 off shipping"),
    PhraseCase(
      benefit: .shipping(.percentOff(Percentage(millionths: 500_000))), expected: "50% off shipping"
    ),
  ]

  @Test(arguments: phraseCases) func benefitPhrase(_ testCase: PhraseCase) {
    #expect(TermsText.phrase(testCase.benefit) == testCase.expected)
  }

  @Test func buyGetAtAPercentageOnATarget() throws {
    let text = try Self.text(
      #"""
      {"id": "half-two", "name": "Half off two", "currency": "USD", "activation": {"automatic": true},
       "target": {"include": {"categories": ["rugs"]}}, "benefit": {"buy": 3, "get": 2, "percentOff": 50}}
      """#)
    // Groups of 3 + 2 = 5 eligible units; the 2 cheapest of each group are 50% off.
    #expect(
      text.split(separator: "\n").dropFirst().first
        == "- Buy 3, get 2 at 50% off: in each group of 5 eligible items, the 2 cheapest are 50% off."
    )
  }

  @Test func anEndOffAWholeSecondIsJustBeforeIt() {
    // 1_790_000_000.5 s after the epoch is 2026-09-21T14:13:20.5Z (1_790_000_000 = 20_717 days × 86_400 +
    // 51_200 s; day 20_717 is 2026-09-21; 51_200 s = 14:13:20).
    let end = Instant(microsecondsSinceEpoch: 1_790_000_000_500_000)
    #expect(
      TermsText.lastMoment(before: end, in: .utc)
        == "just before 21 September 2026 at 14:13:20.500 (UTC)")
  }

  @Test func campaignSetGivesTheTextByIDAndNilForAnUnknownID() throws {
    let json = #"""
      {"format": "promoguard/1", "campaigns": [
        {"id": "ten", "name": "Ten", "currency": "USD", "activation": {"codes": ["TEN"]},
         "benefit": {"percentOff": 10}}]}
      """#
    let set = try CampaignSet(sources: [CampaignSource(path: "t.json", bytes: Array(json.utf8))])
    #expect(
      set.termsText(campaignID: "ten") == """
        Ten
        - 10% off your order.
        - Open to all customers.
        - Valid with no end date.
        - Can be combined with other offers.
        - To redeem, enter the code TEN at checkout.
        """)
    #expect(set.termsText(campaignID: "eleven") == nil)
  }
}
