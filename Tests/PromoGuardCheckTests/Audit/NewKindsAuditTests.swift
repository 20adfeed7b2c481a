import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Terms against mechanics and the published wording, for issue 11's fields: which direction is stricter, and
/// the phrases "$5 off every pair", "orders up to $200", "spend $50 on anything", "buy 3 save 10%".
@Suite struct NewKindsAuditTests {
  static let towels = #""target": {"include": {"categories": ["towels"]}}"#

  static let mechanicsCases: [AuditCase] = [
    TermsMechanicsAuditTests.withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["conditions": #"{"maxSubtotal": "200.00"}"#],
      name: "a maximum spend the terms do not state",
      expected: [
        "termsDrift: the mechanics hold only for orders up to $200.00 (conditions.maxSubtotal), a "
          + "limit the terms do not state"
      ]),
    TermsMechanicsAuditTests.withTerms(
      #"{"benefit": {"percentOff": 20}, "conditions": {"maxSubtotal": "200.00"}}"#,
      ["conditions": #"{"maxSubtotal": "250.00"}"#],
      name: "a higher maximum spend leaks",
      expected: [
        "leak: the mechanics hold only for orders up to $250.00 (conditions.maxSubtotal), more "
          + "generous than the terms, which hold only for orders up to $200.00 "
          + "(terms.conditions.maxSubtotal)"
      ]),
    TermsMechanicsAuditTests.withTerms(
      #"{"benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "50.00", "scope": "order"}, "#
        + towels + "}",
      [
        "conditions": #"{"minSubtotal": "50.00"}"#,
        "target": #"{"include": {"categories": ["towels"]}}"#,
      ],
      name: "a minimum measured on the target while the terms count the order",
      expected: [
        "termsDrift: the mechanics measure the conditions on the offer's items only "
          + "(conditions.scope) while the terms measure them on the whole order "
          + "(terms.conditions.scope): a basket that reaches the minimum only with other items is "
          + "refused"
      ]),
    TermsMechanicsAuditTests.withTerms(
      #"{"benefit": {"percentOff": 20}, "conditions": {"maxSubtotal": "200.00"}, "# + towels + "}",
      [
        "conditions": #"{"maxSubtotal": "200.00", "scope": "order"}"#,
        "target": #"{"include": {"categories": ["towels"]}}"#,
      ],
      name: "a maximum measured on the order while the terms count the target",
      expected: [
        "termsDrift: the mechanics measure the conditions on the whole order (conditions.scope) "
          + "while the terms measure them on the offer's items only (terms.conditions.scope): other "
          + "items count towards the maximum spend and refuse the offer"
      ]),
    TermsMechanicsAuditTests.withTerms(
      #"{"benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "50.00", "scope": "order"}}"#,
      ["conditions": #"{"minSubtotal": "50.00"}"#],
      name: "near miss: the scope does not matter when every line is a target", expected: []),
    TermsMechanicsAuditTests.withTerms(
      #"{"benefit": {"percentOff": 20}, "maxItems": {"count": 2, "pick": "mostExpensive"}}"#,
      ["maxItems": "2"],
      name: "the cheapest units where the terms promise the most expensive",
      expected: [
        "termsDrift: the mechanics discount the cheapest 2 items (maxItems.pick) while the terms "
          + "promise the most expensive (terms.maxItems.pick)"
      ]),
    TermsMechanicsAuditTests.withTerms(
      #"{"benefit": {"amountOffEach": "5.00"}}"#, ["benefit": #"{"amountOffEach": "4.00"}"#],
      name: "less off each unit",
      expected: [
        "termsDrift: the mechanics give $4.00 off each item (benefit), less than the $5.00 off each "
          + "item the terms promise (terms.benefit)"
      ]),
    TermsMechanicsAuditTests.withTerms(
      #"{"benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}]}}"#,
      ["benefit": #"{"tiers": [{"minQuantity": 4, "percentOff": 10}]}"#],
      name: "a quantity tier that starts later",
      expected: [
        "termsDrift: the mechanics give tiered: 10% off from 4 items (benefit), less than the "
          + "tiered: 10% off from 3 items the terms promise (terms.benefit)"
      ]),
  ]

  @Test(arguments: mechanicsCases) func termsAgainstMechanics(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  static let wordingCases: [AuditCase] = [
    TermsTextAuditTests.worded(
      "$5 off every pair of slippers.", terms: #""benefit": {"amountOffEach": "5.00"}"#,
      [("benefit", #"{"amountOffEach": "5.00"}"#)], name: "$5 off every pair, as structured",
      expected: []),
    TermsTextAuditTests.worded(
      "$5 off every pair of slippers.", terms: #""benefit": {"amountOff": "5.00"}"#,
      [("benefit", #"{"amountOff": "5.00"}"#)], name: "$5 off every pair against $5 off the order",
      expected: [
        "termsDrift: the published wording says $5.00 off each item (terms.text) but the "
          + "structured terms give $5.00 off (terms.benefit)"
      ]),
    TermsTextAuditTests.worded(
      "20% off orders up to $200.",
      terms: #""benefit": {"percentOff": 20}, "conditions": {"maxSubtotal": "200.00"}"#,
      [("conditions", #"{"maxSubtotal": "200.00"}"#)], name: "orders up to $200, as structured",
      expected: []),
    TermsTextAuditTests.worded(
      "20% off orders up to $200.", name: "orders up to $200 without a maximum spend",
      expected: [
        "termsDrift: the published wording limits the offer to orders up to $200.00 (terms.text) "
          + "but the structured terms state no maximum spend (terms.conditions)"
      ]),
    TermsTextAuditTests.worded(
      "Spend $50 on anything, get 20% off towels.",
      terms: #""benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "50.00"}, "# + towels,
      [
        ("conditions", #"{"minSubtotal": "50.00"}"#),
        ("target", #"{"include": {"categories": ["towels"]}}"#),
      ],
      name: "spend on anything against a target-only minimum",
      expected: [
        "termsDrift: the published wording counts the spend \"on anything\" (terms.text), but the "
          + "structured terms measure the conditions on the offer's items only "
          + "(terms.conditions.scope)"
      ]),
    TermsTextAuditTests.worded(
      "Spend $50 on anything, get 20% off towels.",
      terms:
        #""benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "50.00", "scope": "order"}, "#
        + towels,
      [
        ("conditions", #"{"minSubtotal": "50.00", "scope": "order"}"#),
        ("target", #"{"include": {"categories": ["towels"]}}"#),
      ],
      name: "spend on anything, as structured", expected: []),
    TermsTextAuditTests.worded(
      "Buy 3 save 10%, buy 5 save 20%.",
      terms:
        #""benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 5, "percentOff": 20}]}"#,
      [
        (
          "benefit",
          #"{"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 5, "percentOff": 20}]}"#
        )
      ],
      name: "buy 3 save 10%, as structured", expected: []),
    TermsTextAuditTests.worded(
      "Buy 3 save 10%, buy 5 save 20%.",
      terms:
        #""benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 6, "percentOff": 20}]}"#,
      [
        (
          "benefit",
          #"{"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 6, "percentOff": 20}]}"#
        )
      ],
      name: "buy 5 where the tier starts at 6",
      expected: [
        "termsDrift: the published wording says \"buy 5 save\" (terms.text), but the structured "
          + "terms give no discount from 5 items (terms.benefit, terms.conditions.minQuantity)"
      ]),
    TermsTextAuditTests.worded(
      "Valid on anything in the shop.", name: "silence: no spend is stated, nothing is compared",
      expected: []),
  ]

  @Test(arguments: wordingCases) func wordingAgainstTerms(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }
}

/// The reach audit with conditions measured on the whole order: any catalog product counts towards the spend.
@Suite struct OrderScopeReachTests {
  static let cases: [ReachCase] = [
    ReachCase(
      // Socks alone: 50 × $5.00 = $250.00 < $300.00 would be out of reach; on the whole order the dearest
      // product is the $25.00 gift card, 50 × $25.00 = $1,250.00 ≥ $300.00: reachable, no finding.
      "near miss: a minimum out of reach of the target alone, within reach of the whole order",
      [
        ("target", #"{"include": {"categories": ["socks"]}}"#),
        ("conditions", #"{"minSubtotal": "300.00", "scope": "order"}"#),
      ],
      expected: []),
    ReachCase(
      // 50 × $25.00 (the gift card, the dearest product of the shop) = $1,250.00 < $1,250.01.
      "a minimum on the whole order with a lost decimal point",
      [
        ("target", #"{"include": {"categories": ["socks"]}}"#),
        ("conditions", #"{"minSubtotal": "1250.01", "scope": "order"}"#),
      ],
      expected: [
        #"unreachable: nobody can get the discount: it needs a spend of $1,250.01 in one order "#
          + #"(conditions.minSubtotal), more than 50 of the dearest product at $25.00 each "#
          + #"($1,250.00): a customer who buys 50 still does not qualify — check the amount (a lost "#
          + #"decimal point?), or list unreachable in expectFindings for a wholesale offer — the "#
          + #"catalog's matching products are "SOCK-BLUE" ($5.00), "SOCK-RED" ($4.00) and "#
          + #""SOCK-GREY" ($3.00)"#
      ]),
  ]

  @Test(arguments: cases) func orderScopeReach(_ c: ReachCase) throws {
    #expect(try c.actual() == c.expected)
  }
}
