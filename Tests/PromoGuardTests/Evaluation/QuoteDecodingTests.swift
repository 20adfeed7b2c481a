import PromoGuard
import Testing

/// Reading a quote back from JSON, as `check --evaluator` reads an external checkout's answer.
@Suite struct QuoteDecodingTests {
  @Test func anEngineQuoteReadsBackWithItsAmountsStatusesAndMessages() throws {
    let set = try EngineFixture.set(CodeEntryTests.campaigns)
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 10_000)], codes: ["BIG"],
        link: "https://shop.example/?promo=SEPT20"))
    let node = try JSONReader.parse(quote.jsonText())
    let decoded = try Quote.decode(node, path: "quote", file: "<evaluator>").get()
    #expect(decoded.lines == quote.lines)
    #expect(decoded.total == quote.total)
    #expect(decoded.discount == quote.discount)
    #expect(decoded.applied.map(\.campaignID) == quote.applied.map(\.campaignID))
    #expect(decoded.applied.map(\.discount) == quote.applied.map(\.discount))
    #expect(decoded.codes.map(\.status) == quote.codes.map(\.status))
    #expect(decoded.codes.map(\.message) == quote.codes.map(\.message))
    #expect(decoded.codes.map(\.via) == quote.codes.map(\.via))
  }

  @Test func aBadAmountIsLocatedByLineColumnAndPath() throws {
    let text = """
      {"currency": "USD", "subtotal": "1.00", "discount": "0.001", "shipping": "0.00",
       "shippingDiscount": "0.00", "total": "1.00", "lines": [], "applied": [],
       "codes": [{"entered": "X", "status": "maybe", "message": ""}]}
      """
    let node = try JSONReader.parse(text)
    guard case .failure(let error) = Quote.decode(node, path: "quote", file: "<evaluator>") else {
      Issue.record("expected the quote to be refused")
      return
    }
    #expect(error.diagnostics.map(\.path) == ["quote.discount", "quote.codes[0].status"])
    #expect(error.diagnostics.map(\.line) == [1, 3])
    #expect(error.diagnostics.first?.column == 53)
    #expect(error.diagnostics.last?.message.hasPrefix("expected a status, one of applied,") == true)
  }

  @Test func aBareRefusedAndNegativeAmountsAreRead() throws {
    let text = """
      {"currency": "USD", "subtotal": "1.00", "discount": "2.00", "shipping": "0.00",
       "shippingDiscount": "0.00", "total": "-1.00", "lines": [], "applied": [],
       "codes": [{"entered": "X", "campaign": null, "status": "refused", "message": "Nope."}]}
      """
    let decoded = try Quote.decode(try JSONReader.parse(text), path: "quote", file: "f").get()
    #expect(decoded.total.minorUnits == -100)
    #expect(decoded.codes.first?.status == .refused)
    #expect(decoded.codes.first?.message == "Nope.")
  }
}
