import PromoGuard
import Testing

/// The terms text of issue 11's fields, line by line, written by hand.
@Suite struct NewKindsTermsTextTests {
  /// The clause lines of the only campaign with `members` (id, name, currency and code added).
  static func lines(_ members: String) throws -> [String] {
    let json =
      #"{"format": "promoguard/1", "campaigns": [{"id": "c", "name": "C", "currency": "USD", "activation": {"codes": ["C"]}, "#
      + members + "}]}"
    let files = try CampaignLoader.load([CampaignSource(path: "t.json", bytes: Array(json.utf8))])
    let campaign = try #require(files.first?.campaigns.first)
    return TermsText(campaign: campaign).lines
  }

  @Test func amountOffEach() throws {
    let lines = try Self.lines(
      #""target": {"include": {"categories": ["slippers"]}}, "benefit": {"amountOffEach": "5.00"}"#)
    #expect(lines.first == "- $5.00 off each eligible item (never more than the item's price).")
    #expect(
      TermsText.phrase(.amountOffEach(Money(minorUnits: 500, currency: .usd)))
        == "$5.00 off each item")
  }

  @Test func maximumSpend() throws {
    let lines = try Self.lines(
      #""conditions": {"maxSubtotal": "200.00"}, "benefit": {"percentOff": 15}"#)
    #expect(lines.contains("- Valid only on orders up to $200.00, before discounts (inclusive)."))
  }

  @Test func maximumSpendOnEligibleItems() throws {
    let lines = try Self.lines(
      #""conditions": {"maxSubtotal": "200.00"}, "target": {"include": {"categories": ["towels"]}}, "benefit": {"percentOff": 15}"#
    )
    #expect(
      lines.contains(
        "- Valid only on orders up to $200.00 of eligible items, before discounts (inclusive)."))
  }

  @Test func minimumOnTheWholeOrder() throws {
    let lines = try Self.lines(
      #""conditions": {"minSubtotal": "100.00", "minQuantity": 2, "scope": "order"}, "target": {"include": {"categories": ["towels"]}}, "benefit": {"percentOff": 20}"#
    )
    #expect(
      lines.contains(
        "- Requires a minimum spend of $100.00 on anything in your order, before discounts."))
    #expect(lines.contains("- Requires at least 2 items in your order."))
  }

  @Test func tiersByQuantity() throws {
    let lines = try Self.lines(
      #""target": {"include": {"categories": ["napkins"]}}, "benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 6, "percentOff": 20}]}"#
    )
    #expect(
      Array(lines.prefix(3)) == [
        "- The more eligible items you buy, the more you save (the highest level reached applies):",
        "  - buy 3 eligible items or more: 10% off",
        "  - buy 6 eligible items or more: 20% off",
      ])
  }

  @Test func mostExpensiveItems() throws {
    let lines = try Self.lines(
      #""benefit": {"percentOff": 30}, "maxItems": {"count": 2, "pick": "mostExpensive"}"#)
    #expect(lines.contains("- The discount applies to at most 2 items, the most expensive first."))
    let one = try Self.lines(
      #""benefit": {"percentOff": 30}, "maxItems": {"count": 1, "pick": "mostExpensive"}"#)
    #expect(one.contains("- The discount applies to at most 1 item, the most expensive."))
  }
}
