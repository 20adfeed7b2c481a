package import PromoGuard

/// A checkout under test that takes many requests at once and answers them in order, several in flight (an
/// external checkout behind `check --evaluator`).
///
/// It is configured with every campaign it will be asked about, so the harness sends it the scenarios of
/// combinations too, without asking its factory for another evaluator.
package protocol PipelinedCheckoutEvaluator: CheckoutEvaluator {
  /// How many requests may be in flight at once (1: one at a time).
  var window: Int { get }

  /// A new journey session name, unique in the run.
  ///
  /// - Returns: The name, such as `j17`.
  func newSession() -> String

  /// Sends every request, at most ``window`` in flight, and returns each answer in the order of the requests.
  ///
  /// - Parameter requests: The requests; a journey's steps are consecutive and carry its session.
  /// - Returns: One result per request: the quote, or the checkout's refusal to quote it.
  /// - Throws: When the checkout can no longer be trusted to answer (it crashed, hung, answered out of order).
  func answers(to requests: [EvaluationRequest]) throws -> [Result<Quote, any Error>]
}
