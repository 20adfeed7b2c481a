package import PromoGuard

/// One checkout for the checkout under test, with the journey session and step it belongs to, if any.
///
/// A pipelined checkout (``PipelinedCheckoutEvaluator``) takes many at once; see Docs/AnyCheckout.md for how
/// they travel as requests of the protocol.
package struct EvaluationRequest: Sendable {
  /// The whole checkout to quote.
  package var checkout: Checkout
  /// The journey this checkout belongs to (`"j17"`), or `nil` for a checkout on its own.
  package var session: String?
  /// The checkout's step in its journey, from 1, or `nil`.
  package var step: Int?

  /// Creates a request.
  ///
  /// - Parameters:
  ///   - checkout: The checkout.
  ///   - session: The journey session, or `nil`.
  ///   - step: The step in the journey, from 1, or `nil`.
  package init(checkout: Checkout, session: String? = nil, step: Int? = nil) {
    self.checkout = checkout
    self.session = session
    self.step = step
  }
}
