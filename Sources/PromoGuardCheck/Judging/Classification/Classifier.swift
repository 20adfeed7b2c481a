package import PromoGuard

/// Compares what checkout did (a quote) with what the promise gives (a judgement) and names the problems, as the
/// finding kinds of `FindingKind`.
///
/// A difference of one minor unit is rounding, not a finding: `shortfall` and `leak` need two.
package enum Classifier {
  /// Findings of a scenario in which `campaign` is the only campaign loaded in the evaluated set.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - checkout: The checkout.
  ///   - quote: What checkout did.
  ///   - judgement: The campaign's `PromiseOracle` judgement of `checkout`.
  ///   - oracle: The campaign's promise oracle when the caller has it (else one is built when needed).
  /// - Returns: At most one finding: `shortfall`, `leak`, `rejectedEligible`, `silentFailure` or
  ///   `wrongReason`.
  package static func classify(
    campaign: Campaign, checkout: Checkout, quote: Quote, judgement: PromiseJudgement,
    oracle: PromiseOracle? = nil
  ) -> [ObservedFinding] {
    let given = discount(of: campaign.id, in: quote)
    let shown = judgement.presentation.map { ShownStatus($0, in: quote) }
    let refusal = shown?.firstRefusal
    // Only for a finding: `Campaign.promise` builds a value, and most scenarios show nothing.
    var code: String { codeLabel(campaign) }
    func finding(_ kind: FindingKind, _ summary: String) -> [ObservedFinding] {
      let oracle = oracle ?? PromiseOracle(campaign: campaign)
      return [
        ObservedFinding(
          kind: kind, summary: summary,
          promised: oracle.describe(judgement, checkout: checkout),
          actual: actual(given, refusal: refusal, currency: quote.currency), told: told(quote))
      ]
    }
    switch judgement {
    case .notPresented:
      guard given > 0 else { return [] }
      return finding(.leak, "checkout discounts a checkout that does not use this offer")
    case .refused(let reason, _):
      if given > 0 {
        return finding(.leak, "checkout gives a discount the terms refuse (\(reason))")
      }
      if isSilentAboutTheGift(campaign, reason: reason, refusal: refusal, quote: quote) {
        return finding(
          .silentFailure,
          "the basket qualifies for the gift, but checkout neither says which gift to add nor lists "
            + "it in the quote's gifts")
      }
      // An unknown code is not a reason about the offer: the audit reports the code itself.
      // A bare "refused" (an external checkout that cannot say why) cannot be judged for its reason.
      guard let refusal, refusal.status != reason, refusal.status != .unknownCode,
        refusal.status != .refused
      else { return [] }
      // A reason the mechanics give first is checkout doing what it was set up to do; where the set-up differs
      // from the terms, the audit reports the clause (termsDrift, leak). Only a reason neither gives is wrong.
      let mechanics = (oracle ?? PromiseOracle(campaign: campaign)).mechanicsOracle
      if mechanicsReason(of: mechanics, for: checkout) == refusal.status { return [] }
      return finding(
        .wrongReason,
        "checkout refuses \(code) with \(refusal.status), where the terms' reason is \(reason)")
    case .entitled(let promised, _):
      if given > 0 {
        // Both are at least 0, so neither difference overflows.
        if promised > given && promised - given > 1 {
          return finding(.shortfall, "checkout gives less than the terms promise")
        }
        if given > promised && given - promised > 1 {
          return finding(.leak, "checkout gives more than the terms promise")
        }
        return []
      }
      if let refusal {
        return finding(
          .rejectedEligible,
          "checkout refuses \(code) with \(refusal.status), a reason the terms do not state")
      }
      return finding(
        .silentFailure,
        "checkout applies nothing and shows no reason, where the terms promise a discount")
    }
  }

  /// The first reason the campaign's mechanics, read as a promise, give for refusing `checkout`, if any.
  static func mechanicsReason(of campaign: Campaign, for checkout: Checkout) -> CodeStatus? {
    mechanicsReason(of: PromiseOracle(campaign: campaign).mechanicsOracle, for: checkout)
  }

  /// The first reason `mechanics` (the oracle of a campaign's mechanics read as its promise,
  /// ``PromiseOracle/mechanicsOracle``) gives for refusing `checkout`, if any.
  static func mechanicsReason(of mechanics: PromiseOracle, for checkout: Checkout) -> CodeStatus? {
    if case .refused(let reason, _) = mechanics.judge(checkout) { return reason }
    return nil
  }

  /// The discount (lines and shipping) `quote` applied for `campaignID`, in minor units; 0 when not applied.
  static func discount(of campaignID: String, in quote: Quote) -> Int64 {
    guard let applied = quote.applied.first(where: { $0.campaignID.rawValue == campaignID }) else {
      return 0
    }
    return applied.discount.minorUnits &+ applied.shippingDiscount.minorUnits
  }

  /// The campaign's code as the promise writes it, for summaries that stay the same across scenarios.
  static func codeLabel(_ campaign: Campaign) -> String {
    campaign.promise.rules.activation.codes.first ?? campaign.mechanics.activation.codes.first
      ?? campaign.messages.lazy.compactMap(\.code).first ?? "its code"
  }

  /// What checkout did, in one line.
  static func actual(_ given: Int64, refusal: Quote.CodeResult?, currency: Currency) -> String {
    if given > 0 { return "applied \(Money(minorUnits: given, currency: currency).formatted)" }
    if let refusal { return "refused \(ShownStatus.name(of: refusal)): \(refusal.status)" }
    return "nothing, and no reason shown"
  }
}
