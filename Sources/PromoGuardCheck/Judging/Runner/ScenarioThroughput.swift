import Foundation
package import PromoGuard

/// Scenarios per second (generation, the checkout under test and the promise oracle together), for
/// `promoguard-bench`.
///
/// ```swift
/// let measurement = ScenarioThroughput.measure(files: files, scenarios: 200_000)
/// print("\(measurement.scenariosPerSecond) scenarios/s on \(measurement.threads) threads")
/// ```
package enum ScenarioThroughput {
  /// One measurement.
  package struct Measurement: Sendable, Hashable {
    /// Scenarios run.
    package var scenarios: Int
    /// Scenarios that showed at least one finding.
    package var scenariosWithFindings: Int
    /// Threads used.
    package var threads: Int
    /// Wall-clock time.
    package var duration: Duration

    /// Scenarios per second of wall-clock time.
    package var scenariosPerSecond: Double {
      let seconds =
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
      return seconds > 0 ? Double(scenarios) / seconds : 0
    }
  }

  /// Runs `scenarios` scenarios, split evenly over the campaigns of `files` (the first campaigns take the
  /// remainder), on `threads` threads (0: one per core), without shrinking or reports, and times it.
  ///
  /// - Parameters:
  ///   - files: The campaign files.
  ///   - scenarios: Scenarios in all.
  ///   - seed: The seed.
  ///   - threads: Threads; 0 for one per core.
  ///   - factory: The checkout under test (the engine by default).
  /// - Returns: The measurement.
  /// - Complexity: O(campaigns × scenarios).
  package static func measure(
    files: [CampaignFile], scenarios: Int, seed: UInt64 = 1, threads: Int = 0,
    factory: any CheckoutEvaluatorFactory = EngineEvaluatorFactory()
  ) -> Measurement {
    let threadCount = threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount
    let selected = CheckRun.selectedCampaigns(in: files, shard: nil, only: nil)
    let contexts = CampaignFileContext.byPath(selected.map(\.file))
    let generators = selected.map { entry in
      let context = contexts[entry.file.path] ?? CampaignFileContext(file: entry.file)
      return ScenarioGenerator(
        profile: CampaignProfile(
          campaign: entry.campaign, file: entry.file, context: context,
          position: context.position(of: entry.campaign.id)),
        seed: seed)
    }
    var work = [(campaign: Int, range: Range<Int>)]()
    for campaign in selected.indices {
      let share =
        scenarios / selected.count + (campaign < scenarios % selected.count ? 1 : 0)
      var start = 0
      while start < share {
        let end = min(share, start + CheckRun.batchSize)
        work.append((campaign, start..<end))
        start = end
      }
    }
    let clock = ContinuousClock()
    let started = clock.now
    let counts = ParallelMap.map(work, threads: threadCount) { item -> (Int, Int) in
      let generator = generators[item.campaign]
      var judge = ScenarioJudge(profile: generator.profile, factory: factory)
      var withFindings = 0
      for index in item.range where !judge.findings(of: generator.scenario(at: index)).isEmpty {
        withFindings += 1
      }
      return (item.range.count, withFindings)
    }
    return Measurement(
      scenarios: counts.reduce(0) { $0 + $1.0 },
      scenariosWithFindings: counts.reduce(0) { $0 + $1.1 },
      threads: threadCount, duration: clock.now - started)
  }
}
