package import PromoGuard

/// The checkout under test, as the harness sees it: a checkout in, a quote out.
///
/// The harness reaches the engine only through this interface, so another checkout implementation (an external
/// process speaking JSON lines, a staging server) can be put under test without touching generators, comparison
/// or reports.
package protocol CheckoutEvaluator: Sendable {
  /// Quotes one checkout at once.
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: The quote.
  /// - Throws: When the checkout cannot be quoted.
  func evaluate(_ checkout: Checkout) throws -> Quote

  /// Replays a journey step by step, as a shop's cart would, and returns the quote after each step.
  ///
  /// - Parameter journey: The journey.
  /// - Returns: One quote per step, in order.
  /// - Throws: When a state cannot be quoted.
  func quotes(along journey: Journey) throws -> [Quote]
}

extension CheckoutEvaluator {
  /// The default for evaluators without session state: evaluates the accumulated checkout after each step.
  ///
  /// - Parameter journey: The journey.
  /// - Returns: One quote per step, in order.
  /// - Throws: When a state cannot be quoted.
  package func quotes(along journey: Journey) throws -> [Quote] {
    var checkout = journey.start
    var quotes = [Quote]()
    quotes.reserveCapacity(journey.steps.count)
    for step in journey.steps {
      step.apply(to: &checkout)
      quotes.append(try evaluate(checkout))
    }
    return quotes
  }
}

/// Makes the checkout under test for a set of campaigns (the campaign under test, alone or with the others a
/// combination scenario loads).
package protocol CheckoutEvaluatorFactory: Sendable {
  /// An evaluator that knows exactly `campaigns`.
  ///
  /// - Parameter campaigns: The campaigns to load.
  /// - Returns: The evaluator.
  /// - Throws: When the campaigns cannot be loaded together.
  func evaluator(for campaigns: [Campaign]) throws -> any CheckoutEvaluator
}
