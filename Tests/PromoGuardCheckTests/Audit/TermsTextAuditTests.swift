import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct TermsTextAuditTests {
  /// A campaign (20% off unless `fields` say otherwise) whose terms have `text` and `terms` fields.
  static func worded(
    _ text: String, terms: String = #""benefit": {"percentOff": 20}"#,
    _ fields: [(String, String)] = [], name: String, expected: [String]
  ) -> AuditCase {
    let campaign = AuditFixture.campaign(
      pairs: fields + [("terms", "{\(terms), \"text\": \"\(text)\"}")])
    return AuditCase(name: name, campaigns: [campaign], expected: expected)
  }

  static let cases: [AuditCase] = [
    worded(
      "Take 25% off everything.", name: "a percentage the terms do not give",
      expected: [
        "termsDrift: the published wording says 25% off (terms.text) but the structured terms give "
          + "20% off (terms.benefit)"
      ]),
    worded("Take 20% off everything.", name: "near miss: the same percentage", expected: []),
    worded(
      "Save 30% on knitwear.", name: "a percentage without the word off",
      expected: [
        "termsDrift: the published wording says 30% off (terms.text) but the structured terms give "
          + "20% off (terms.benefit)"
      ]),
    worded(
      "Enjoy a 25 percent discount.", name: "a percentage as a discount",
      expected: [
        "termsDrift: the published wording says 25% off (terms.text) but the structured terms give "
          + "20% off (terms.benefit)"
      ]),
    worded(
      "20% off. Prices include VAT at 19%; 5% of proceeds go to charity.",
      name: "near miss: a tax rate and a share of proceeds are not discounts", expected: []),
    worded(
      "Save 12.5 percent off all throws.", terms: #""benefit": {"percentOff": 12.5}"#,
      [("benefit", #"{"percentOff": 12.5}"#)], name: "near miss: a percentage in words",
      expected: []),
    worded(
      "$15 off your order.", terms: #""benefit": {"amountOff": "10.00"}"#,
      [("benefit", #"{"amountOff": "10.00"}"#)], name: "an amount off the terms do not give",
      expected: [
        "termsDrift: the published wording says $15.00 off (terms.text) but the structured terms "
          + "give $10.00 off (terms.benefit)"
      ]),
    worded(
      "$10.00 off your order.", terms: #""benefit": {"amountOff": "10.00"}"#,
      [("benefit", #"{"amountOff": "10.00"}"#)], name: "near miss: the same amount off",
      expected: []),
    worded(
      "15% off your first order, up to $30.00 off.",
      terms:
        #""benefit": {"percentOff": 15}, "maxDiscount": "30.00", "conditions": {"firstOrder": true}"#,
      [
        ("benefit", #"{"percentOff": 15}"#), ("maxDiscount", #""30.00""#),
        ("conditions", #"{"firstOrder": true}"#),
      ],
      name: "near miss: the cap the terms state", expected: []),
    worded(
      "20% off, up to $40 off.", terms: #""benefit": {"percentOff": 20}, "maxDiscount": "30.00""#,
      [("maxDiscount", #""30.00""#)], name: "a cap the terms do not give",
      expected: [
        "termsDrift: the published wording caps the discount at $40.00 (terms.text) but the "
          + "structured terms cap it at $30.00 (terms.maxDiscount)"
      ]),
    worded(
      "20% off on orders over $50.", name: "a minimum spend the terms do not state",
      expected: [
        "termsDrift: the published wording states a minimum spend of $50.00 (terms.text) but the "
          + "structured terms state no minimum spend (terms.conditions)"
      ]),
    worded(
      "20% off when you spend $1,000.00 or more.",
      terms: #""benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "500.00"}"#,
      [("conditions", #"{"minSubtotal": "500.00"}"#)], name: "a different minimum spend",
      expected: [
        "termsDrift: the published wording states a minimum spend of $1,000.00 (terms.text) but the "
          + "structured terms state a minimum spend of $500.00 (terms.conditions.minSubtotal)"
      ]),
    worded(
      "20% off on orders over $50.",
      terms: #""benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "50.00"}"#,
      [("conditions", #"{"minSubtotal": "50.00"}"#)], name: "near miss: the same minimum spend",
      expected: []),
    worded(
      "Spend $50 and get 10% off; spend $100 and get 20% off.",
      terms:
        #""benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "100.00", "percentOff": 20}]}"#,
      [
        (
          "benefit",
          #"{"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "100.00", "percentOff": 20}]}"#
        )
      ], name: "near miss: the minimums and percentages of tiers", expected: []),
    worded(
      "20% off when you buy at least 3 items.",
      name: "a minimum quantity the terms do not state",
      expected: [
        "termsDrift: the published wording requires at least 3 items (terms.text) but the "
          + "structured terms require no minimum quantity (terms.conditions)"
      ]),
    // Ends 2026-10-01 (UTC): the last moment is on 30 September, so "until 30 September 2026" agrees.
    worded(
      "20% off, valid until 30 September 2026.", [("ends", #""2026-10-01""#)],
      name: "near miss: the last day of an exclusive end", expected: []),
    // "Ends 1 October" includes 1 October: an end at its first moment refuses that whole day.
    worded(
      "20% off, offer ends 1 October 2026.", [("ends", #""2026-10-01""#)],
      name: "the end date itself is a whole day the terms refuse",
      expected: [
        "termsDrift: the published wording says the offer runs until 1 October 2026 (terms.text), "
          + "but the structured terms end at 00:00 on 1 October 2026 UTC (terms.ends): customers on "
          + "the last advertised day are refused"
      ]),
    worded(
      "20% off, ends Wednesday, 30 September 2026.", [("ends", #""2026-10-01""#)],
      name: "near miss: a weekday before the last day", expected: []),
    // Noon on 1 October is twelve hours after the structured end.
    worded(
      "20% off, ends Thursday, 1 October 2026 at noon.", [("ends", #""2026-10-01""#)],
      name: "an end at noon the terms end twelve hours before",
      expected: [
        "termsDrift: the published wording says the offer ends on 1 October 2026 at 12:00 "
          + "(terms.text) but the structured terms end 1 October 2026 at 00:00 (UTC) (terms.ends)"
      ]),
    worded(
      "20% off, ends Saturday 3 October 2026.", [("ends", #""2026-10-01""#)],
      name: "an end date after a weekday the terms do not give",
      expected: [
        "termsDrift: the published wording says the offer ends on 3 October 2026 (terms.text) but "
          + "the structured terms end 1 October 2026 at 00:00 (UTC) (terms.ends)"
      ]),
    worded(
      "20% off, valid until October 31, 2026.", [("ends", #""2026-10-01""#)],
      name: "an end date the terms do not give",
      expected: [
        "termsDrift: the published wording says the offer ends on 31 October 2026 (terms.text) but "
          + "the structured terms end 1 October 2026 at 00:00 (UTC) (terms.ends)"
      ]),
    worded(
      "20% off from 2026-09-05.", [("starts", #""2026-09-01""#)],
      name: "a start date the terms do not give",
      expected: [
        "termsDrift: the published wording says the offer starts on 5 September 2026 (terms.text) "
          + "but the structured terms start 1 September 2026 at 00:00 (UTC) (terms.starts)"
      ]),
    worded(
      "20% off. Call 0800 123 4567 or visit our 20 stores; printed 12 March 2026.",
      name: "near miss: numbers and dates the wording does not attribute", expected: []),
    worded(
      "Get 20% off with free delivery on 3 items.",
      name: "near miss: a quantity without 'at least'",
      // The quantity is no minimum; the free delivery, though, is a promise the terms do not give (issue 11).
      expected: [
        "termsDrift: the published wording says \"free delivery\" (terms.text), but the structured terms "
          + "give no free shipping (terms.benefit)"
      ]),
    // Issue 11: free shipping, a budget and a gift in the wording, each against the structured terms.
    worded(
      "20% off and free shipping.", name: "free shipping the terms do not give",
      expected: [
        "termsDrift: the published wording says \"free shipping\" (terms.text), but the structured terms "
          + "give no free shipping (terms.benefit)"
      ]),
    worded(
      "20% off, while the promotion budget lasts.", name: "a budget the terms do not set",
      expected: [
        "termsDrift: the published wording says \"while the promotion budget lasts\" (terms.text), but "
          + "the structured terms set no promotion budget (terms.limits.budget)"
      ]),
    worded(
      "20% off and a free gift.", name: "a gift the terms do not give",
      expected: [
        "termsDrift: the published wording says \"free gift\" (terms.text), but the structured terms "
          + "give no gift with purchase (terms.benefit)"
      ]),
    worded(
      "20% off. Can be combined with our free delivery offer.",
      name: "near miss: another offer's free delivery", expected: []),
    worded(
      "20% off (combines with free delivery).",
      name: "near miss: combines with another offer's free delivery", expected: []),
  ]

  @Test(arguments: cases) func comparesTheWordingWithTheTerms(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test func readsNumbersTooLargeForAnAmountAsNothing() {
    // 999,999,999,999,999 dollars is 99,999,999,999,999,900 cents: it fits. 15 nines with 4 decimals
    // (9.99… × 10^18) would not fit in 64 bits, so that reading is refused instead of overflowing.
    #expect(TermsTextAudit.decimal("999999999999999", decimals: 2) == 99_999_999_999_999_900)
    #expect(TermsTextAudit.decimal("999999999999999", decimals: 4) == nil)
    #expect(TermsTextAudit.decimal("12.505", decimals: 2) == nil)
    #expect(TermsTextAudit.decimal("12.500", decimals: 2) == 1_250)
  }

  @Test func readsAmountsInTheCampaignsCurrencyOnly() {
    // "€10 off" in a USD campaign is not attributable; "USD 10 off" and "10 USD off" are $10.00.
    let mentions = TermsTextAudit.amounts(
      in: "€10 off, USD 10 off, 10 USD off", currency: .usd)
    #expect(mentions.map(\.amount.minorUnits) == [1_000, 1_000])
  }
}
