package import PromoGuard

/// Everything found about one campaign, and whether it passes, fails or was not tested enough to know.
package struct CampaignReport: Sendable, Hashable {
  /// A campaign's verdict.
  package enum Outcome: String, Sendable, Hashable {
    /// Everything found was expected, everything expected was found, and every boundary scenario ran.
    case pass
    /// Something unexpected was found, or something expected was not (and the checks that find it ran).
    case fail
    /// Nothing failed, but fewer scenarios ran than the campaign's boundary set: not tested enough to pass.
    case untested
  }

  /// The campaign's id.
  package var campaignID: String
  /// The campaign's name.
  package var campaignName: String
  /// The file it is in.
  package var file: String
  /// The findings, audit first, then harness, each in kind order.
  package var findings: [Finding]
  /// Finding kinds the campaign lists in `expectFindings` that were not found although the checks that find
  /// them ran in full.
  package var missingExpected: [FindingKind]
  /// Finding kinds the campaign lists in `expectFindings` that were not found, and that only generated
  /// checkouts can find, in a campaign that was not tested enough to know whether they are still there.
  package var unconfirmedExpected: [FindingKind]
  /// How many generated checkouts were run (0 for the audit alone).
  package var scenarios: Int
  /// Whether reach was tested, that is whether the campaign's file has a catalog.
  ///
  /// Without one, the audit could not check that a real basket can get the discount and generated baskets were
  /// made of invented products. Reports say so; it is not a finding.
  package var isReachTested: Bool { catalog != .absent }
  /// How many boundary scenarios the campaign has: fewer scenarios than this leaves it untested (0 for the
  /// audit alone).
  package var boundaryScenarios: Int
  /// How many of the boundary scenarios ran.
  package var boundaryScenariosRun: Int
  /// Wall-clock time spent on the campaign's scenarios and shrinking (summed over its batches).
  package var duration: Duration
  /// The campaign's time zone, for the moments of its examples.
  package var zone: Zone
  /// What is known of the file's catalog, for the lines of its examples.
  package var catalog: WitnessCatalog

  /// Creates a report; marks the findings whose kind the campaign expects.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - file: Its file.
  ///   - findings: What was found.
  ///   - scenarios: How many generated checkouts were run.
  ///   - checkedKinds: The kinds the checks that ran can find; an expected kind among them that was not found
  ///     counts against the campaign (the fixture says a problem is there and the check no longer sees it).
  ///   - boundaryScenarios: How many boundary scenarios the campaign has (0 for the audit alone).
  ///   - boundaryScenariosRun: How many of them ran; `nil` when the first `scenarios` scenarios ran (boundaries
  ///     come first).
  ///   - scenarioKinds: The kinds generated checkouts find; when not every boundary scenario ran, an
  ///     expected kind among them that was not found is unconfirmed, not missing.
  ///   - duration: Time spent on the campaign.
  ///   - catalog: What is known of the file's catalog.
  package init(
    campaign: Campaign, file: String, findings: [Finding], scenarios: Int,
    checkedKinds: Set<FindingKind>, boundaryScenarios: Int = 0, boundaryScenariosRun: Int? = nil,
    scenarioKinds: Set<FindingKind> = [], duration: Duration = .zero,
    catalog: WitnessCatalog = .unknown
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
    let missing = expected.intersection(checkedKinds).subtracting(found)
    let boundariesRun = boundaryScenariosRun ?? min(scenarios, boundaryScenarios)
    let unconfirmed = boundariesRun < boundaryScenarios ? missing.intersection(scenarioKinds) : []
    self.missingExpected = missing.subtracting(unconfirmed).sorted()
    self.unconfirmedExpected = unconfirmed.sorted()
    self.scenarios = scenarios
    self.boundaryScenarios = boundaryScenarios
    self.boundaryScenariosRun = boundariesRun
    self.duration = duration
    self.zone = campaign.mechanics.zone
    self.catalog = catalog
  }

  /// Whether some of the campaign's boundary scenarios did not run.
  package var isUntested: Bool { boundaryScenariosRun < boundaryScenarios }

  /// `fail` when something unexpected was found or something expected is missing, else `untested` when
  /// fewer scenarios ran than the boundary set, else `pass`.
  package var outcome: Outcome {
    if !missingExpected.isEmpty || !findings.allSatisfy(\.isExpected) { return .fail }
    return isUntested ? .untested : .pass
  }

  /// Whether the campaign passes: nothing unexpected found, everything expected found, every boundary
  /// scenario run.
  package var passes: Bool { outcome == .pass }

  /// Whether two reports say the same: everything but ``duration``, which varies from run to run.
  ///
  /// - Parameters:
  ///   - lhs: A report.
  ///   - rhs: Another report.
  /// - Returns: `true` when they say the same.
  package static func == (lhs: CampaignReport, rhs: CampaignReport) -> Bool {
    lhs.campaignID == rhs.campaignID && lhs.campaignName == rhs.campaignName && lhs.file == rhs.file
      && lhs.findings == rhs.findings && lhs.missingExpected == rhs.missingExpected
      && lhs.unconfirmedExpected == rhs.unconfirmedExpected && lhs.scenarios == rhs.scenarios
      && lhs.boundaryScenarios == rhs.boundaryScenarios
      && lhs.boundaryScenariosRun == rhs.boundaryScenariosRun && lhs.zone == rhs.zone
      && lhs.catalog == rhs.catalog
  }

  /// Hashes what ``==`` compares.
  ///
  /// - Parameter hasher: The hasher.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(campaignID)
    hasher.combine(file)
    hasher.combine(findings)
    hasher.combine(scenarios)
    hasher.combine(boundaryScenariosRun)
  }
}
