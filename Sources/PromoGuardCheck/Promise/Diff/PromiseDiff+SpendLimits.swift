import PromoGuard

extension PromiseDiff {
  /// The maximum spend, where conditions are measured, and which units an item cap takes.
  ///
  /// A maximum spend added or lowered refuses baskets the old promise accepted: a reduction. Measuring on the
  /// whole order counts at least what the target lines count, so moving the measure from the order to the
  /// target lines is a reduction when the new promise has a minimum (spend, quantity or tiers), and moving it
  /// to the order is a reduction when it has a maximum spend. The cheapest units instead of the most expensive
  /// is a reduction.
  mutating func compareSpendLimits(_ old: Rules, _ new: Rules) {
    switch (old.conditions.maxSubtotal, new.conditions.maxSubtotal) {
    case (nil, let maximum?):
      record(
        .reduction, .conditions, "maxSubtotal",
        "maximum spend of \(maximum.formatted) added")
    case (let maximum?, nil):
      record(
        .increase, .conditions, "maxSubtotal", "maximum spend of \(maximum.formatted) removed")
    case (let before?, let after?) where before != after:
      recordAmount(
        .conditions, "maxSubtotal", "maximum spend", before, after, higherIsBetter: true)
    default: break
    }
    let (before, after) = (old.conditions.scope, new.conditions.scope)
    if before != after, !(old.target.isEverything && new.target.isEverything) {
      var hasMinimum = new.conditions.minSubtotal != nil || (new.conditions.minQuantity ?? 0) > 0
      if case .tiers = new.benefit { hasMinimum = true }
      let hasMaximum = new.conditions.maxSubtotal != nil
      let narrowed = after == .target
      let measured = { (scope: ConditionScope) in
        scope == .order ? "the whole order" : "the offer's items"
      }
      let summary = "conditions now measured on \(measured(after)), not \(measured(before))"
      if (narrowed && hasMinimum) || (!narrowed && hasMaximum) {
        record(.reduction, .conditions, "scope", summary)
      } else if hasMinimum || hasMaximum {
        record(.increase, .conditions, "scope", summary)
      }
    }
    if old.maxItems != nil, new.maxItems != nil, old.maxItemsPick != new.maxItemsPick {
      let words = { (pick: ItemPick) in pick == .mostExpensive ? "most expensive" : "cheapest" }
      record(
        new.maxItemsPick == .cheapest ? .reduction : .increase, .maxItems, "pick",
        "item cap now takes the \(words(new.maxItemsPick)) items, not the \(words(old.maxItemsPick))"
      )
    }
  }
}
