import PromoGuard

/// What a batch of one campaign's scenarios showed: per kind, how many scenarios and the first one.
struct CampaignTally: Sendable {
  /// The first scenario that showed a kind, and what it showed.
  struct First: Sendable {
    var scenario: Scenario
    var observed: ObservedFinding
  }

  /// Scenarios run.
  var scenarios = 0
  /// Boundary scenarios run.
  var boundaryScenarios = 0
  /// Scenarios that showed each kind.
  var counts: [FindingKind: Int] = [:]
  /// The first scenario of each kind (lowest index).
  var firsts: [FindingKind: First] = [:]
  /// Whether the time limit stopped the batch.
  var stoppedEarly = false
  /// Wall-clock time the batches took.
  var duration: Duration = .zero

  /// Records one scenario's findings (each kind counted once per scenario).
  mutating func record(_ scenario: Scenario, _ findings: [ObservedFinding]) {
    scenarios += 1
    if scenario.isBoundary { boundaryScenarios += 1 }
    var seen = Set<FindingKind>()
    for finding in findings where seen.insert(finding.kind).inserted {
      counts[finding.kind, default: 0] += 1
      if let first = firsts[finding.kind], first.scenario.index <= scenario.index { continue }
      firsts[finding.kind] = First(scenario: scenario, observed: finding)
    }
  }

  /// Adds another batch of the same campaign.
  mutating func merge(_ other: CampaignTally) {
    scenarios += other.scenarios
    boundaryScenarios += other.boundaryScenarios
    stoppedEarly = stoppedEarly || other.stoppedEarly
    duration += other.duration
    for (kind, count) in other.counts { counts[kind, default: 0] += count }
    for (kind, first) in other.firsts {
      if let mine = firsts[kind], mine.scenario.index <= first.scenario.index { continue }
      firsts[kind] = first
    }
  }
}
