import Foundation
package import PromoGuard

/// The static audit: every finding the campaign files alone show, before any checkout exists.
///
/// Messages (the email-to-code mapping), terms against mechanics, the published wording against the structured
/// terms, code hygiene across everything loaded, and reach (whether a basket of the file's catalog can get the
/// discount at all). `promoguard lint` prints these; `promoguard check` joins them to the harness's findings.
package enum StaticAudit {
  /// The kinds the static audit can find, for `CampaignReport`'s `checkedKinds`.
  package static let checkedKinds: Set<FindingKind> = [
    .unreachable, .messageMismatch, .termsDrift, .leak,
  ]

  /// Every static finding of every campaign across all the loaded files.
  ///
  /// Findings come campaign by campaign in load order (file order, then order in the file); a campaign's
  /// findings in kind order (`FindingKind`'s order), and within a kind in the order the rules run: code hygiene,
  /// guessable pool codes, messages, terms against mechanics (then the exclusive campaigns of the file that take the campaign's
  /// discount away), the wording, then reach (only for a file with a catalog).
  ///
  /// A message finding or a finding of terms against mechanics stands only with a witness: a checkout, found
  /// by ``WitnessSearch`` among the campaign's boundary and random scenarios, on which a customer gets less (or,
  /// for a leak, more) than promised. It is the finding's `example`; without one, nothing is reported.
  ///
  /// - Parameters:
  ///   - files: The decoded files, as loaded together.
  ///   - showRecipients: Whether findings over recipient lists name recipients in full
  ///     (`--show-recipients`); masked by default (``PersonalData``).
  /// - Returns: The findings, each with its campaign id and file.
  /// - Complexity: O(*c*·*m* + *k*·*L*) for *c* campaigns, *m* messages each, *k* codes of at most *L*
  ///   characters, plus the automatic exclusive campaigns times the coded ones; plus, per claimed finding, a
  ///   bounded witness search (boundary scenarios, 300 random ones, at most 64 shrinking steps).
  package static func findings(files: [CampaignFile], showRecipients: Bool = false) -> [Finding] {
    var campaigns = [AuditedCampaign]()
    // Where each audited campaign is: its file's index and its index in the file.
    var places = [(file: Int, position: Int)]()
    var catalogs = [CatalogIndex?]()
    for (fileIndex, file) in files.enumerated() {
      let catalog = file.catalog.map(CatalogIndex.init)
      for (position, campaign) in file.campaigns.enumerated() {
        campaigns.append(
          AuditedCampaign(campaign: campaign, file: file.path, order: campaigns.count))
        places.append((fileIndex, position))
        catalogs.append(catalog)
      }
    }
    let contexts = files.map(CampaignFileContext.init(file:))
    let hygiene = CodeHygieneAudit(campaigns: campaigns).findings()
    let directory = CodeDirectory(campaigns)
    let messages = MessageAudit(campaigns: campaigns, codes: directory)
    let lists = RecipientListAudit(
      campaigns: campaigns, codes: directory, showRecipients: showRecipients)
    // Campaigns are audited independently: their witness searches run on every core, in load order.
    let threads = ProcessInfo.processInfo.activeProcessorCount
    let placed = places
    let catalogIndexes = catalogs
    let perCampaign = ParallelMap.map(campaigns, threads: threads) { audited -> [Finding] in
      let place = placed[audited.order]
      var witnesses = WitnessedClaims(
        context: contexts[place.file], position: place.position, file: files[place.file])
      let claims = messages.claims(for: audited) + TermsMechanicsAudit(audited: audited).claims()
      let found =
        (hygiene[audited.order] ?? [])
        + PoolGuessabilityAudit.findings(
          audited, context: contexts[place.file], position: place.position, file: files[place.file])
        + witnesses.findings(claims)
        + witnesses.lossToExclusivePartners(audited)
        + lists.findings(for: audited, witnesses: &witnesses)
        + TermsTextAudit(audited: audited).findings()
        + (catalogIndexes[audited.order].map {
          ReachAudit(audited: audited, catalog: $0).findings()
        } ?? [])
      let ordered = found.enumerated().sorted { left, right in
        left.element.kind != right.element.kind
          ? left.element.kind < right.element.kind : left.offset < right.offset
      }.map(\.element)
      // Customer ids from recipient lists and bound pools are personal data: masked unless asked for.
      return showRecipients || !audited.campaign.carriesPersonalData
        ? ordered : ordered.map(\.withCustomerMasked)
    }
    return perCampaign.flatMap { $0 }
  }

  /// The audit's report for each campaign, in load order.
  ///
  /// - Parameters:
  ///   - files: The decoded files.
  ///   - findings: The findings of ``findings(files:)``.
  /// - Returns: One report per campaign, marking expected findings and the expected kinds not found.
  package static func reports(files: [CampaignFile], findings: [Finding]) -> [CampaignReport] {
    var byCampaign = [String: [Finding]]()
    for finding in findings { byCampaign[finding.campaignID, default: []].append(finding) }
    return files.flatMap { file in
      file.campaigns.map { campaign in
        CampaignReport(
          campaign: campaign, file: file.path, findings: byCampaign[campaign.id] ?? [],
          scenarios: 0, checkedKinds: checkedKinds, catalog: WitnessCatalog(file.catalog))
      }
    }
  }
}
