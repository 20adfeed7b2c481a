import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Journeys: steps, their replay through a session, and the default replay of stateless evaluators.
@Suite struct JourneyTests {
  static func line(_ sku: String, _ cents: Int64, _ quantity: Int64 = 1) -> Checkout.Line {
    Checkout.Line(
      sku: sku, categories: ["throws"], unitPrice: Money(minorUnits: cents, currency: .usd),
      quantity: quantity)
  }

  /// 2006-09-15T14:00:00Z, inside the September window of `HarnessFixtures.september`.
  static let midSeptember = Instant(microsecondsSinceEpoch: 1_158_328_800_000_000)

  static func engine() throws -> any CheckoutEvaluator {
    let file = try HarnessFixtures.file(HarnessFixtures.september)
    return try EngineEvaluatorFactory().evaluator(
      for: file.campaigns.filter { $0.id == "sept-20" })
  }

  /// An evaluator without session state: the protocol's default replays the accumulated checkout.
  struct Stateless: CheckoutEvaluator {
    var engine: any CheckoutEvaluator
    func evaluate(_ checkout: Checkout) throws -> Quote { try engine.evaluate(checkout) }
  }

  static let journey = Journey(
    name: "code entered before the items",
    start: Checkout(currency: .usd, lines: [], at: midSeptember),
    steps: [
      .enterCode("sept20"), .addLine(line("SABLE", 3_000)), .addLine(line("FOX", 2_500)),
      .setQuantity(2, lineIndex: 1), .removeLine(at: 0),
    ])

  @Test func stepsChangeTheCheckoutAsASessionDoes() {
    let states = Self.journey.checkouts
    #expect(states.count == 5)
    #expect(states[0].codes == ["sept20"])
    #expect(states[2].lines.map(\.sku) == ["SABLE", "FOX"])
    #expect(states[4].lines == [Self.line("FOX", 2_500, 2)])
    #expect(Self.journey.finalCheckout == states[4])
  }

  @Test func aCodeEnteredBeforeTheBasketQualifiesAppliesOnceItDoes() throws {
    let quotes = try Self.engine().quotes(along: Self.journey)
    // Step 1: empty basket, below the $50.00 minimum. Step 3: $30.00 + $25.00 = $55.00 qualifies: 20% is
    // 1,100¢. Step 5: only FOX, 2 × $25.00 = $50.00, exactly the minimum: 20% is 1,000¢.
    #expect(
      quotes.map { $0.codes.first?.status } == [
        .conditionsNotMet, .conditionsNotMet, .applied, .applied, .applied,
      ])
    #expect(quotes[2].discount.minorUnits == 1_100)
    #expect(quotes[4].discount.minorUnits == 1_000)
    #expect(try quotes.last == Self.engine().evaluate(Self.journey.finalCheckout))
  }

  @Test func theDefaultReplayOfAStatelessEvaluatorMatchesTheSession() throws {
    let engine = try Self.engine()
    #expect(
      try Stateless(engine: engine).quotes(along: Self.journey)
        == engine.quotes(along: Self.journey))
  }

  @Test func stepsReadAsAShortTrace() {
    #expect(
      Self.journey.steps.map(\.summary) == [
        "enter code \"sept20\"", "add 1 × SABLE at $30.00", "add 1 × FOX at $25.00",
        "set line 2 to quantity 2", "remove line 1",
      ])
    #expect(JourneyStep.enterCode("A\n").summary == "enter code \"A\\n\"")
    #expect(JourneyStep.signOut.summary == "sign out")
  }

  @Test func generatedJourneysEndInTheirScenarioCheckout() throws {
    let file = try HarnessFixtures.file(HarnessFixtures.september)
    let campaign = try #require(file.campaigns.first { $0.id == "sept-20" })
    let profile = CampaignProfile(campaign: campaign, file: file)
    var names = Set<String>()
    for index in 0..<200 {
      var random = SplitMix64(seed: 1, campaignID: "journeys", scenario: index)
      var checkout = Checkout(
        currency: .usd, lines: [Self.line("SABLE", 6_000, 2), Self.line("FOX", 100)],
        customer: Checkout.Customer(id: "c"), at: Self.midSeptember, codes: ["SEPT20", "X"],
        link: "https://l.example")
      checkout.channel = "web"
      let journey = JourneyBuilder.journey(to: checkout, profile: profile, random: &random)
      #expect(journey.finalCheckout == checkout)
      names.insert(journey.name)
    }
    #expect(
      names == [
        "code entered before the items", "code entered before sign-in",
        "basket changed after the code",
        "code entered before it could apply",
      ])
  }
}
