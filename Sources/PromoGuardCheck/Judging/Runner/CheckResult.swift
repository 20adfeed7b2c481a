/// The outcome of a `check` run: one report per campaign checked, in file then id order.
package struct CheckResult: Sendable {
  /// The reports, sorted by file, then campaign id.
  package var reports: [CampaignReport]
  /// The seed of the run.
  package var seed: UInt64
  /// Scenarios per campaign asked for.
  package var scenariosPerCampaign: Int
  /// The shard checked, if any.
  package var shard: Shard?
  /// Whether the time limit stopped generation before every scenario ran.
  package var stoppedByTimeLimit: Bool
  /// How long the run took.
  package var duration: Duration
  /// How the person ran the tool, for reproduce commands; `nil` prints `promoguard check FILE …`.
  package var invocation: Invocation?
  /// The external checkout under test (`--evaluator`), or `nil` for PromoGuard's engine.
  package var externalCheckout: ExternalCheckoutSummary? = nil
  /// The moment every scenario was moved to (`--at`), or `nil`.
  package var fixedMoment: FixedMoment? = nil

  /// Creates a result.
  ///
  /// - Parameters:
  ///   - reports: The reports.
  ///   - seed: The seed.
  ///   - scenariosPerCampaign: Scenarios per campaign asked for.
  ///   - shard: The shard, if any.
  ///   - stoppedByTimeLimit: Whether the time limit stopped generation.
  ///   - duration: How long the run took.
  ///   - invocation: How the person ran the tool, or `nil`.
  package init(
    reports: [CampaignReport], seed: UInt64, scenariosPerCampaign: Int, shard: Shard?,
    stoppedByTimeLimit: Bool, duration: Duration, invocation: Invocation? = nil
  ) {
    self.reports = reports
    self.seed = seed
    self.scenariosPerCampaign = scenariosPerCampaign
    self.shard = shard
    self.stoppedByTimeLimit = stoppedByTimeLimit
    self.duration = duration
    self.invocation = invocation
  }

  /// Whether every campaign passes (none fails and none is untested).
  package var passes: Bool { reports.allSatisfy(\.passes) }

  /// Whether some campaign fails.
  package var hasFailures: Bool { reports.contains { $0.outcome == .fail } }

  /// Whether some campaign was not tested enough to pass.
  package var hasUntested: Bool { reports.contains { $0.outcome == .untested } }

  /// How many campaigns have `outcome`.
  ///
  /// - Parameter outcome: The outcome.
  /// - Returns: The number of campaigns.
  package func count(_ outcome: CampaignReport.Outcome) -> Int {
    reports.filter { $0.outcome == outcome }.count
  }

  /// Every scenario run, over all campaigns.
  package var totalScenarios: Int { reports.reduce(0) { $0 + $1.scenarios } }
}
