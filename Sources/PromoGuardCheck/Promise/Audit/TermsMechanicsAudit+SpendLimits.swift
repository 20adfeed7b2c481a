import PromoGuard

extension TermsMechanicsAudit {
  /// The maximum spend and where conditions are measured.
  ///
  /// A lower `maxSubtotal` (or one the terms do not state) refuses baskets the terms accept: stricter. Measuring
  /// on the whole order gives a subtotal and a quantity at least those of the target lines, so moving the
  /// measure from the order to the target lines is stricter for a minimum (spend, quantity, tier) and more
  /// generous for a maximum; with every line a target both measures agree and nothing is reported.
  func spendLimits(
    _ promised: Rules, sameCurrency: Bool, drift: (String, String) -> Void,
    leak: (String, String) -> Void
  ) {
    let mechanics = audited.campaign.mechanics
    bound(
      "conditions.maxSubtotal",
      sameCurrency ? mechanics.conditions.maxSubtotal.map(\.minorUnits) : nil,
      sameCurrency ? promised.conditions.maxSubtotal.map(\.minorUnits) : nil,
      higherIsStricter: false,
      present: {
        "hold only for orders up to \(Money(minorUnits: $0, currency: promised.currency).formatted)"
      },
      absent: "have no maximum spend", drift: drift, leak: leak)
    let (actual, promise) = (mechanics.conditions.scope, promised.conditions.scope)
    guard actual != promise, !(mechanics.target.isEverything && promised.target.isEverything) else {
      return
    }
    let key = "conditions.scope"
    var hasMinimum = mechanics.conditions.minSubtotal != nil
    hasMinimum = hasMinimum || (mechanics.conditions.minQuantity ?? 0) > 0
    if case .tiers = mechanics.benefit { hasMinimum = true }
    let hasMaximum = mechanics.conditions.maxSubtotal != nil
    let measures = { (scope: ConditionScope) in
      scope == .order ? "on the whole order" : "on the offer's items only"
    }
    let summary =
      "the mechanics measure the conditions \(measures(actual)) (conditions.scope) while the terms "
      + "measure them \(measures(promise)) (terms.conditions.scope)"
    if hasMinimum {
      if actual == .target {
        drift(key, summary + ": a basket that reaches the minimum only with other items is refused")
      } else {
        leak(key, summary + ": other items count towards the minimum, which the terms do not allow")
      }
    }
    if hasMaximum {
      if actual == .order {
        drift(key, summary + ": other items count towards the maximum spend and refuse the offer")
      } else {
        leak(key, summary + ": other items do not count towards the maximum spend")
      }
    }
  }

  /// Which units a `maxItems` cap takes, when both cap the same number of units: the most expensive units give
  /// at least what the cheapest give, so cheapest against a promised most-expensive is stricter.
  func itemPick(
    _ promised: Rules, drift: (String, String) -> Void, leak: (String, String) -> Void
  ) {
    let mechanics = audited.campaign.mechanics
    guard let count = mechanics.maxItems, count == promised.maxItems,
      mechanics.maxItemsPick != promised.maxItemsPick
    else { return }
    // A percentage or an amount off each unit of the most expensive units is never less than of the cheapest.
    let summary =
      "the mechanics discount the \(pickWords(mechanics.maxItemsPick)) \(AuditPhrases.plural(count, "item", "items")) "
      + "(maxItems.pick) while the terms promise the \(pickWords(promised.maxItemsPick)) "
      + "(terms.maxItems.pick)"
    if mechanics.maxItemsPick == .cheapest {
      drift("maxItems", summary)
    } else {
      leak("maxItems", summary)
    }
  }

  private func pickWords(_ pick: ItemPick) -> String {
    pick == .mostExpensive ? "most expensive" : "cheapest"
  }
}
