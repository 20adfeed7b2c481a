import PromoGuard

/// The facts of a code pool that a promise states: single use, the per-recipient window, and whether codes are
/// issued to one customer each.
///
/// Read from the published terms (`terms.activation.pool`, the pool's own options when the terms do not restate
/// them) and compared with the mechanics' pool, with the wording, and with what checkout does.
///
/// ```swift
/// PoolPromise(singleUse: true, validFor: PromiseDuration(days: 14), isBound: false)
/// // "Use the code sent to you. One use per code. Valid for 14 days from the email."
/// ```
package struct PoolPromise: Sendable, Hashable {
  /// Each code redeems once, across all customers.
  package var singleUse: Bool
  /// How long a recipient's code works after it was sent, or `nil` for the campaign's whole period.
  package var validFor: PromiseDuration?
  /// Whether codes are issued to one customer each (the pool has a `customer` column).
  package var isBound: Bool

  /// Creates the facts.
  package init(singleUse: Bool, validFor: PromiseDuration?, isBound: Bool) {
    self.singleUse = singleUse
    self.validFor = validFor
    self.isBound = isBound
  }
}
