import PromoGuard
import Testing

/// The quote as JSON: a refused code carries its message and detail, a link's code says `"via": "link"`.
@Suite struct QuoteJSONTests {
  @Test func refusedCodeAndLinkEntry() throws {
    let set = try EngineFixture.set(CodeEntryTests.campaigns)
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 10_000)], codes: ["BIG"],
        link: "https://shop.example/?promo=SEPT20"))
    // 20% of 100.00 = 20.00 by the link's code; BIG needs 500.00 of 100.00: 400.00 missing.
    let expected =
      #"{"currency":"USD","subtotal":"100.00","discount":"20.00","shipping":"0.00","shippingDiscount":"0.00","total":"80.00","#
      + #""lines":[{"sku":"A","quantity":1,"unitPrice":"100.00","subtotal":"100.00","discount":"20.00","total":"80.00"}],"#
      + #""applied":[{"campaign":"sept-20","code":"SEPT20","discount":"20.00","shippingDiscount":"0.00"}],"#
      + #""codes":[{"entered":"BIG","campaign":"big","status":"conditionsNotMet","#
      + #""message":"To use \"Big spender\": spend at least $500.00 on eligible items (the basket has $100.00 — add $400.00 of eligible items).","#
      + #""detail":{"reasons":["conditionsNotMet"],"conditions":[{"condition":"minSubtotal","required":"500.00","actual":"100.00","missing":"400.00"}]}},"#
      + #"{"entered":"SEPT20","campaign":"sept-20","status":"applied","message":"September: you save $20.00","via":"link"}]}"#
    #expect(quote.jsonText(pretty: false) == expected)
  }

  @Test func unknownCodeHasNoCampaign() throws {
    let set = try EngineFixture.set(CodeEntryTests.campaigns)
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: 100)], currency: .usd, codes: ["SEPT21"]))
    let expected =
      #"{"currency":"USD","subtotal":"1.00","discount":"0.00","shipping":"0.00","shippingDiscount":"0.00","total":"1.00","#
      + #""lines":[{"sku":"A","quantity":1,"unitPrice":"1.00","subtotal":"1.00","discount":"0.00","total":"1.00"}],"#
      + #""applied":[],"codes":[{"entered":"SEPT21","campaign":null,"status":"unknownCode","#
      + #""message":"\"SEPT21\" is not a code we recognise. Please check it was typed exactly as it appears in the offer.","#
      + #""detail":{"reasons":["unknownCode"]}}]}"#
    #expect(quote.jsonText(pretty: false) == expected)
  }
}
