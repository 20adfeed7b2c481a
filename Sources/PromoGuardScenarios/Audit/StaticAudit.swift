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
  /// findings in kind order (DESIGN.md's list), and within a kind in the order the rules run: code hygiene,
  /// messages, terms against mechanics, the wording, then reach (only for a file with a catalog).
  ///
  /// - Parameter files: The decoded files, as loaded together.
  /// - Returns: The findings, each with its campaign id and file.
  /// - Complexity: O(*c*·*m* + *k*·*L*) for *c* campaigns, *m* messages each, *k* codes of at most *L*
  ///   characters, plus the automatic exclusive campaigns times the coded ones.
  package static func findings(files: [CampaignFile]) -> [Finding] {
    var campaigns = [AuditedCampaign]()
    var catalogs = [CatalogIndex?]()
    for file in files {
      let catalog = file.catalog.map(CatalogIndex.init)
      for campaign in file.campaigns {
        campaigns.append(
          AuditedCampaign(campaign: campaign, file: file.path, order: campaigns.count))
        catalogs.append(catalog)
      }
    }
    let hygiene = CodeHygieneAudit(campaigns: campaigns).findings()
    let messages = MessageAudit(campaigns: campaigns, codes: CodeDirectory(campaigns))
    var findings = [Finding]()
    for audited in campaigns {
      let found =
        (hygiene[audited.order] ?? []) + messages.findings(for: audited)
        + TermsMechanicsAudit(audited: audited).findings()
        + TermsTextAudit(audited: audited).findings()
        + (catalogs[audited.order].map { ReachAudit(audited: audited, catalog: $0).findings() }
          ?? [])
      findings += found.enumerated().sorted { left, right in
        left.element.kind != right.element.kind
          ? left.element.kind < right.element.kind : left.offset < right.offset
      }.map(\.element)
    }
    return findings
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
