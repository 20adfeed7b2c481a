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

  /// Creates a report; marks the findings whose kind the campaign expects.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - file: Its file.
  ///   - findings: What was found.
  ///   - scenarios: How many generated checkouts were run.
  ///   - checkedKinds: The kinds the checks that ran can find; an expected kind among them that was not found
  ///     counts against the campaign (the fixture says a problem is there and the check no longer sees it).
  package init(
    campaign: Campaign, file: String, findings: [Finding], scenarios: Int,
    checkedKinds: Set<FindingKind>
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
  }

  /// Whether nothing unexpected was found and everything expected was.
  package var passes: Bool {
    missingExpected.isEmpty && findings.allSatisfy(\.isExpected)
  }
}
