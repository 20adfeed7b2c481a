import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Every reduction `diff` reports, each with a near miss that must not be reported as one.
@Suite struct PromiseDiffTests {
  struct DiffCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// Fields of the old campaign (JSON members).
    var old: String
    /// Fields of the new campaign.
    var new: String
    /// Each change as "direction: summary (clause)".
    var expected: [String]
    var testDescription: String { name }

    init(_ name: String, _ old: String, _ new: String, _ expected: [String]) {
      self.name = name
      self.old = old
      self.new = new
      self.expected = expected
    }
  }

  static func changes(_ testCase: DiffCase) throws -> [String] {
    let old = try DiffFixture.campaign(testCase.old, path: "old.json")
    let new = try DiffFixture.campaign(testCase.new, path: "new.json")
    return PromiseDiff(old: old, new: new).changes.map {
      "\($0.direction.rawValue): \($0.sentence)"
    }
  }

  static let benefitCases: [DiffCase] = [
    DiffCase(
      "lower percentage", #""benefit": {"percentOff": 20}"#, #""benefit": {"percentOff": 15}"#,
      ["reduction: benefit lowered from 20% off to 15% off (benefit)"]),
    DiffCase(
      "near miss: higher percentage", #""benefit": {"percentOff": 20}"#,
      #""benefit": {"percentOff": 25}"#,
      ["increase: benefit raised from 20% off to 25% off (benefit)"]),
    DiffCase(
      "lower amount", #""benefit": {"amountOff": "10.00"}"#, #""benefit": {"amountOff": "9.99"}"#,
      ["reduction: benefit lowered from $10.00 off to $9.99 off (benefit)"]),
    DiffCase(
      "near miss: higher amount", #""benefit": {"amountOff": "10.00"}"#,
      #""benefit": {"amountOff": "10.01"}"#,
      ["increase: benefit raised from $10.00 off to $10.01 off (benefit)"]),
    DiffCase(
      "near miss: lower fixed price", #""benefit": {"fixedPrice": "25.00", "quantity": 3}"#,
      #""benefit": {"fixedPrice": "24.99", "quantity": 3}"#,
      ["increase: benefit raised from 3 for $25.00 to 3 for $24.99 (benefit)"]),
    DiffCase(
      "another kind: 20% off to $10.00 off", #""benefit": {"percentOff": 20}"#,
      #""benefit": {"amountOff": "10.00"}"#,
      [
        "reduction: benefit changed from 20% off to $10.00 off, which is not at least as generous for "
          + "every basket (benefit)"
      ]),
    DiffCase(
      "near miss: another kind certainly as generous (buy 2 get 1 free to 100% off)",
      #""benefit": {"buy": 2, "get": 1}"#, #""benefit": {"percentOff": 100}"#,
      ["increase: benefit raised from buy 2, get 1 free to 100% off (benefit)"]),
    DiffCase(
      "near miss: 20% off to tiers from $0.00 at 20% and from $100.00 at 30%",
      #""benefit": {"percentOff": 20}"#,
      #""benefit": {"tiers": [{"minSubtotal": "0.00", "percentOff": 20}, {"minSubtotal": "100.00", "percentOff": 30}]}"#,
      [
        "increase: benefit raised from 20% off to 20% off from $0.00, 30% off from $100.00 (benefit)"
      ]),
    DiffCase(
      "20% off to a tier from $50.00 at 30% (nothing below $50.00)",
      #""benefit": {"percentOff": 20}"#,
      #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 30}]}"#,
      [
        "reduction: benefit changed from 20% off to 30% off from $50.00, which is not at least as "
          + "generous for every basket (benefit)"
      ]),
    DiffCase(
      "higher fixed price", #""benefit": {"fixedPrice": "25.00", "quantity": 3}"#,
      #""benefit": {"fixedPrice": "30.00", "quantity": 3}"#,
      ["reduction: benefit lowered from 3 for $25.00 to 3 for $30.00 (benefit)"]),
    DiffCase(
      "fewer free units: buy 2 get 1 to buy 3 get 1", #""benefit": {"buy": 2, "get": 1}"#,
      #""benefit": {"buy": 3, "get": 1}"#,
      ["reduction: benefit lowered from buy 2, get 1 free to buy 3, get 1 free (benefit)"]),
    DiffCase(
      "near miss: more free units: buy 2 get 1 to buy 1 get 1", #""benefit": {"buy": 2, "get": 1}"#,
      #""benefit": {"buy": 1, "get": 1}"#,
      ["increase: benefit raised from buy 2, get 1 free to buy 1, get 1 free (benefit)"]),
    DiffCase(
      "lower free percentage: buy 2 get 1 free to half price", #""benefit": {"buy": 2, "get": 1}"#,
      #""benefit": {"buy": 2, "get": 1, "percentOff": 50}"#,
      ["reduction: benefit lowered from buy 2, get 1 free to buy 2, get 1 at 50% off (benefit)"]),
    DiffCase(
      "lower tier value",
      #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "100.00", "percentOff": 20}]}"#,
      #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "100.00", "percentOff": 15}]}"#,
      [
        "reduction: benefit lowered from 10% off from $50.00, 20% off from $100.00 to 10% off from "
          + "$50.00, 15% off from $100.00 (benefit)"
      ]),
    DiffCase(
      "higher tier minimum",
      #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "100.00", "percentOff": 20}]}"#,
      #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "120.00", "percentOff": 20}]}"#,
      [
        "reduction: benefit lowered from 10% off from $50.00, 20% off from $100.00 to 10% off from "
          + "$50.00, 20% off from $120.00 (benefit)"
      ]),
    DiffCase(
      "near miss: lower tier minimum",
      #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "100.00", "percentOff": 20}]}"#,
      #""benefit": {"tiers": [{"minSubtotal": "40.00", "percentOff": 10}, {"minSubtotal": "100.00", "percentOff": 20}]}"#,
      [
        "increase: benefit raised from 10% off from $50.00, 20% off from $100.00 to 10% off from "
          + "$40.00, 20% off from $100.00 (benefit)"
      ]),
    DiffCase(
      "free shipping to $5.00 off shipping", #""benefit": {"shipping": {"percentOff": 100}}"#,
      #""benefit": {"shipping": {"amountOff": "5.00"}}"#,
      ["reduction: benefit lowered from free shipping to $5.00 off shipping (benefit)"]),
  ]

  @Test(arguments: benefitCases) func benefit(_ testCase: DiffCase) throws {
    #expect(try Self.changes(testCase) == testCase.expected)
  }

  static let conditionCases: [DiffCase] = [
    DiffCase(
      "minimum spend added", "", #""conditions": {"minSubtotal": "50.00"}"#,
      ["reduction: minimum spend of $50.00 added (conditions.minSubtotal)"]),
    DiffCase(
      "minimum spend raised", #""conditions": {"minSubtotal": "40.00"}"#,
      #""conditions": {"minSubtotal": "50.00"}"#,
      ["reduction: minimum spend raised from $40.00 to $50.00 (conditions.minSubtotal)"]),
    DiffCase(
      "near miss: minimum spend lowered", #""conditions": {"minSubtotal": "50.00"}"#,
      #""conditions": {"minSubtotal": "40.00"}"#,
      ["increase: minimum spend lowered from $50.00 to $40.00 (conditions.minSubtotal)"]),
    DiffCase(
      "minimum quantity added", "", #""conditions": {"minQuantity": 2}"#,
      ["reduction: minimum quantity of 2 items added (conditions.minQuantity)"]),
    DiffCase(
      "minimum quantity raised", #""conditions": {"minQuantity": 2}"#,
      #""conditions": {"minQuantity": 3}"#,
      ["reduction: minimum quantity raised from 2 to 3 items (conditions.minQuantity)"]),
    DiffCase(
      "near miss: minimum quantity lowered", #""conditions": {"minQuantity": 3}"#,
      #""conditions": {"minQuantity": 2}"#,
      ["increase: minimum quantity lowered from 3 to 2 items (conditions.minQuantity)"]),
    DiffCase(
      "near miss: minimum quantity 0 written out is no condition", "",
      #""conditions": {"minQuantity": 0}"#,
      []),
    DiffCase(
      "first order added", "", #""conditions": {"firstOrder": true}"#,
      ["reduction: now only for a first order (conditions.firstOrder)"]),
    DiffCase(
      "near miss: first order removed", #""conditions": {"firstOrder": true}"#, "",
      ["increase: no longer only for a first order (conditions.firstOrder)"]),
  ]

  @Test(arguments: conditionCases) func condition(_ testCase: DiffCase) throws {
    #expect(try Self.changes(testCase) == testCase.expected)
  }

  static let scopeCases: [DiffCase] = [
    DiffCase(
      "audience added where there was none", "", #""audience": {"segments": ["vip"]}"#,
      ["reduction: audience narrowed from all customers to members of vip (audience)"]),
    DiffCase(
      "segment removed", #""audience": {"segments": ["vip", "gold"]}"#,
      #""audience": {"segments": ["vip"]}"#,
      ["reduction: audience narrowed: segment gold removed (audience.segments)"]),
    DiffCase(
      "customer removed", #""audience": {"customers": ["c-1", "c-2"]}"#,
      #""audience": {"customers": ["c-1"]}"#,
      ["reduction: audience narrowed: customer account c-2 removed (audience.customers)"]),
    DiffCase(
      "near miss: segment added to an audience", #""audience": {"segments": ["vip"]}"#,
      #""audience": {"segments": ["vip", "gold"]}"#,
      ["increase: audience widened: segment gold added (audience.segments)"]),
    DiffCase(
      "channels added where there were none", "", #""channels": ["web"]"#,
      ["reduction: channels narrowed from every channel to web (channels)"]),
    DiffCase(
      "channel removed", #""channels": ["web", "app"]"#, #""channels": ["web"]"#,
      ["reduction: channels narrowed: app removed (channels)"]),
    DiffCase(
      "near miss: channel added", #""channels": ["web"]"#, #""channels": ["app", "web"]"#,
      ["increase: channels widened: app added (channels)"]),
    DiffCase(
      "target narrowed from everything", "", #""target": {"include": {"categories": ["throws"]}}"#,
      [
        "reduction: target narrowed from every item to items in the category throws (target.include)"
      ]),
    DiffCase(
      "category removed from the target",
      #""target": {"include": {"categories": ["throws", "rugs"]}}"#,
      #""target": {"include": {"categories": ["throws"]}}"#,
      ["reduction: target narrowed: items in the category rugs no longer included (target.include)"]
    ),
    DiffCase(
      "exclusion added", "", #""target": {"exclude": {"skus": ["GIFT-CARD"]}}"#,
      ["reduction: exclusion added: the product GIFT-CARD (target.exclude)"]),
    DiffCase(
      "near miss: category added to the target",
      #""target": {"include": {"categories": ["throws"]}}"#,
      #""target": {"include": {"categories": ["throws"], "tags": ["new"]}}"#,
      ["increase: target widened: items tagged new now included (target.include)"]),
    DiffCase(
      "near miss: exclusion removed", #""target": {"exclude": {"skus": ["GIFT-CARD"]}}"#, "",
      ["increase: exclusion removed: the product GIFT-CARD (target.exclude)"]),
    DiffCase(
      "target widened with an item cap",
      #""maxItems": 1, "target": {"include": {"categories": ["throws"]}}"#,
      #""maxItems": 1, "target": {"include": {"categories": ["throws", "socks"]}}"#,
      [
        "reduction: target widened: items in the category socks now included (with an item cap the "
          + "cheapest items count first, so some baskets can get less) (target.include)"
      ]),
  ]

  @Test(arguments: scopeCases) func scope(_ testCase: DiffCase) throws {
    #expect(try Self.changes(testCase) == testCase.expected)
  }

  static let periodAndLimitCases: [DiffCase] = [
    DiffCase(
      "later start", #""starts": "2026-09-01T00:00:00Z""#, #""starts": "2026-09-02T00:00:00Z""#,
      [
        "reduction: start moved later from 1 September 2026 at 00:00 (UTC) to 2 September 2026 at 00:00 "
          + "(UTC) (starts)"
      ]),
    DiffCase(
      "near miss: the same start written with another offset",
      #""starts": "2026-09-01T00:00:00-04:00""#, #""starts": "2026-09-01T04:00:00Z""#, []),
    DiffCase(
      "near miss: an earlier start", #""starts": "2026-09-02T00:00:00Z""#,
      #""starts": "2026-09-01T00:00:00Z""#,
      [
        "increase: start moved earlier from 2 September 2026 at 00:00 (UTC) to 1 September 2026 at "
          + "00:00 (UTC) (starts)"
      ]),
    DiffCase(
      "earlier end", #""timeZone": "America/New_York", "ends": "2026-10-01""#,
      #""timeZone": "America/New_York", "ends": "2026-09-25""#,
      [
        "reduction: end moved earlier: now until 24 September 2026 at 23:59:59 (America/New_York), was "
          + "until 30 September 2026 at 23:59:59 (America/New_York) (ends)"
      ]),
    DiffCase(
      "near miss: a later end", #""ends": "2026-10-01T00:00:00Z""#,
      #""ends": "2026-10-02T00:00:00Z""#,
      [
        "increase: end moved later: now until 1 October 2026 at 23:59:59 (UTC), was until 30 September "
          + "2026 at 23:59:59 (UTC) (ends)"
      ]),
    DiffCase(
      "end added", "", #""ends": "2026-10-01T00:00:00Z""#,
      ["reduction: end added: now until 30 September 2026 at 23:59:59 (UTC) (ends)"]),
    DiffCase(
      "near miss: the same end in another zone", #""ends": "2026-10-01T04:00:00Z""#,
      #""timeZone": "America/New_York", "ends": "2026-10-01""#, []),
    DiffCase(
      "per-customer limit added", "", #""limits": {"perCustomer": 1}"#,
      ["reduction: per-customer limit of 1 use added (limits.perCustomer)"]),
    DiffCase(
      "total limit lowered", #""limits": {"total": 1000}"#, #""limits": {"total": 500}"#,
      ["reduction: total limit lowered from 1,000 to 500 uses (limits.total)"]),
    DiffCase(
      "near miss: per-customer limit raised", #""limits": {"perCustomer": 1}"#,
      #""limits": {"perCustomer": 2}"#,
      ["increase: per-customer limit raised from 1 to 2 uses (limits.perCustomer)"]),
    DiffCase(
      "discount cap added", "", #""maxDiscount": "50.00""#,
      ["reduction: discount cap of $50.00 added (maxDiscount)"]),
    DiffCase(
      "discount cap lowered", #""maxDiscount": "50.00""#, #""maxDiscount": "30.00""#,
      ["reduction: discount cap lowered from $50.00 to $30.00 (maxDiscount)"]),
    DiffCase(
      "near miss: discount cap raised", #""maxDiscount": "30.00""#, #""maxDiscount": "50.00""#,
      ["increase: discount cap raised from $30.00 to $50.00 (maxDiscount)"]),
    DiffCase(
      "item cap added", "", #""maxItems": 2"#, ["reduction: item cap of 2 items added (maxItems)"]),
    DiffCase(
      "near miss: item cap raised", #""maxItems": 2"#, #""maxItems": 3"#,
      ["increase: item cap raised from 2 items to 3 items (maxItems)"]),
    DiffCase(
      "item cap lowered", #""maxItems": 3"#, #""maxItems": 2"#,
      ["reduction: item cap lowered from 3 items to 2 items (maxItems)"]),
  ]

  @Test(arguments: periodAndLimitCases) func periodAndLimits(_ testCase: DiffCase) throws {
    #expect(try Self.changes(testCase) == testCase.expected)
  }

  static let offerCases: [DiffCase] = [
    DiffCase(
      "no longer combinable (exclusive mechanics, no terms)", "",
      #""stacking": {"exclusive": true}"#,
      ["reduction: no longer combinable with other offers (stacking.exclusive)"]),
    DiffCase(
      "no longer combinable (terms)", #""terms": {"benefit": {"percentOff": 20}}"#,
      #""terms": {"benefit": {"percentOff": 20}, "combinable": false}"#,
      ["reduction: no longer combinable with other offers (terms.combinable)"]),
    DiffCase(
      "near miss: only the priority changes", #""stacking": {"priority": 1}"#,
      #""stacking": {"priority": 5}"#, []),
    DiffCase(
      "code matching relaxed to exact", "", #""codeMatching": "exact""#,
      [
        "reduction: code matching changed from relaxed to exact: a code typed in another case or with "
          + "spaces or dashes is now refused (codeMatching)"
      ]),
    DiffCase(
      "near miss: code matching exact to relaxed", #""codeMatching": "exact""#, "",
      [
        "increase: code matching changed from exact to relaxed: case, spaces and dashes no longer matter "
          + "(codeMatching)"
      ]),
    DiffCase(
      "automatic to code required", #""activation": {"automatic": true}"#, "",
      ["reduction: now needs a code (code CODE): it was applied automatically (activation)"]),
    DiffCase(
      "near miss: code required to automatic", "", #""activation": {"automatic": true}"#,
      ["increase: now applied automatically: no code needed (activation)"]),
    DiffCase(
      "a code withdrawn", #""activation": {"codes": ["CODE", "OTHER"]}"#, "",
      ["reduction: code OTHER withdrawn (activation.codes)"]),
    DiffCase(
      "near miss: a code rewritten in another case (the same under relaxed matching)", "",
      #""activation": {"codes": ["Code"]}"#, []),
    DiffCase(
      "near miss: only the wording changes",
      #""terms": {"benefit": {"percentOff": 20}, "text": "a"}"#,
      #""terms": {"benefit": {"percentOff": 20}, "text": "b"}"#,
      ["other: published wording changed (terms.text)"]),
    DiffCase(
      "terms inherit the campaign's end: the clause is the campaign's",
      #""ends": "2026-10-01T00:00:00Z", "terms": {"benefit": {"percentOff": 20}}"#,
      #""ends": "2026-09-30T00:00:00Z", "terms": {"benefit": {"percentOff": 20}}"#,
      [
        "reduction: end moved earlier: now until 29 September 2026 at 23:59:59 (UTC), was until "
          + "30 September 2026 at 23:59:59 (UTC) (ends)"
      ]),
    DiffCase(
      "contra proferentem: a stricter mechanics minimum the terms do not state is not a reduction",
      #""terms": {"benefit": {"percentOff": 20}}"#,
      #""conditions": {"minSubtotal": "50.00"}, "terms": {"benefit": {"percentOff": 20}}"#, []),
  ]

  @Test(arguments: offerCases) func offer(_ testCase: DiffCase) throws {
    #expect(try Self.changes(testCase) == testCase.expected)
  }

  @Test func aReductionIsLocatedAtTheNewClause() throws {
    let old = try DiffFixture.campaign(#""conditions": {"minSubtotal": "40.00"}"#, path: "old.json")
    let new = try DiffFixture.campaign(#""conditions": {"minSubtotal": "50.00"}"#, path: "new.json")
    let change = try #require(PromiseDiff(old: old, new: new).changes.first)
    // The new file is on one line: {"format": "promoguard/1", "campaigns": [{"id": "c", "name": "C",
    // "currency": "USD", "activation": {"codes": ["CODE"]}, "benefit": {"percentOff": 20}, "conditions": ...
    // Column of `"conditions"`: 41 characters before `{"id"` ( `{"format": "promoguard/1", "campaigns": [` ),
    // then `{"id": "c", "name": "C", "currency": "USD", ` (44), `"activation": {"codes": ["CODE"]}, ` (35),
    // `"benefit": {"percentOff": 20}, ` (31): 41 + 44 + 35 + 31 = 151 characters, so column 152.
    #expect(change.location == FileLocation(file: "new.json", line: 1, column: 152))
  }
}
