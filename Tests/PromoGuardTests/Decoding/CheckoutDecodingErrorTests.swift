import PromoGuard
import Testing

/// Checkouts with mistakes, each reported with its exact `file:line:col: path: message`.
@Suite struct CheckoutDecodingErrorTests {
  struct CheckoutCase: Sendable, CustomTestStringConvertible {
    var text: String
    var expected: [String]
    var testDescription: String { text }
  }

  static let cases: [CheckoutCase] = [
    // The 0 is at column 77.
    CheckoutCase(
      text: #"{"currency": "USD", "lines": [{"sku": "A", "unitPrice": "1.00", "quantity": 0}]}"#,
      expected: [
        "checkout.json:1:77: lines[0].quantity: the quantity must be from 1 to 1000000, found 0"
      ]),
    CheckoutCase(
      text: #"{"currency": "XYZ", "lines": []}"#,
      expected: [
        #"checkout.json:1:14: currency: unknown currency "XYZ" — expected an ISO 4217 code like "USD", "EUR" or "JPY""#
      ]),
    CheckoutCase(
      text: #"{"currency": "GPB", "lines": []}"#,
      expected: [
        #"checkout.json:1:14: currency: unknown currency "GPB" — did you mean "GBP"?"#
      ]),
    CheckoutCase(
      text: #"{"currency": "USD", "lines": [], "at": "2026-13-01T00:00:00Z"}"#,
      expected: ["checkout.json:1:40: at: months run 01–12, found 13"]),
    CheckoutCase(
      text: #"{"currency": "USD", "lines": [{"sku": "A", "unitPrice": 12.505}]}"#,
      expected: [
        #"checkout.json:1:57: lines[0].unitPrice: US dollars have 2 decimal places; "12.505" has 3 — write "12.51" or "12.50""#
      ]),
    CheckoutCase(
      text: #"{"currency": "USD", "lines": [{"sku": "A"}]}"#,
      expected: [#"checkout.json:1:31: lines[0]: missing "unitPrice" — give the price of one unit"#]
    ),
    CheckoutCase(
      text: #"{"currency": "USD", "lines": [], "cods": "X"}"#,
      expected: [#"checkout.json:1:34: unknown key "cods" — did you mean "codes"?"#]),
  ]

  @Test(arguments: cases) func diagnostics(_ checkoutCase: CheckoutCase) {
    let result = CheckoutDecoder.decode(
      Array(checkoutCase.text.utf8), path: "checkout.json", now: EngineFixture.noon)
    switch result {
    case .success(let checkout): Issue.record("decoded \(checkout) instead of failing")
    case .failure(let error): #expect(error.diagnostics.map(\.description) == checkoutCase.expected)
    }
  }

  @Test func atWithAnOffsetAndDefaultNow() throws {
    let text = #"{"currency": "JPY", "lines": [{"sku": "A", "unitPrice": "1250", "quantity": 2}]}"#
    let checkout = try CheckoutDecoder.decode(
      Array(text.utf8), path: "checkout.json", now: EngineFixture.noon
    ).get()
    #expect(checkout.at == EngineFixture.noon)
    #expect(checkout.lines.first?.unitPrice == Money(minorUnits: 1_250, currency: .jpy))
    #expect(checkout.lines.first?.quantity == 2)
  }
}
