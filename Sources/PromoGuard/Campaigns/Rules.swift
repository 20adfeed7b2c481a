/// The mechanics vocabulary: everything that decides whether and how much a campaign discounts.
///
/// A campaign's mechanics (what checkout is configured to do) and its terms (what was promised) are both `Rules`,
/// so the engine evaluates the one and the promise oracle the other with the same meaning.
package struct Rules: Sendable, Hashable {
  // The stored properties are declared in this order, not the order of the file format, so that the one-byte
  // and four-byte fields fill the padding after `window` (a loaded campaign keeps one `Rules`: 16 bytes less).
  /// The zone in which times without an offset were written.
  package var zone: Zone
  /// Codes or automatic.
  package var activation: Activation
  /// Who may use it; `nil` means anyone, signed in or not.
  package var audience: Audience?
  /// Where it may be used (`web`, `app`, `phone`, `store`, ...); `nil` means everywhere.
  package var channels: [String]?
  /// The lines it discounts and measures conditions on.
  package var target: Target
  /// When the campaign runs.
  package var window: Window
  /// How entered codes are compared with the codes.
  package var codeMatching: CodeMatching
  /// Which units `maxItems` takes: the cheapest (default) or the most expensive.
  package var maxItemsPick: ItemPick
  /// How the exact discount is rounded to minor units.
  package var rounding: RoundingRule
  /// The currency of every amount; a checkout in another currency is `wrongCurrency`.
  package var currency: Currency
  /// Minimum spend, quantity and first order.
  package var conditions: Conditions
  /// What it gives.
  package var benefit: Benefit
  /// At most this many target units priced above zero are discounted, chosen by `maxItemsPick`.
  package var maxItems: Int64?
  /// A cap on its discount.
  package var maxDiscount: Money?
  /// Redemption limits.
  package var limits: Limits
  /// Exclusivity and priority.
  package var stacking: Stacking

  /// Creates rules; every restriction defaults to none.
  package init(
    currency: Currency, zone: Zone = .utc, window: Window = .always,
    activation: Activation = .automatic, codeMatching: CodeMatching = .relaxed,
    audience: Audience? = nil, channels: [String]? = nil, conditions: Conditions = .none,
    target: Target = .everything, benefit: Benefit, maxDiscount: Money? = nil,
    maxItems: Int64? = nil, maxItemsPick: ItemPick = .cheapest,
    limits: Limits = .none, stacking: Stacking = .default, rounding: RoundingRule = .halfUp
  ) {
    self.currency = currency
    self.zone = zone
    self.window = window
    self.activation = activation
    self.codeMatching = codeMatching
    self.audience = audience
    self.channels = channels
    self.conditions = conditions
    self.target = target
    self.benefit = benefit
    self.maxDiscount = maxDiscount
    self.maxItems = maxItems
    self.maxItemsPick = maxItemsPick
    self.limits = limits
    self.stacking = stacking
    self.rounding = rounding
  }

  /// Whether a checkout without a signed-in customer is refused (`customerRequired`).
  package var requiresCustomer: Bool {
    audience != nil || limits.perCustomer != nil || conditions.firstOrder
  }
}
