package import PromoGuard

/// The library's engine behind the evaluator interface: `CampaignSet.evaluate(_:)` for one checkout and a
/// `CheckoutSession` for journeys.
package struct EngineEvaluator: CheckoutEvaluator {
  /// The campaigns loaded.
  package let campaigns: CampaignSet

  /// Wraps a campaign set.
  ///
  /// - Parameter campaigns: The campaigns.
  package init(campaigns: CampaignSet) {
    self.campaigns = campaigns
  }

  /// Quotes one checkout with the engine.
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: The quote.
  /// - Throws: `EvaluationError` when the checkout is invalid.
  package func evaluate(_ checkout: Checkout) throws -> Quote {
    try campaigns.evaluate(checkout)
  }

  /// Replays the journey through a `CheckoutSession`.
  ///
  /// - Parameter journey: The journey.
  /// - Returns: The session's quote after each step.
  /// - Throws: `EvaluationError` when a state is invalid.
  package func quotes(along journey: Journey) throws -> [Quote] {
    var session = try CheckoutSession(campaigns: campaigns, checkout: journey.start)
    var quotes = [Quote]()
    quotes.reserveCapacity(journey.steps.count)
    for step in journey.steps {
      quotes.append(try step.apply(to: &session))
    }
    return quotes
  }
}

/// Builds an `EngineEvaluator` over a `CampaignSet` of exactly the campaigns given.
package struct EngineEvaluatorFactory: CheckoutEvaluatorFactory {
  /// Creates the factory.
  package init() {}

  /// Loads the campaigns into a `CampaignSet` (one file named `<harness>`).
  ///
  /// - Parameter campaigns: The campaigns.
  /// - Returns: The engine over them.
  /// - Throws: `LoadError` when they cannot be loaded together (colliding codes, duplicate ids).
  package func evaluator(for campaigns: [Campaign]) throws -> any CheckoutEvaluator {
    let file = CampaignFile(path: "<harness>", campaigns: campaigns, catalog: nil)
    return EngineEvaluator(campaigns: try CampaignSet(files: [file]))
  }
}
