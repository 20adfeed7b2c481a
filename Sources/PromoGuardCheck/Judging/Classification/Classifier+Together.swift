package import PromoGuard

extension Classifier {
  /// Findings of a scenario in which several campaigns, all loaded in the evaluated set, are presented together.
  ///
  /// The promise is judged as a whole, for the campaign under test (`campaigns[0]`; each partner is checked in
  /// its own runs): the customer must get at least the best single promise (`shortfall`, when the campaign
  /// under test has it); a campaign whose terms say it combines must not be refused as `notCombinable`
  /// (`rejectedEligible`) nor, when automatic, dropped silently by an exclusive winner (`silentFailure`); a
  /// campaign without terms must not be refused as `notCombinable` when every campaign applied combines; no
  /// campaign may be refused for another reason while entitled (`rejectedEligible`; nothing left after the
  /// campaigns before it is no refusal); no campaign may give what its promise does not
  /// (`leak`). Stacking lowers the base of later campaigns, so there is no other per-campaign shortfall here.
  ///
  /// - Parameters:
  ///   - campaigns: The campaigns presented together.
  ///   - checkout: The checkout.
  ///   - quote: What checkout did.
  ///   - judgements: `judgements[i]` is `campaigns[i]`'s `PromiseOracle` judgement.
  /// - Returns: The findings.
  package static func classifyTogether(
    campaigns: [Campaign], checkout: Checkout, quote: Quote, judgements: [PromiseJudgement]
  ) -> [ObservedFinding] {
    var findings = [ObservedFinding]()
    let pairs = Array(zip(campaigns, judgements))
    let total = quote.applied.reduce(Int64(0)) {
      $0 &+ $1.discount.minorUnits &+ $1.shippingDiscount.minorUnits
    }
    let best = pairs.map { $0.1.entitledAmount }.max() ?? 0
    let currency = quote.currency
    func money(_ minorUnits: Int64) -> String {
      Money(minorUnits: minorUnits, currency: currency).formatted
    }
    let exclusive = Set(campaigns.filter(\.mechanics.stacking.exclusive).map(\.id))
    // Findings name the campaign under test (the first): each partner is checked in its own runs.
    for (campaign, judgement) in pairs.prefix(1) {
      let given = discount(of: campaign.id, in: quote)
      // Built only for a finding: most scenarios show none.
      func promised() -> String {
        PromiseOracle(campaign: campaign).describe(judgement, checkout: checkout)
      }
      var code: String { codeLabel(campaign) }
      guard case .entitled(let amount, let presentation) = judgement else {
        if given > 0 {
          findings.append(
            ObservedFinding(
              kind: .leak,
              summary: "checkout gives \(campaign.id) a discount its terms do not promise",
              promised: promised(), actual: "applied \(money(given))"))
        }
        continue
      }
      if given > amount && given - amount > 1 {
        findings.append(
          ObservedFinding(
            kind: .leak, summary: "checkout gives \(campaign.id) more than its terms promise",
            promised: promised(), actual: "applied \(money(given))"))
      }
      guard given == 0 else { continue }
      guard let refusal = ShownStatus(presentation, in: quote).firstRefusal else {
        // An automatic campaign that an exclusive winner drops shows no status at all; its terms said it
        // combines, so the customer silently loses it.
        if campaign.terms?.combinable == true, presentation.isAutomatic,
          quote.applied.contains(where: { exclusive.contains($0.campaignID.rawValue) })
        {
          findings.append(
            ObservedFinding(
              kind: .silentFailure,
              summary: "checkout drops \(campaign.id) without a reason when an exclusive offer "
                + "applies, although its terms say it combines",
              promised: promised(), actual: "nothing, and no reason shown"))
        }
        continue
      }
      let actual = actual(0, refusal: refusal, currency: currency)
      // Stacking lowers the base of later campaigns: nothing left after the others is no refusal.
      if refusal.status == .nothingToDiscount && !quote.applied.isEmpty { continue }
      if refusal.status == .notCombinable {
        let promises = Dictionary(
          campaigns.map { ($0.id, $0.promise.combinable) }, uniquingKeysWith: { first, _ in first })
        let winners = quote.applied.map(\.campaignID.rawValue).filter { $0 != campaign.id }
        // Terms that say the campaign combines (by default or with `combinable: true`) promise it with any
        // other offer: an exclusive winner takes away what was promised. Without terms the promise is the
        // mechanics, which lose to an exclusive winner unless every offer applied combines.
        if campaign.terms?.combinable == true {
          findings.append(
            ObservedFinding(
              kind: .rejectedEligible,
              summary:
                "checkout refuses \(code) as notCombinable although its terms say it combines "
                + "with other offers",
              promised: promised(), actual: actual))
          continue
        }
        let everyoneCombines =
          campaign.promise.combinable && winners.allSatisfy { promises[$0] == true }
        guard everyoneCombines else { continue }
        findings.append(
          ObservedFinding(
            kind: .rejectedEligible,
            summary: "checkout refuses \(code) as notCombinable although the terms of every offer "
              + "applied say they combine",
            promised: promised(), actual: actual))
      } else {
        findings.append(
          ObservedFinding(
            kind: .rejectedEligible,
            summary:
              "checkout refuses \(code) with \(refusal.status), a reason the terms do not state",
            promised: promised(), actual: actual))
      }
    }
    // The customer must get at least the best single promise; when the campaign under test was refused
    // outright, the refusal above is the finding.
    if let first = pairs.first, case .entitled(let promised, _) = first.1, promised == best,
      total < best - 1, !findings.contains(where: { $0.kind == .rejectedEligible })
    {
      findings.append(
        ObservedFinding(
          kind: .shortfall,
          summary:
            "together with other offers, checkout gives less than the best single offer promised",
          promised: "at least the best single offer: \(money(best))",
          actual: "\(money(total)) in all"))
    }
    // Built only for a finding: most scenarios show none.
    guard !findings.isEmpty else { return findings }
    let said = told(quote)
    for index in findings.indices where findings[index].told == nil { findings[index].told = said }
    return findings
  }
}
