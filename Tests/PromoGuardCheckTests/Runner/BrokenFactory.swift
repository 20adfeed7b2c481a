import PromoGuard

@testable import PromoGuardCheck

/// A factory of the engine with a fault added to every quote.
struct BrokenFactory: CheckoutEvaluatorFactory {
  var fault: Fault

  /// The faults a broken checkout can have.
  enum Fault: Sendable {
    /// Says `expired` whenever the engine says `conditionsNotMet`.
    case expiredForConditions
    /// In a journey, forgets every code that was refused when it was entered.
    case dropsCodesRefusedEarlier
    /// Adds one minor unit to the first line's discount, so line discounts no longer sum to the total.
    case linesDoNotSum
    /// Applies nothing and shows no code at all.
    case silent
    /// Throws on every checkout with codes.
    case throwsOnCodes
  }

  func evaluator(for campaigns: [Campaign]) throws -> any CheckoutEvaluator {
    let file = CampaignFile(path: "<broken>", campaigns: campaigns, catalog: nil)
    return BrokenEvaluator(
      engine: EngineEvaluator(campaigns: try CampaignSet(files: [file])), fault: fault)
  }
}
