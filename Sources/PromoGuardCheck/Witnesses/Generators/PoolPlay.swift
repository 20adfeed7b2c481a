package import PromoGuard

/// What one recipient of a pool campaign does at checkout, played by the harness: their code (typed as they
/// type it), who they are, when, and whether the code was used before.
///
/// ```swift
/// PoolPlay(typed: "welcome 7f3k q2zd", customer: recipient, at: lastValidSecond, used: false,
///          story: "own code at the last valid second")
/// ```
package struct PoolPlay: Sendable, Hashable {
  /// The code as typed.
  package var typed: String
  /// The customer at checkout, `nil` for a guest.
  package var customer: Checkout.Customer?
  /// When.
  package var at: Instant
  /// Whether the code was redeemed before (a second use).
  package var used: Bool
  /// What the play is, for reports ("a second use of a single-use code").
  package var story: String

  /// Creates a play.
  package init(
    typed: String, customer: Checkout.Customer?, at: Instant, used: Bool, story: String
  ) {
    self.typed = typed
    self.customer = customer
    self.at = at
    self.used = used
    self.story = story
  }
}

extension PoolPlay {
  /// Plays this on `checkout`: the code typed, the customer, the time, and the code marked used before.
  ///
  /// - Parameter checkout: The baseline checkout.
  package func apply(to checkout: inout Checkout) {
    checkout.codes = [typed]
    checkout.link = nil
    checkout.customer = customer
    checkout.at = at
    if used { Self.markUsed(typed, in: &checkout) }
  }

  /// Records in `checkout` that `code` was redeemed before (`usedCodes`, what a backend fills from its
  /// ledger).
  static func markUsed(_ code: String, in checkout: inout Checkout) {
    if !checkout.usedCodes.contains(code) { checkout.usedCodes.append(code) }
  }

  /// The codes `checkout` says were redeemed before.
  static func usedCodes(of checkout: Checkout) -> [String] { checkout.usedCodes }
}
