import PromoGuard
import Testing

/// Every example checkout, evaluated against every example campaign, gives the quote worked out by hand in
/// its `.quote.json` (every field except the `message` texts).
@Suite struct ExampleQuoteTests {
  /// The campaigns of all example files, loaded together once.
  static let campaigns: Result<CampaignSet, any Error> = Result { try ExampleFixtures.campaigns() }

  @Test(arguments: ExampleCheckout.all)
  func quoteMatchesTheExpectedQuote(_ example: ExampleCheckout) throws {
    let campaigns = try Self.campaigns.get()
    let folder = ExampleFixtures.checkoutDirectory
    let checkoutBytes = try ExampleFixtures.bytes(
      of: folder.appendingPathComponent(example.name + ".checkout.json"))
    let checkout = try CheckoutDecoder.decode(
      checkoutBytes, path: example.name + ".checkout.json",
      now: Instant(microsecondsSinceEpoch: 0)
    ).get()
    let quote = try campaigns.evaluate(checkout)
    let expected = try JSONReader.parse(
      try ExampleFixtures.bytes(of: folder.appendingPathComponent(example.name + ".quote.json")))
    let actual = try JSONReader.parse(quote.jsonText())
    let differences = JSONDifference.differences(expected: expected, actual: actual)
    let report = differences.joined(separator: "\n")
    #expect(differences.isEmpty, "\(example.name): the quote differs:\n\(report)")
  }
}
