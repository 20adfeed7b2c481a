import PromoGuard
import Testing

/// Near misses (Evaluation.md §8): an automatic offer the checkout came close to, with what is missing and a
/// sentence in the words of the campaign's terms.
@Suite struct NearMissTests {
  /// One near-miss scenario with the outcome worked out by hand.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var campaign: String
    var lines: [LineSpec]
    var customer: Checkout.Customer? = nil
    var totals: [String: Int64] = [:]
    /// The expected condition, required, actual and missing, or `nil` when no near miss is listed.
    var expected: (condition: String, required: Int64, actual: Int64, missing: Int64)?
    var message: String? = nil
    var testDescription: String { name }
  }

  static let bedding = ["bedding"]
  static let spend50OnBedding = EngineFixture.campaign(
    "bedding-10", code: nil,
    #""target": {"include": {"categories": ["bedding"]}}, "conditions": {"minSubtotal": "50.00"}, "#
      + #""benefit": {"percentOff": 10}"#)

  static let cases: [Case] = [
    Case(
      // "Spend $50 on anything, get 20% off shoes" (conditions measured on the whole order): 30.00 of mugs +
      // 12.00 of shoes = 42.00 < 50.00 → 8.00 missing ≤ 25.00; any item counts, so the sentence says so.
      name: "minimum spend on the whole order",
      campaign: EngineFixture.campaign(
        "shoes-20", code: nil,
        #""target": {"include": {"categories": ["shoes"]}}, "#
          + #""conditions": {"minSubtotal": "50.00", "scope": "order"}, "benefit": {"percentOff": 20}"#
      ),
      lines: [
        LineSpec(sku: "MUG", price: 3_000, categories: ["kitchen"]),
        LineSpec(sku: "SANDAL", price: 1_200, categories: ["shoes"]),
      ],
      expected: ("minSubtotal", 5_000, 4_200, 800),
      message: "Spend $8.00 more of anything for 20% off items in the category shoes."),
    Case(
      // Minimum 40.00 and maximum 100.00 of bedding; 120.00 of bedding is over the maximum: adding items
      // cannot help, so no near miss.
      name: "over a maximum spend",
      campaign: EngineFixture.campaign(
        "bedding-small-orders", code: nil,
        #""target": {"include": {"categories": ["bedding"]}}, "#
          + #""conditions": {"minSubtotal": "40.00", "maxSubtotal": "100.00"}, "benefit": {"percentOff": 10}"#
      ),
      lines: [LineSpec(sku: "DUVET", price: 12_000, categories: bedding)], expected: nil),
    Case(
      // 42.00 of bedding < 50.00: missing 8.00 ≤ half of 50.00 (25.00).
      name: "spend 8.00 more of 50.00", campaign: spend50OnBedding,
      lines: [LineSpec(sku: "SHEET", price: 4_200, categories: bedding)],
      expected: ("minSubtotal", 5_000, 4_200, 800),
      message: "Spend $8.00 more on items in the category bedding for 10% off."),
    Case(
      // 25.00 of bedding: missing 25.00 = exactly half of 50.00 → still close.
      name: "exactly half missing", campaign: spend50OnBedding,
      lines: [LineSpec(sku: "SHEET", price: 2_500, categories: bedding)],
      expected: ("minSubtotal", 5_000, 2_500, 2_500),
      message: "Spend $25.00 more on items in the category bedding for 10% off."),
    Case(
      // 24.99 of bedding: missing 25.01 > 25.00 → not close.
      name: "more than half missing", campaign: spend50OnBedding,
      lines: [LineSpec(sku: "SHEET", price: 2_499, categories: bedding)], expected: nil),
    Case(
      // Only a 90.00 towel: no bedding unit at all → not close, however cheap bedding is.
      name: "no target unit", campaign: spend50OnBedding,
      lines: [LineSpec(sku: "TOWEL", price: 9_000, categories: ["bath"])], expected: nil),
    Case(
      // 50.00 of bedding: the offer applies (5.00 off) → no near miss.
      name: "met", campaign: spend50OnBedding,
      lines: [LineSpec(sku: "SHEET", price: 5_000, categories: bedding)], expected: nil),
    Case(
      // Buy 2 get 1 on pillows, 2 pillows: a group needs 3 → 1 missing ≤ 3 / 2.
      name: "one more item for a group",
      campaign: EngineFixture.campaign(
        "pillows-3-for-2", code: nil,
        #""target": {"include": {"categories": ["pillows"]}}, "benefit": {"buy": 2, "get": 1}"#),
      lines: [LineSpec(sku: "PILLOW", price: 1_200, quantity: 2, categories: ["pillows"])],
      expected: ("groupSize", 3, 2, 1),
      message: "Add 1 more item in the category pillows for buy 2, get 1 free."),
    Case(
      // maxItems 2 caps the units at 2, so a group of 3 can never fill: not a near miss.
      name: "a group maxItems never lets fill",
      campaign: EngineFixture.campaign(
        "pillows-capped", code: nil,
        #""target": {"include": {"categories": ["pillows"]}}, "benefit": {"buy": 2, "get": 1}, "#
          + #""maxItems": 2"#),
      lines: [LineSpec(sku: "PILLOW", price: 1_200, quantity: 2, categories: ["pillows"])],
      expected: nil),
    Case(
      // Minimum 4 items on the whole order, 3 in the basket: 1 missing; the offer is order-wide.
      name: "minimum quantity, order-wide",
      campaign: EngineFixture.campaign(
        "four-items", code: nil,
        #""conditions": {"minQuantity": 4}, "benefit": {"amountOff": "5.00"}"#),
      lines: [LineSpec(sku: "MUG", price: 800, quantity: 3)],
      expected: ("minQuantity", 4, 3, 1), message: "Add 1 more item for $5.00 off."),
    Case(
      // Tiers from 100.00 (5% off) and 200.00 (10% off); 80.00 spent: the lowest tier is 20.00 away.
      name: "lowest tier",
      campaign: EngineFixture.campaign(
        "tiers", code: nil,
        #""benefit": {"tiers": [{"minSubtotal": "100.00", "percentOff": 5}, "#
          + #"{"minSubtotal": "200.00", "percentOff": 10}]}"#),
      lines: [LineSpec(sku: "LAMP", price: 8_000)],
      expected: ("tier", 10_000, 8_000, 2_000), message: "Spend $20.00 more for 5% off your order."),
    Case(
      // Free shipping from 60.00 on the order: 45.00 spent, 15.00 missing.
      name: "shipping benefit",
      campaign: EngineFixture.campaign(
        "ship-60", code: nil,
        #""conditions": {"minSubtotal": "60.00"}, "benefit": {"shipping": {"percentOff": 100}}"#),
      lines: [LineSpec(sku: "LAMP", price: 4_500)],
      expected: ("minSubtotal", 6_000, 4_500, 1_500),
      message: "Spend $15.00 more for free shipping."),
    Case(
      // 2 × 20.00 = 40.00 < 50.00 and 2 units < 3: two conditions fail, not one → not listed.
      name: "two conditions fail",
      campaign: EngineFixture.campaign(
        "two-conditions", code: nil,
        #""conditions": {"minSubtotal": "50.00", "minQuantity": 3}, "benefit": {"percentOff": 10}"#),
      lines: [LineSpec(sku: "MUG", price: 2_000, quantity: 2)], expected: nil),
    Case(
      // Close on spend, but the total limit is reached: the offer cannot apply → not listed.
      name: "limit reached",
      campaign: EngineFixture.campaign(
        "bedding-10", code: nil,
        #""target": {"include": {"categories": ["bedding"]}}, "conditions": {"minSubtotal": "50.00"}, "#
          + #""benefit": {"percentOff": 10}, "limits": {"total": 1}"#),
      lines: [LineSpec(sku: "SHEET", price: 4_200, categories: bedding)],
      totals: ["bedding-10": 1], expected: nil),
    Case(
      // Close on spend, but a first-order offer and a returning customer → not listed.
      name: "not a first order",
      campaign: EngineFixture.campaign(
        "first-order", code: nil,
        #""conditions": {"minSubtotal": "50.00", "firstOrder": true}, "benefit": {"percentOff": 10}"#
      ),
      lines: [LineSpec(sku: "SHEET", price: 4_200)],
      customer: Checkout.Customer(id: "c-1", segments: [], orderCount: 2, redemptions: [:]),
      expected: nil),
  ]

  @Test(arguments: cases) func nearMiss(_ example: Case) throws {
    let quote = try EngineFixture.set([example.campaign]).evaluate(
      EngineFixture.checkout(example.lines, customer: example.customer, totals: example.totals))
    guard let expected = example.expected else {
      #expect(quote.nearMisses.isEmpty)
      return
    }
    let miss = try #require(quote.nearMisses.first)
    #expect(quote.nearMisses.count == 1)
    #expect(miss.shortfall.condition == expected.condition)
    #expect(miss.shortfall.required == expected.required)
    #expect(miss.shortfall.actual == expected.actual)
    #expect(miss.shortfall.missing == expected.missing)
    #expect(miss.message == example.message)
  }

  @Test func atMostThreeNearestFirst() throws {
    // Basket: 40.00 of one product, no categories. Four order-wide automatic offers, all close:
    //   a-far:   minimum 70.00 → 30.00 missing of 70.00 = 0.43
    //   b-near:  minimum 44.00 →  4.00 missing of 44.00 = 0.09
    //   c-mid:   minimum 50.00 → 10.00 missing of 50.00 = 0.20
    //   d-units: 2 units needed, 1 in the basket → 1 of 2 = 0.50 (the farthest: dropped)
    // Nearest first: b-near, c-mid, a-far.
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "a-far", code: nil, #""conditions": {"minSubtotal": "70.00"}, "benefit": {"percentOff": 5}"#
      ),
      EngineFixture.campaign(
        "b-near", code: nil,
        #""conditions": {"minSubtotal": "44.00"}, "benefit": {"percentOff": 5}"#
      ),
      EngineFixture.campaign(
        "c-mid", code: nil, #""conditions": {"minSubtotal": "50.00"}, "benefit": {"percentOff": 5}"#
      ),
      EngineFixture.campaign(
        "d-units", code: nil, #""conditions": {"minQuantity": 2}, "benefit": {"percentOff": 5}"#),
    ])
    let quote = try set.evaluate(EngineFixture.checkout([LineSpec(sku: "LAMP", price: 4_000)]))
    #expect(quote.nearMisses.map(\.campaignID) == ["b-near", "c-mid", "a-far"])
    #expect(quote.nearMisses.map(\.shortfall.missing) == [400, 1_000, 3_000])
    #expect(quote.discount.minorUnits == 0)
  }

  @Test func theWordsComeFromTheTermsNotTheMechanics() throws {
    // Mechanics: 10% off everything from 50.00; terms: 10% off bedding. 42.00 spent → 8.00 missing (the
    // mechanics' threshold), said with the terms' products.
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "terms-words", code: nil,
        #""conditions": {"minSubtotal": "50.00"}, "benefit": {"percentOff": 10}, "#
          + #""terms": {"target": {"include": {"categories": ["bedding"]}}, "#
          + #""conditions": {"minSubtotal": "50.00"}, "benefit": {"percentOff": 10}}"#)
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "SHEET", price: 4_200, categories: Self.bedding)]))
    #expect(
      quote.nearMisses.map(\.message) == [
        "Spend $8.00 more on items in the category bedding for 10% off."
      ])
  }

  @Test func aCodedCampaignIsNeverANearMiss() throws {
    // The same 42.00 basket with the code entered: conditionsNotMet on the code, nothing in nearMisses.
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "coded", code: "BED10",
        #""conditions": {"minSubtotal": "50.00"}, "benefit": {"percentOff": 10}"#)
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "SHEET", price: 4_200)], codes: ["BED10"]))
    #expect(quote.codes.map(\.status) == [.conditionsNotMet])
    #expect(quote.nearMisses.isEmpty)
  }

  @Test func jsonListsNearMissesLastAndOnlyWhenThereAreSome() throws {
    let set = try EngineFixture.set([Self.spend50OnBedding])
    let close = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "SHEET", price: 4_200, categories: Self.bedding)]))
    #expect(
      close.jsonText(pretty: false).hasSuffix(
        #""codes":[],"nearMisses":[{"campaign":"bedding-10","condition":"minSubtotal","#
          + #""required":"50.00","actual":"42.00","missing":"8.00","#
          + #""message":"Spend $8.00 more on items in the category bedding for 10% off."}]}"#))
    let far = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "SHEET", price: 1_000, categories: Self.bedding)]))
    #expect(!far.jsonText(pretty: false).contains("nearMisses"))
  }

  @Test func decodingReadsNearMissesBack() throws {
    let set = try EngineFixture.set([Self.spend50OnBedding])
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "SHEET", price: 4_200, categories: Self.bedding)]))
    let node = try JSONReader.parse(quote.jsonText())
    let decoded = try Quote.decode(node, path: "quote", file: "quote.json").get()
    #expect(decoded.nearMisses.map(\.campaignID) == ["bedding-10"])
    #expect(decoded.nearMisses.map(\.shortfall) == quote.nearMisses.map(\.shortfall))
    #expect(decoded.nearMisses.map(\.message) == quote.nearMisses.map(\.message))
    #expect(decoded.jsonText() == quote.jsonText())
  }
}
