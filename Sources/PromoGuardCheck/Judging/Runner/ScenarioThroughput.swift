import Foundation
package import PromoGuard

/// Scenarios per second (generation, the checkout under test and the promise oracle together), for
/// `promoguard-bench`.
///
/// The campaigns' profiles and generators are worked out once, when the value is made (as `check` does once per
/// campaign); ``measure(scenarios:threads:)`` then runs and times scenarios only.
///
/// ```swift
/// let throughput = ScenarioThroughput(files: files)
/// let measurement = throughput.measure(scenarios: 200_000)
/// print("\(measurement.scenariosPerSecond) scenarios/s on \(measurement.threads) threads")
/// ```
package struct ScenarioThroughput: Sendable {
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

  /// One generator per selected campaign, sorted by file then id.
  package let generators: [ScenarioGenerator]
  /// The checkout under test.
  let factory: any CheckoutEvaluatorFactory

  /// Works out the profile and generator of every campaign of `files`.
  ///
  /// - Parameters:
  ///   - files: The campaign files.
  ///   - seed: The seed.
  ///   - factory: The checkout under test (the engine by default).
  /// - Complexity: O(campaigns).
  package init(
    files: [CampaignFile], seed: UInt64 = 1,
    factory: any CheckoutEvaluatorFactory = EngineEvaluatorFactory()
  ) {
    let selected = CheckRun.selectedCampaigns(in: files, shard: nil, only: nil)
    let contexts = CampaignFileContext.byPath(selected.map(\.file))
    generators = selected.map { entry in
      let context = contexts[entry.file.path] ?? CampaignFileContext(file: entry.file)
      return ScenarioGenerator(
        profile: CampaignProfile(
          campaign: entry.campaign, file: entry.file, context: context,
          position: context.position(of: entry.campaign.id)),
        seed: seed)
    }
    self.factory = factory
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
    ScenarioThroughput(files: files, seed: seed, factory: factory)
      .measure(scenarios: scenarios, threads: threads)
  }

  /// Runs `scenarios` scenarios, split evenly over the campaigns (the first campaigns take the remainder), in
  /// batches of `CheckRun.batchSize` with one judge per batch as `check` does, on `threads` threads (0: one
  /// per core), without shrinking or reports, and times it.
  ///
  /// - Parameters:
  ///   - scenarios: Scenarios in all.
  ///   - threads: Threads; 0 for one per core.
  /// - Returns: The measurement.
  /// - Complexity: O(scenarios).
  package func measure(scenarios: Int, threads: Int = 0) -> Measurement {
    let threadCount = threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount
    var work = [(campaign: Int, range: Range<Int>)]()
    for campaign in generators.indices {
      let share =
        scenarios / generators.count + (campaign < scenarios % generators.count ? 1 : 0)
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
