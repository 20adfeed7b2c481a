package import PromoGuard

/// One generated test of a campaign: a checkout, and how it reaches checkout.
package struct Scenario: Sendable, Hashable {
  /// How the scenario reaches checkout.
  package enum Shape: Sendable, Hashable {
    /// The checkout quoted at once, with only the campaign under test loaded.
    case single
    /// The checkout built step by step through a session; the last quote must equal a one-shot quote.
    case journey(Journey)
    /// The checkout also carries codes of other campaigns of the file, loaded with it (indices into the
    /// profile's partners).
    case combination(partners: [Int])
  }

  /// The scenario's index among the campaign's scenarios.
  package var index: Int
  /// The checkout (for a journey: its final state).
  package var checkout: Checkout
  /// How it reaches checkout.
  package var shape: Shape
  /// What the generator aimed at, for reports: "boundary: minimum spend − 1", "random".
  package var aim: String

  /// Creates a scenario.
  ///
  /// - Parameters:
  ///   - index: The index.
  ///   - checkout: The checkout.
  ///   - shape: How it reaches checkout.
  ///   - aim: What the generator aimed at.
  package init(index: Int, checkout: Checkout, shape: Shape, aim: String) {
    self.index = index
    self.checkout = checkout
    self.shape = shape
    self.aim = aim
  }
}
