import PromoGuard

/// Turns one campaign's static claims into findings: each claim that needs a witness is kept only with one,
/// which becomes its `example`.
///
/// The witness search is prepared on first use, so a campaign without claims costs nothing.
struct WitnessedClaims {
  /// The file's shared context.
  let context: CampaignFileContext
  /// The campaign's index in its file.
  let position: Int
  /// The file.
  let file: CampaignFile
  /// The search, once a claim needed it.
  private var search: WitnessSearch?

  /// Prepares the claims of one campaign.
  ///
  /// - Parameters:
  ///   - context: The file's shared context.
  ///   - position: The campaign's index in its file.
  ///   - file: The file.
  init(context: CampaignFileContext, position: Int, file: CampaignFile) {
    self.context = context
    self.position = position
    self.file = file
  }

  /// The search, prepared on first use.
  private mutating func prepared() -> WitnessSearch {
    if let search { return search }
    let made = WitnessSearch(context: context, position: position, file: file)
    search = made
    return made
  }

  /// The witness of a mapping finding: a recipient whose code checkout refuses (``WitnessSearch``).
  ///
  /// - Parameter recipient: The recipient's checkout.
  /// - Returns: The witness, or `nil` when the engine shows none.
  mutating func witness(for recipient: RecipientCheckout) -> FindingExample? {
    var search = prepared()
    let example = search.witness(for: recipient)
    self.search = search
    return example
  }

  /// The claims that stand: those that need no witness, and those with one (as their example).
  ///
  /// - Parameter claims: The claims, in rule order.
  /// - Returns: The findings, in the same order.
  mutating func findings(_ claims: [StaticClaim]) -> [Finding] {
    var findings = [Finding]()
    for claim in claims {
      guard let request = claim.witness else {
        findings.append(claim.finding)
        continue
      }
      var search = prepared()
      let example = search.witness(for: request)
      self.search = search
      guard let example else { continue }
      var finding = claim.finding
      finding.example = example
      findings.append(finding)
    }
    return findings
  }

  /// The finding that an exclusive campaign of the same file takes this campaign's discount away although its
  /// terms say it combines (by default or with `combinable: true`), with the basket that shows it.
  ///
  /// Only campaigns with terms promise anything about combining; a campaign that is itself exclusive is the
  /// `stacking` finding of the terms against the mechanics instead.
  ///
  /// - Parameter audited: The campaign.
  /// - Returns: One `termsDrift` finding, or none.
  mutating func lossToExclusivePartners(_ audited: AuditedCampaign) -> [Finding] {
    let campaign = audited.campaign
    guard let terms = campaign.terms, terms.combinable, !campaign.mechanics.stacking.exclusive,
      context.hasExclusiveCampaign(otherThan: campaign.id)
    else { return [] }
    var search = prepared()
    let found = search.lossToExclusivePartner()
    self.search = search
    guard let found else { return [] }
    let says =
      terms.stated.contains(.combinable)
      ? "the terms say it combines with other offers (terms.combinable)"
      : "the terms do not say it is exclusive, so it combines with other offers (terms.combinable)"
    var finding = audited.finding(
      .termsDrift, at: "terms.combinable",
      "the exclusive campaign \"\(found.partner.id)\" (\(found.partner.name)) takes this campaign's "
        + "discount away when both apply (its stacking.exclusive), while \(says)")
    finding.example = found.example
    return [finding]
  }
}
