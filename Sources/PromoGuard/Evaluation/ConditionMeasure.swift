/// What a campaign's spend and quantity conditions (and tier thresholds) are measured against: the original
/// subtotal and units of its target lines, or of the whole basket when its conditions' scope is `order`.
struct ConditionMeasure {
  /// Σ original amount of the measured lines, in minor units.
  var subtotal: Int64
  /// Σ units of the measured lines.
  var quantity: Int64

  /// The measure of `scope` in one checkout.
  ///
  /// - Parameters:
  ///   - scope: Where the campaign's conditions are measured.
  ///   - targets: The campaign's target lines.
  ///   - basket: The checkout's amounts.
  init(_ scope: ConditionScope, targets: borrowing TargetLines, basket: borrowing BasketState) {
    switch scope {
    case .target:
      subtotal = targets.subtotal
      quantity = targets.quantity
    case .order:
      subtotal = basket.subtotal
      // Bounded by the checked line count and quantities: 10,000 × 10^6.
      quantity = basket.quantities.reduce(0, &+)
    }
  }

  /// The measured value a tier's threshold is compared with.
  ///
  /// - Parameter tier: A tier.
  /// - Returns: The subtotal in minor units, or the units.
  func value(for tier: Benefit.Tier) -> Int64 {
    tier.isByQuantity ? quantity : subtotal
  }

  /// The highest tier the measure reaches, if any.
  ///
  /// - Parameter tiers: Tiers in ascending order.
  /// - Returns: The tier, or `nil` when the lowest is not reached.
  func reachedTier(_ tiers: [Benefit.Tier]) -> Benefit.Tier? {
    tiers.last { $0.minimum <= value(for: $0) }
  }
}
