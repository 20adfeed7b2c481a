/// Fuzz target `checkout`: the bytes as a checkout.
///
/// Decodes them as `promoguard evaluate` does; when they decode, quotes them against the campaigns of
/// `Fixtures/examples` and renders the quote as JSON. A crash, a sanitizer report or a timeout is a bug;
/// a `LoadError` or an `EvaluationError` is the expected answer to bad input.
enum CheckoutTarget {
  /// The time of a checkout that gives none: 2026-09-21T13:33:20Z.
  static let now = Instant(microsecondsSinceEpoch: 1_790_000_000_000_000)

  /// Runs one input.
  ///
  /// - Parameter bytes: The input.
  static func run(_ bytes: [UInt8]) {
    guard let campaigns = FuzzFixtures.campaigns,
      case .success(let checkout) = CheckoutDecoder.decodeLocated(
        bytes, path: "fuzz.checkout.json", now: now)
    else { return }
    do {
      _ = try campaigns.evaluate(checkout.checkout).jsonText(pretty: false)
    } catch {
      // The path an evaluation error names must be one the decoder recorded, or a parent of one.
      if let path = error.path, checkout.position(of: path) == nil {
        FuzzFixtures.fail("evaluation error path \(path) has no position in the checkout")
      }
    }
  }
}
