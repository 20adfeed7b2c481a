import PromoGuard

/// Issue 11's mistakes: a budget the terms do not state, free shipping promised but not given, a gift promised
/// but not given.
extension MutationOperator {
  /// The operators of the new kinds.
  static let kinds: [MutationOperator] = [
    MutationOperator(
      name: "budget-added",
      mistake: .mechanicsVersusTerms,
      story: "the mechanics stop at a promotion budget the terms do not state",
      acceptableKinds: [.termsDrift, .rejectedEligible, .shortfall]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign["terms"] != nil, campaign.value(at: ["limits", "budget"]) == nil,
        campaign.value(at: ["terms", "limits", "budget"]) == nil
      else { return false }
      // 1,000.00 in the campaign's currency (100,000 minor units of a 2-decimal currency; ¥100,000).
      let budget = MoneyText.amount(minorUnits: 100_000, currency: campaign.currencyCode)
      campaign.set(["limits", "budget"], to: .string(budget))
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "free-shipping-not-given",
      mistake: .mechanicsVersusTerms,
      story:
        "the terms promise \"and free shipping\" with the line discount; checkout gives the line "
        + "discount only",
      acceptableKinds: [.termsDrift, .shortfall]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard let terms = campaign["terms"], let benefit = terms["benefit"] ?? campaign["benefit"],
        let object = benefit.object, object["shipping"] == nil, object["gift"] == nil
      else { return false }
      campaign.set(
        ["terms", "benefit"],
        to: .array([benefit, .object(["shipping": .object(["percentOff": .integer(100)])])]))
      document.campaigns[index] = campaign
      return true
    },
  ]
}
