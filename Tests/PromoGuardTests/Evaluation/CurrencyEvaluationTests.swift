import PromoGuard
import Testing

/// Currencies with 0 and 3 decimals, and a checkout in another currency than the campaign.
@Suite struct CurrencyEvaluationTests {
  static let cases: [EngineCase] = [
    // 15% of ¥1250 = ¥187.5 → ¥188 (halfUp).
    EngineCase(
      name: "JPY percentOff rounds to whole yen",
      campaigns: [
        EngineFixture.campaign(
          "yen", code: "CODE", currency: "JPY", "\"benefit\": {\"percentOff\": 15}")
      ],
      lines: [LineSpec(sku: "A", price: 1_250)], currency: .jpy, lineDiscounts: [188]),
    // ¥500 off ¥1000 and ¥2000: 166.66… and 333.33… → 166 + 333 = 499, ¥1 left → the ⅔ remainder (A).
    EngineCase(
      name: "JPY amountOff allocation",
      campaigns: [
        EngineFixture.campaign(
          "yen", code: "CODE", currency: "JPY", "\"benefit\": {\"amountOff\": \"500\"}")
      ],
      lines: [LineSpec(sku: "A", price: 1_000), LineSpec(sku: "B", price: 2_000)], currency: .jpy,
      lineDiscounts: [167, 333]),
    // 10% of BHD 1.255 = 125.5 fils → 126 (halfUp).
    EngineCase(
      name: "BHD percentOff halfUp",
      campaigns: [
        EngineFixture.campaign(
          "dinar", code: "CODE", currency: "BHD", "\"benefit\": {\"percentOff\": 10}")
      ],
      lines: [LineSpec(sku: "A", price: 1_255)], currency: .bhd, lineDiscounts: [126]),
    // down: 125.5 fils → 125.
    EngineCase(
      name: "BHD percentOff down",
      campaigns: [
        EngineFixture.campaign(
          "dinar", code: "CODE", currency: "BHD",
          "\"benefit\": {\"percentOff\": 10}, \"rounding\": \"down\"")
      ],
      lines: [LineSpec(sku: "A", price: 1_255)], currency: .bhd, lineDiscounts: [125]),
    // KWD 0.100 off three lines of 1.000: 33.33… fils each → 34, 33, 33.
    EngineCase(
      name: "KWD thirds",
      campaigns: [
        EngineFixture.campaign(
          "kuwait", code: "CODE", currency: "KWD", "\"benefit\": {\"amountOff\": \"0.100\"}")
      ],
      lines: [
        LineSpec(sku: "A", price: 1_000), LineSpec(sku: "B", price: 1_000),
        LineSpec(sku: "C", price: 1_000),
      ],
      currency: .kwd, lineDiscounts: [34, 33, 33]),
    EngineCase(
      name: "USD campaign, JPY checkout",
      campaigns: [EngineFixture.campaign("usd", code: "CODE", "\"benefit\": {\"percentOff\": 10}")],
      lines: [LineSpec(sku: "A", price: 1_000)], currency: .jpy, lineDiscounts: [0],
      statuses: [.wrongCurrency]),
  ]

  @Test(arguments: cases) func currency(_ engineCase: EngineCase) throws {
    try engineCase.verify()
  }

  @Test func amountsInTheQuoteUseTheCurrencyDecimals() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "dinar", code: "CODE", currency: "BHD", "\"benefit\": {\"percentOff\": 10}")
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: 1_255)], currency: .bhd, codes: ["CODE"]))
    // 1255 fils − 126 fils = 1129 fils.
    #expect(quote.discount.decimalString == "0.126")
    #expect(quote.total.decimalString == "1.129")
    #expect(quote.codes.first?.message == "dinar: you save BHD 0.126")
  }

  @Test func wrongCurrencyDetailAndMessage() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "kuwait", name: "Kuwait offer", code: "CODE", currency: "KWD",
        "\"benefit\": {\"percentOff\": 10}")
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: 1_000)], currency: .bhd, codes: ["CODE"]))
    let code = try #require(quote.codes.first)
    #expect(code.status == .wrongCurrency)
    #expect(code.detail.reasons == [.wrongCurrency])
    #expect(code.detail.requiredCurrency == .kwd)
    #expect(code.detail.checkoutCurrency == .bhd)
    #expect(
      code.message
        == "\"Kuwait offer\" is for orders in Kuwaiti dinars (KWD); this order is in Bahraini dinars (BHD)."
    )
  }
}
