import Foundation
import PromoGuard
import PromoGuardCheck

/// What the `stream` cases run: the example shop's campaigns in one set (as `evaluate --stream --campaigns
/// Fixtures/examples` loads them) and the checkout `Fixtures/examples/checkouts/bedding-20-applied` as one
/// request line.
struct StreamFixture: Sendable {
  /// The campaigns.
  let campaigns: CampaignSet
  /// The checkout, decoded.
  let checkout: Checkout
  /// `{"id":1,"checkout":{…}}`, without a line break.
  let requestLine: [UInt8]
  /// The clock of a checkout without `at` (the checkout has one).
  let now = Instant(microsecondsSinceEpoch: 0)

  /// Loads the campaigns and the checkout, and checks the engine quotes it with a discount.
  ///
  /// - Throws: `BenchError` when a file does not load or the checkout gets nothing off.
  init() throws(BenchError) {
    let path = ExampleShop.directory.appendingPathComponent(
      "checkouts/bedding-20-applied.checkout.json"
    ).path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BenchError("cannot read \(path)")
    }
    do {
      campaigns = try CampaignSet(files: try ExampleShop.files())
      checkout = try Checkout(jsonBytes: [UInt8](data), path: path, now: now)
    } catch {
      throw BenchError("the stream fixture does not load:\n\(error)")
    }
    requestLine = Array(
      CheckoutExchange.requestLine(id: 1, checkout: CheckoutJSON.output(checkout)).utf8)
    guard try discount() > 0 else { throw BenchError("the stream's checkout gets nothing off") }
  }

  /// The engine's discount on the decoded checkout, in minor units.
  ///
  /// - Returns: The discount.
  /// - Throws: `BenchError` when the engine refuses the checkout.
  func discount() throws(BenchError) -> Int64 {
    do {
      return try campaigns.evaluate(checkout).discount.minorUnits
    } catch {
      throw BenchError("evaluation failed: \(error)")
    }
  }
}
