import PromoGuard
import Testing

/// Checkouts that cannot be quoted (Evaluation.md §9): an `EvaluationError`, never a crash or a wrap.
@Suite struct InvalidCheckoutTests {
  struct InvalidCase: Sendable, CustomTestStringConvertible {
    var name: String
    var checkout: Checkout
    var code: EvaluationError.Code
    var testDescription: String { name }
  }

  static func usd(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .usd) }

  static let cases: [InvalidCase] = [
    InvalidCase(
      name: "quantity 0",
      checkout: Checkout(
        currency: .usd, lines: [Checkout.Line(sku: "A", unitPrice: usd(100), quantity: 0)],
        at: EngineFixture.noon),
      code: .invalidCheckout),
    InvalidCase(
      name: "quantity above 1,000,000",
      checkout: Checkout(
        currency: .usd, lines: [Checkout.Line(sku: "A", unitPrice: usd(100), quantity: 1_000_001)],
        at: EngineFixture.noon),
      code: .invalidCheckout),
    InvalidCase(
      name: "negative price",
      checkout: Checkout(
        currency: .usd, lines: [Checkout.Line(sku: "A", unitPrice: usd(-1))], at: EngineFixture.noon
      ),
      code: .invalidCheckout),
    InvalidCase(
      name: "line in another currency",
      checkout: Checkout(
        currency: .usd,
        lines: [Checkout.Line(sku: "A", unitPrice: Money(minorUnits: 100, currency: .eur))],
        at: EngineFixture.noon),
      code: .invalidCheckout),
    InvalidCase(
      name: "price above 10^15",
      checkout: Checkout(
        currency: .usd, lines: [Checkout.Line(sku: "A", unitPrice: usd(1_000_000_000_000_001))],
        at: EngineFixture.noon),
      code: .invalidCheckout),
    // 10^15 × 10^6 = 10^21 > Int64.max ≈ 9.2 × 10^18.
    InvalidCase(
      name: "line amount beyond 64 bits",
      checkout: Checkout(
        currency: .usd,
        lines: [
          Checkout.Line(sku: "A", unitPrice: usd(1_000_000_000_000_000), quantity: 1_000_000)
        ],
        at: EngineFixture.noon),
      code: .overflow),
    // Ten lines of 10^15 × 10^3 = 10^18 each: the sum 10^19 is beyond Int64.max.
    InvalidCase(
      name: "subtotal beyond 64 bits",
      checkout: Checkout(
        currency: .usd,
        lines: (1...10).map {
          Checkout.Line(sku: "L\($0)", unitPrice: usd(1_000_000_000_000_000), quantity: 1_000)
        },
        at: EngineFixture.noon),
      code: .overflow),
    InvalidCase(
      name: "negative shipping",
      checkout: Checkout(
        currency: .usd, lines: [Checkout.Line(sku: "A", unitPrice: usd(100))], shipping: usd(-5),
        at: EngineFixture.noon),
      code: .invalidCheckout),
  ]

  @Test(arguments: cases) func refused(_ invalid: InvalidCase) throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign("offer", code: "CODE", "\"benefit\": {\"percentOff\": 10}")
    ])
    var checkout = invalid.checkout
    checkout.codes = ["CODE"]
    #expect(throws: EvaluationError.self) { try set.evaluate(checkout) }
    do {
      _ = try set.evaluate(checkout)
    } catch {
      #expect(error.code == invalid.code)
    }
  }

  /// Large but valid amounts are computed exactly: 10^15 − 1 minor units × 9000 units at 33.3333%.
  @Test func largeAmountsAreExact() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign("offer", code: "CODE", "\"benefit\": {\"percentOff\": \"33.3333\"}")
    ])
    let price: Int64 = 999_999_999_999_999
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: price, quantity: 9_000)], codes: ["CODE"]))
    // 999_999_999_999_999 × 9000 = 8_999_999_999_999_991_000; × 333_333 / 1_000_000
    // = 2_999_996_999_999_997_000.003 → 2_999_996_999_999_997_000 (halfUp).
    #expect(quote.discount.minorUnits == 2_999_996_999_999_997_000)
  }
}
