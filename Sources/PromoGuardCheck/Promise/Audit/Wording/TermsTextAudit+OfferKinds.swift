import PromoGuard

extension TermsTextAudit {
  /// The disagreement of a free-shipping, budget or gift phrase with the structured terms.
  ///
  /// `nil` when they agree. Only what the wording states is compared: silence is never a finding.
  static func kindSummary(_ fact: WordingFact, terms: Terms) -> String? {
    let rules = terms.rules
    switch fact {
    case .freeShipping(let phrase):
      if case .percentOff(let percent)? = rules.benefit.shippingReward, percent == .hundred {
        return nil
      }
      return "the published wording says \"\(phrase)\" (terms.text), but the structured terms "
        + "give no free shipping (terms.benefit)"
    case .budget(let phrase):
      guard rules.limits.budget == nil else { return nil }
      return "the published wording says \"\(phrase)\" (terms.text), but the structured terms set "
        + "no promotion budget (terms.limits.budget)"
    case .gift(let phrase):
      if case .gift = rules.benefit { return nil }
      return "the published wording says \"\(phrase)\" (terms.text), but the structured terms give "
        + "no gift with purchase (terms.benefit)"
    default:
      return nil
    }
  }
}
