package import PromoGuard

/// A customer's way through a checkout: a starting state and the changes made to it, in order.
///
/// The harness replays a journey through the evaluator under test (`CheckoutEvaluator.quotes(along:)`) and
/// compares the last quote with a one-shot evaluation of `finalCheckout`: they must be equal, whatever the order
/// of the steps (otherwise `pathDependence`).
package struct Journey: Sendable, Hashable {
  /// What kind of path this is, for reports ("code entered before the items").
  package var name: String
  /// The checkout before the first step (usually an empty basket, a guest, no codes).
  package var start: Checkout
  /// The changes, in order.
  package var steps: [JourneyStep]

  /// Creates a journey.
  ///
  /// - Parameters:
  ///   - name: What kind of path this is.
  ///   - start: The checkout before the first step.
  ///   - steps: The changes, in order.
  package init(name: String, start: Checkout, steps: [JourneyStep]) {
    self.name = name
    self.start = start
    self.steps = steps
  }

  /// The checkout after every step.
  package var finalCheckout: Checkout {
    var checkout = start
    for step in steps { step.apply(to: &checkout) }
    return checkout
  }

  /// The checkout after each step, in order (as many as there are steps).
  package var checkouts: [Checkout] {
    var checkout = start
    var states = [Checkout]()
    states.reserveCapacity(steps.count)
    for step in steps {
      step.apply(to: &checkout)
      states.append(checkout)
    }
    return states
  }
}
