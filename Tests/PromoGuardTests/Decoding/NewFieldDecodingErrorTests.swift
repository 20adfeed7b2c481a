import PromoGuard
import Testing

/// Bad values of the fields of issue 11 (`amountOffEach`, `conditions.maxSubtotal`, `conditions.scope`, tiers by
/// `minQuantity`, `maxItems` as an object): each reported at its `file:line:column: path:` with what to write.
///
/// Columns are counted on the campaign text of each case (line 2 of the file).
@Suite struct NewFieldDecodingErrorTests {
  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var campaign: String
    var expected: [String]
    var testDescription: String { name }
  }

  static let cases: [ErrorCase] = [
    ErrorCase(
      name: "amountOffEach of zero",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"amountOffEach": "0.00"}}"#,
      expected: [
        #"test.json:2:107: campaigns[0].benefit.amountOffEach: an amount off each item of 0 gives nothing — give what every item costs less, like "amountOffEach": "5.00""#
      ]),
    ErrorCase(
      name: "amountOffEach with percentOff",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"amountOffEach": "5.00", "percentOff": 10}}"#,
      expected: [
        #"test.json:2:89: campaigns[0].benefit: a per-unit benefit cannot also have "percentOff" — a benefit gives exactly one kind of discount; make another campaign for the other"#
      ]),
    ErrorCase(
      name: "maxSubtotal of zero",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"percentOff": 20}, "conditions": {"maxSubtotal": "0"}}"#,
      expected: [
        #"test.json:2:139: campaigns[0].conditions.maxSubtotal: a maxSubtotal of 0 would refuse every basket that costs anything — give the largest subtotal the offer holds for, like "maxSubtotal": "200.00", or leave it out"#
      ]),
    ErrorCase(
      name: "maxSubtotal below minSubtotal",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "50.00", "maxSubtotal": "40.00"}}"#,
      expected: [
        #"test.json:2:163: campaigns[0].conditions.maxSubtotal: maxSubtotal ($40.00) is below minSubtotal ($50.00): no basket can meet both — raise maxSubtotal to at least $50.00 or lower minSubtotal"#
      ]),
    ErrorCase(
      name: "scope misspelt",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"percentOff": 20}, "conditions": {"scope": "orders"}}"#,
      expected: [
        #"test.json:2:133: campaigns[0].conditions.scope: expected "target" (conditions measured on the discounted items) or "order" (on the whole basket), found "orders" — did you mean "order"?"#
      ]),
    ErrorCase(
      name: "tiers mixing measures",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minSubtotal": "50.00", "percentOff": 20}]}}"#,
      expected: [
        #"test.json:2:139: campaigns[0].benefit.tiers[1].minSubtotal: this tier uses "minSubtotal" but the first tier uses "minQuantity" — all tiers of one benefit use the same measure: write "minQuantity" here, or make every tier use "minSubtotal""#
      ]),
    ErrorCase(
      name: "quantity tiers going down",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"tiers": [{"minQuantity": 5, "percentOff": 10}, {"minQuantity": 3, "percentOff": 20}]}}"#,
      expected: [
        #"test.json:2:154: campaigns[0].benefit.tiers[1].minQuantity: tiers must go up: this tier starts at 3 units, not above the tier before it (5 units) — list tiers from the smallest minQuantity to the largest"#
      ]),
    ErrorCase(
      name: "tier with both measures",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"tiers": [{"minQuantity": 3, "minSubtotal": "10.00", "percentOff": 10}]}}"#,
      expected: [
        #"test.json:2:100: campaigns[0].benefit.tiers[0]: give either "minSubtotal" or "minQuantity", not both — a tier starts at a spend ("minSubtotal": "50.00") or at a number of units ("minQuantity": 3)"#
      ]),
    ErrorCase(
      name: "tier minQuantity zero",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"tiers": [{"minQuantity": 0, "percentOff": 10}]}}"#,
      expected: [
        #"test.json:2:116: campaigns[0].benefit.tiers[0].minQuantity: minQuantity must be from 1 to 1000000000, found 0"#
      ]),
    ErrorCase(
      name: "maxItems pick unknown",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"percentOff": 20}, "maxItems": {"count": 2, "pick": "dearest"}}"#,
      expected: [
        #"test.json:2:142: campaigns[0].maxItems.pick: expected "cheapest" or "mostExpensive" (which units the cap discounts), found "dearest""#
      ]),
    ErrorCase(
      name: "maxItems without count",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"percentOff": 20}, "maxItems": {"pick": "cheapest"}}"#,
      expected: [
        #"test.json:2:121: campaigns[0].maxItems: missing "count" — give how many units are discounted, like {"count": 2, "pick": "cheapest"}"#
      ]),
    ErrorCase(
      name: "maxItems as text",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"percentOff": 20}, "maxItems": "2"}"#,
      expected: [
        #"test.json:2:121: campaigns[0].maxItems: expected maxItems as a number, found the text "2" — remove the quotes"#
      ]),
    ErrorCase(
      name: "maxItems count zero",
      campaign:
        #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"percentOff": 20}, "maxItems": {"count": 0}}"#,
      expected: [
        #"test.json:2:131: campaigns[0].maxItems.count: maxItems count must be from 1 to 1000000000, found 0"#
      ]),
  ]

  @Test(arguments: cases) func diagnostics(_ errorCase: ErrorCase) {
    let text = "{\"format\": \"promoguard/1\", \"campaigns\": [\n" + errorCase.campaign + "\n]}"
    do {
      let set = try CampaignSet(sources: [
        CampaignSource(path: "test.json", bytes: Array(text.utf8))
      ])
      Issue.record("loaded \(set.campaignIDs) instead of failing")
    } catch {
      #expect(error.diagnostics.map(\.description) == errorCase.expected)
    }
  }
}
