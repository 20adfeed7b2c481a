import PromoGuard
import Testing

/// A session keeps every code entered and quotes again after each change.
@Suite struct CheckoutSessionTests {
  /// 20% off with code SEPT20 for subscribers, on a minimum spend of $50.00, in September 2006 (UTC).
  static let campaigns = """
    {"format": "promoguard/1", "campaigns": [
      {"id": "sept-20", "name": "20% off", "currency": "USD",
       "starts": "2006-09-01T00:00:00", "ends": "2006-10-01T00:00:00",
       "activation": {"codes": ["SEPT20"]}, "benefit": {"percentOff": 20},
       "conditions": {"minSubtotal": "50.00"},
       "audience": {"segments": ["email-subscribers"]}}
    ]}
    """
  /// 2006-09-15T10:00:00Z: 13,406 days after 1970-01-01, so (13,406 × 86,400 + 36,000) seconds.
  static let midSeptember = Instant(microsecondsSinceEpoch: (13_406 * 86_400 + 36_000) * 1_000_000)
  static let subscriber = Checkout.Customer(id: "c-1", segments: ["email-subscribers"])

  static func makeSession() throws -> CheckoutSession {
    let set = try CampaignSet(
      sources: [CampaignSource(path: "sept.json", bytes: Array(campaigns.utf8))])
    return try CheckoutSession(campaigns: set, currency: .usd, at: midSeptember, channel: "web")
  }

  static func line(_ cents: Int64, quantity: Int64 = 1) -> Checkout.Line {
    Checkout.Line(
      sku: "THROW", unitPrice: Money(minorUnits: cents, currency: .usd), quantity: quantity)
  }

  @Test func codeEnteredBeforeItemsAndSignInAppliesOnceTheCheckoutQualifies() throws {
    var session = try Self.makeSession()
    let first = try session.enterCode("sept20")
    // A guest with an empty basket: the campaign has an audience, so customerRequired comes first.
    #expect(first.codes.map(\.status) == [.customerRequired])
    try session.addLine(Self.line(4_000))
    // $40.00 < $50.00 minimum, still a guest.
    #expect(session.quote.codes.map(\.status) == [.customerRequired])
    try session.signIn(Self.subscriber)
    #expect(session.quote.codes.map(\.status) == [.conditionsNotMet])
    let last = try session.setQuantity(2, ofLineAt: 0)
    // 2 × $40.00 = $80.00 ≥ $50.00; 20% of 8,000¢ = 1,600¢.
    #expect(last.codes.map(\.status) == [.applied])
    #expect(last.discount == Money(minorUnits: 1_600, currency: .usd))
    #expect(session.checkout.codes == ["sept20"])
  }

  @Test func theQuoteAfterStepsEqualsTheQuoteOfTheFinalCheckout() throws {
    var session = try Self.makeSession()
    try session.signIn(Self.subscriber)
    try session.addLine(Self.line(3_000))
    try session.enterCode("SEPT-20")
    try session.addLine(Self.line(2_500))
    try session.removeLine(at: 0)
    try session.addLine(Self.line(9_000))
    let oneShot = try session.campaigns.evaluate(session.checkout)
    #expect(session.quote == oneShot)
    // Lines $25.00 and $90.00: 11,500¢ × 20% = 2,300¢.
    #expect(oneShot.discount == Money(minorUnits: 2_300, currency: .usd))
  }

  @Test func signingOutAndChangingTimeOrChannelReEvaluate() throws {
    var session = try Self.makeSession()
    try session.signIn(Self.subscriber)
    try session.addLine(Self.line(10_000))
    try session.enterCode("SEPT20")
    #expect(session.quote.codes.map(\.status) == [.applied])
    try session.signOut()
    #expect(session.quote.codes.map(\.status) == [.customerRequired])
    try session.signIn(Self.subscriber)
    // 2006-10-01T00:00:00Z is the exclusive end: day 13,406 + 16 (15 days left in September + 1).
    let end = Instant(microsecondsSinceEpoch: (13_406 + 16) * 86_400 * 1_000_000)
    try session.setTime(end)
    #expect(session.quote.codes.map(\.status) == [.expired])
    try session.setTime(Self.midSeptember)
    try session.setChannel("store")
    // The campaign lists no channels, so every channel qualifies.
    #expect(session.quote.codes.map(\.status) == [.applied])
    try session.removeCode(at: 0)
    #expect(session.quote.codes.isEmpty)
    #expect(session.quote.discount == Money(minorUnits: 0, currency: .usd))
  }

  @Test func aChangeThatCannotBeQuotedLeavesTheSessionAsItWas() throws {
    var session = try Self.makeSession()
    try session.addLine(Self.line(1_000))
    let before = session.quote
    #expect(throws: EvaluationError.self) { try session.setQuantity(0, ofLineAt: 0) }
    #expect(session.checkout.lines.map(\.quantity) == [1])
    #expect(session.quote == before)
  }

  @Test func removingOrChangingALineOutsideTheBasketChangesNothing() throws {
    var session = try Self.makeSession()
    try session.addLine(Self.line(1_000))
    try session.removeLine(at: 3)
    try session.setQuantity(5, ofLineAt: -1)
    try session.removeCode(at: 0)
    #expect(session.checkout.lines == [Self.line(1_000)])
  }

  @Test func shippingAndLinkAreKept() throws {
    var session = try Self.makeSession()
    try session.setShipping(Money(minorUnits: 995, currency: .usd))
    try session.arrive(byLink: "https://example.com/x")
    #expect(session.quote.shipping == Money(minorUnits: 995, currency: .usd))
    #expect(session.checkout.link == "https://example.com/x")
  }
}
