import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Invariants of quotes, on quotes corrupted by hand.
@Suite struct ClassifierInvariantTests {
  /// A corruption and the invariant summaries it breaks.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var change: @Sendable (inout Quote) -> Void
    var broken: [String]
    var testDescription: String { name }
  }

  static let cents = OracleFixtures.usd
  static let lineSum = "the line discounts do not sum to the quote's discount"
  static let campaignSum = "the line discounts of promo do not sum to its discount"
  static let totalFormula = "the total is not subtotal − discount + shipping − shipping discount"

  static let cases: [Case] = [
    Case(name: "untouched", change: { _ in }, broken: []),
    // Line 1 discount 29.80 → 29.81: lines 29.81 ≠ discount 29.80.
    Case(
      name: "line discount off", change: { $0.lines[0].discount = cents(2981) }, broken: [lineSum]),
    Case(
      name: "campaign share off", change: { $0.applied[0].lineDiscounts[0] = 2981 },
      broken: [campaignSum]),
    Case(
      name: "negative line total", change: { $0.lines[0].total = cents(-1) },
      broken: ["a line total is below zero"]),
    // Shipping 9.95, shipping discount 10.00: beyond; the total then no longer adds up either.
    Case(
      name: "shipping discount beyond shipping", change: { $0.shippingDiscount = cents(1000) },
      broken: ["the shipping discount is beyond the shipping", totalFormula]),
    // 149.00 − 29.80 + 9.95 = 129.15; 129.16 is wrong.
    Case(name: "total off by one", change: { $0.total = cents(12916) }, broken: [totalFormula]),
    Case(
      name: "negative total",
      change: { quote in
        quote.subtotal = cents(0)
        quote.total = cents(-2980 + 995)
        quote.lines[0].discount = cents(2980)
      }, broken: ["the total is below zero"]),
    // The campaign applied with 0: its shares (29.80) and the lines no longer match, and a zero applied amount.
    Case(
      name: "applied with zero",
      change: { quote in
        quote.applied[0].discount = cents(0)
        quote.applied[0].lineDiscounts = [0]
        quote.lines[0].discount = cents(0)
        quote.discount = cents(0)
        quote.lines[0].total = cents(14900)
        quote.total = cents(14900 + 995)
      },
      broken: [
        "promo is applied with no discount",
        "a code shows applied although its campaign gives nothing",
      ]),
    Case(
      name: "applied status without campaign",
      change: { quote in
        quote.codes[0].campaignID = nil
      }, broken: ["a code shows applied although its campaign gives nothing"]),
  ]

  @Test(arguments: cases) func invariants(_ testCase: Case) throws {
    let campaign = try OracleFixtures.campaign(#""benefit": {"percentOff": 20}"#)
    let checkout = OracleFixtures.checkout([OracleFixtures.line(14900, 1, "A", [])], shipping: 995)
    let set = try CampaignSet(files: [
      CampaignFile(path: "test.json", campaigns: [campaign], catalog: nil)
    ])
    var quote = try set.evaluate(checkout)
    testCase.change(&quote)
    let findings = Classifier.invariantViolations(checkout: checkout, quote: quote)
    #expect(findings.map(\.summary) == testCase.broken)
    #expect(findings.allSatisfy { $0.kind == .invariant })
  }
}
