package import PromoGuard

/// Everything found about one campaign, and whether it passes.
package struct CampaignReport: Sendable, Hashable {
  /// The campaign's id.
  package var campaignID: String
  /// The campaign's name.
  package var campaignName: String
  /// The file it is in.
  package var file: String
  /// The findings, audit first, then harness, each in kind order.
  package var findings: [Finding]
  /// Finding kinds the campaign lists in `expectFindings` that were not found.
  package var missingExpected: [FindingKind]
  /// How many generated checkouts were run (0 for the audit alone).
  package var scenarios: Int
  /// Whether reach was tested, that is whether the campaign's file has a catalog.
  ///
  /// Without one, the audit could not check that a real basket can get the discount and generated baskets were
  /// made of invented products. Reports say so; it is not a finding.
  package var isReachTested: Bool

  /// Creates a report; marks the findings whose kind the campaign expects.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - file: Its file.
  ///   - findings: What was found.
  ///   - scenarios: How many generated checkouts were run.
  ///   - checkedKinds: The kinds the checks that ran can find; an expected kind among them that was not found
  ///     counts against the campaign (the fixture says a problem is there and the check no longer sees it).
  ///   - isReachTested: `false` when the campaign's file has no catalog.
  package init(
    campaign: Campaign, file: String, findings: [Finding], scenarios: Int,
    checkedKinds: Set<FindingKind>, isReachTested: Bool
  ) {
    let expected = Set(campaign.expectFindings.compactMap(FindingKind.init(rawValue:)))
    self.campaignID = campaign.id
    self.campaignName = campaign.name
    self.file = file
    self.findings = findings.map { finding in
      var marked = finding
      marked.isExpected = expected.contains(finding.kind)
      return marked
    }
    let found = Set(findings.map(\.kind))
    self.missingExpected = expected.intersection(checkedKinds).subtracting(found).sorted()
    self.scenarios = scenarios
    self.isReachTested = isReachTested
  }

  /// Whether nothing unexpected was found and everything expected was.
  package var passes: Bool {
    missingExpected.isEmpty && findings.allSatisfy(\.isExpected)
  }
}
