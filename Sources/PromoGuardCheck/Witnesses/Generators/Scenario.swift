package import PromoGuard

/// One generated test of a campaign: a checkout, and how it reaches checkout.
package struct Scenario: Sendable, Hashable {
  /// How the scenario reaches checkout.
  package enum Shape: Sendable, Hashable {
    /// The checkout quoted at once, with only the campaign under test loaded.
    case single
    /// The checkout built step by step through a session; the last quote must equal a one-shot quote.
    case journey(Journey)
    /// Other campaigns of the file are loaded with it, and the checkout carries the codes of those that have
    /// codes (partner indices: see `CampaignProfile.partnerCampaign(_:)`).
    case combination(partners: [Int])
  }

  /// The scenario's index among the campaign's scenarios.
  package var index: Int
  /// The checkout (for a journey: its final state).
  package var checkout: Checkout
  /// How it reaches checkout.
  package var shape: Shape
  /// The changes made to the baseline checkout, in order.
  package var tweaks: [ScenarioGenerator.Tweak]
  /// Whether it is one of the boundary scenarios (else random exploration).
  package var isBoundary: Bool
  /// Whether the basket was drawn at random.
  package var hasRandomBasket: Bool

  /// Creates a scenario.
  ///
  /// - Parameters:
  ///   - index: The index.
  ///   - checkout: The checkout.
  ///   - shape: How it reaches checkout.
  ///   - tweaks: The changes made to the baseline checkout.
  ///   - isBoundary: Whether it is a boundary scenario.
  ///   - hasRandomBasket: Whether the basket was drawn at random.
  package init(
    index: Int, checkout: Checkout, shape: Shape, tweaks: [ScenarioGenerator.Tweak] = [],
    isBoundary: Bool = false, hasRandomBasket: Bool = false
  ) {
    self.index = index
    self.checkout = checkout
    self.shape = shape
    self.tweaks = tweaks
    self.isBoundary = isBoundary
    self.hasRandomBasket = hasRandomBasket
  }

  /// What the generator aimed at, for people: "boundary: target subtotal 4999 minor units (promise)",
  /// "random: customer guest, random basket, journey: code entered before the items".
  package var aim: String {
    var parts = tweaks.map(\.aim)
    if hasRandomBasket { parts.append("random basket") }
    switch shape {
    case .single: break
    case .journey(let journey): parts.append("journey: \(journey.name)")
    case .combination: parts.append("with other campaigns' codes")
    }
    return (isBoundary ? "boundary: " : "random: ") + parts.joined(separator: ", ")
  }
}
