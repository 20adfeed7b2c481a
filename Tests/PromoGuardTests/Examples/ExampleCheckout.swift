import Testing

/// One example checkout: `checkouts/<name>.checkout.json` and its expected `checkouts/<name>.quote.json`.
struct ExampleCheckout: Sendable, CustomTestStringConvertible {
  /// The file name without `.checkout.json`.
  var name: String

  var testDescription: String { name }

  /// Every checkout in the example folder.
  static let all: [ExampleCheckout] = ExampleFixtures.checkoutNames.map {
    ExampleCheckout(name: $0)
  }
}
