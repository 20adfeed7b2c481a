import PromoGuard
import Testing

/// `conditions.maxSubtotal`: the offer holds up to and including the maximum; above it, `conditionsNotMet`
/// with what to remove.
@Suite struct MaxSubtotalTests {
  static let upTo200 = EngineFixture.campaign(
    "small", name: "Small orders", code: "CODE",
    "\"conditions\": {\"maxSubtotal\": \"200.00\"}, \"benefit\": {\"percentOff\": 10}")

  static let cases: [EngineCase] = [
    // 10% × 19999¢ = 1999.9 → 2000¢.
    EngineCase(
      name: "199.99 qualifies", campaigns: [upTo200], lines: [LineSpec(sku: "A", price: 19_999)],
      lineDiscounts: [2_000]),
    // 10% × 20000¢ = 2000¢: the maximum is inclusive.
    EngineCase(
      name: "exactly 200.00 qualifies", campaigns: [upTo200],
      lines: [LineSpec(sku: "A", price: 20_000)], lineDiscounts: [2_000]),
    EngineCase(
      name: "200.01 is refused", campaigns: [upTo200], lines: [LineSpec(sku: "A", price: 20_001)],
      lineDiscounts: [0], statuses: [.conditionsNotMet]),
  ]

  @Test(arguments: cases) func boundary(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }

  /// 120.00 + 110.00 = 230.00 > 200.00: remove 30.00; the detail has the numbers and the message says so.
  @Test func detailSaysWhatToRemove() throws {
    let set = try EngineFixture.set([Self.upTo200])
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 12_000), LineSpec(sku: "B", price: 11_000)], codes: ["CODE"]))
    let code = try #require(quote.codes.first)
    #expect(code.status == .conditionsNotMet)
    let shortfall = try #require(code.detail.shortfalls.first)
    #expect(shortfall.condition == "maxSubtotal")
    #expect(shortfall.required == 20_000)
    #expect(shortfall.actual == 23_000)
    #expect(shortfall.missing == 3_000)
    #expect(code.message.contains("remove $30.00 of eligible items"))
    let json = quote.jsonText(pretty: false)
    #expect(
      json.contains(
        #""condition":"maxSubtotal","required":"200.00","actual":"230.00","remove":"30.00""#))
  }

  /// Measured at original prices: an earlier campaign lowering 230.00 to 180.00 does not make the basket
  /// qualify.
  @Test func measuredAtOriginalPrices() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "first", code: "FIRST",
        "\"benefit\": {\"amountOff\": \"50.00\"}, \"stacking\": {\"priority\": 10}"),
      Self.upTo200,
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: 23_000)], codes: ["FIRST", "CODE"]))
    #expect(quote.codes.map(\.status) == [.applied, .conditionsNotMet])
  }
}
