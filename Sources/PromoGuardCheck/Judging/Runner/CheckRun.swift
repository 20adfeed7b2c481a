import Foundation
package import PromoGuard

/// Runs `promoguard check`: every selected campaign against its generated scenarios, on every core, then
/// shrinks the first example of each finding and builds one report per campaign.
///
/// ```swift
/// let result = CheckRun.run(files: files, configuration: CheckConfiguration(scenarios: 500, seed: 7))
/// print(result.passes)
/// ```
package enum CheckRun {
  /// The finding kinds the generated scenarios can show (what the harness checks on its own).
  package static let harnessKinds: Set<FindingKind> = [
    .silentFailure, .rejectedEligible, .shortfall, .leak, .wrongReason, .pathDependence, .invariant,
  ]

  /// How many scenarios one work item runs.
  static let batchSize = 250

  /// The campaigns a run checks, sorted by file then id, after `--shard` and `--only`.
  ///
  /// - Parameters:
  ///   - files: The loaded files.
  ///   - shard: This runner's part, or `nil`.
  ///   - only: The only campaign, or `nil`.
  /// - Returns: Each campaign with its file.
  package static func selectedCampaigns(
    in files: [CampaignFile], shard: Shard?, only: String?
  ) -> [(campaign: Campaign, file: CampaignFile)] {
    var all = [(campaign: Campaign, file: CampaignFile)]()
    for file in files {
      for campaign in file.campaigns { all.append((campaign, file)) }
    }
    all.sort { left, right in
      if left.file.path != right.file.path { return left.file.path < right.file.path }
      return left.campaign.id < right.campaign.id
    }
    var selected = [(campaign: Campaign, file: CampaignFile)]()
    for (position, entry) in all.enumerated() {
      if let shard, !shard.contains(position: position) { continue }
      if let only, entry.campaign.id != only { continue }
      selected.append(entry)
    }
    return selected
  }

  /// The static audit's findings (`promoguard lint`) of every loaded campaign, by campaign id.
  ///
  /// The audit runs over all the files together, because some findings (confusable codes, an automatic
  /// campaign that always beats a coded one) compare campaigns across files; `--shard` and `--only` then pick
  /// which campaigns' reports show them.
  ///
  /// - Parameters:
  ///   - files: The loaded files.
  ///   - showRecipients: Whether findings over recipient lists print recipients in full.
  /// - Returns: Each campaign's audit findings, in the audit's order.
  package static func auditFindings(in files: [CampaignFile], showRecipients: Bool = false)
    -> [String: [Finding]]
  {
    var byCampaign = [String: [Finding]]()
    for finding in StaticAudit.findings(files: files, showRecipients: showRecipients) {
      byCampaign[finding.campaignID, default: []].append(finding)
    }
    return byCampaign
  }

  /// Runs the check.
  ///
  /// - Parameters:
  ///   - files: The loaded campaign files.
  ///   - configuration: Scenarios, seed, shard, campaign, time limit and checkout under test.
  ///   - progress: Called now and then with the scenarios run so far and the total planned (from any thread).
  /// - Returns: The reports, sorted by file then campaign id.
  package static func run(
    files: [CampaignFile], configuration: CheckConfiguration,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> CheckResult {
    let clock = ContinuousClock()
    let started = clock.now
    let deadline = configuration.timeLimit.map { started.advanced(by: $0) }
    let selected = selectedCampaigns(
      in: files, shard: configuration.shard, only: configuration.only)
    let scenarios = max(0, configuration.scenarios)
    let threads =
      configuration.threads > 0
      ? configuration.threads : ProcessInfo.processInfo.activeProcessorCount

    // One shared context per file: profiles name their partners by index into it (memory linear in campaigns).
    let contexts = CampaignFileContext.byPath(selected.map(\.file))
    let generators = ParallelMap.map(selected, threads: threads) { entry in
      let context = contexts[entry.file.path] ?? CampaignFileContext(file: entry.file)
      return ScenarioGenerator(
        profile: CampaignProfile(
          campaign: entry.campaign, file: entry.file, context: context,
          position: context.position(of: entry.campaign.id)),
        seed: configuration.seed)
    }

    let work = WorkSchedule.items(
      boundaryCounts: generators.map(\.boundaries.count), scenarios: scenarios,
      batchSize: batchSize)
    let done = LockedCounter()
    let total = work.count
    let tallies = ParallelMap.map(work, threads: threads) { item -> CampaignTally in
      let batchStarted = clock.now
      if let deadline, batchStarted >= deadline {
        var skipped = CampaignTally()
        skipped.stoppedEarly = true
        return skipped
      }
      let generator = generators[item.campaign]
      var judge = ScenarioJudge(profile: generator.profile, factory: configuration.factory)
      judge.fixedMoment = configuration.fixedMoment
      var tally = CampaignTally()
      // Rounds of scenarios: a pipelined checkout gets a whole round's requests at once; the deadline is
      // looked at every 16 scenarios.
      let round = judge.scenariosPerRound
      var index = item.range.lowerBound
      while index < item.range.upperBound {
        if let deadline, index % 16 == 0, clock.now >= deadline {
          tally.stoppedEarly = true
          break
        }
        let end = min(item.range.upperBound, (index / round + 1) * round)
        let scenarios = (index..<end).map { generator.scenario(at: $0) }
        for (scenario, findings) in zip(scenarios, judge.findings(of: scenarios)) {
          tally.record(scenario, findings)
        }
        index = end
      }
      tally.duration = clock.now - batchStarted
      let finished = done.increment()
      progress?(finished * batchSize, total * batchSize)
      return tally
    }

    var merged = [CampaignTally](repeating: CampaignTally(), count: selected.count)
    for (item, tally) in zip(work, tallies) { merged[item.campaign].merge(tally) }
    let campaignTallies = merged

    let audit = auditFindings(in: files, showRecipients: configuration.showRecipients)
    let reports = ParallelMap.map(Array(selected.indices), threads: threads) { index in
      report(
        selected[index], audit: audit[selected[index].campaign.id] ?? [],
        generator: generators[index], tally: campaignTallies[index], configuration: configuration)
    }
    return CheckResult(
      reports: reports, seed: configuration.seed, scenariosPerCampaign: scenarios,
      shard: configuration.shard, stoppedByTimeLimit: campaignTallies.contains { $0.stoppedEarly },
      duration: clock.now - started, invocation: configuration.invocation)
  }

  /// The message the scenario's customer came from, if any: its last change puts the customer in a message's
  /// place, or has them arrive by a message's link.
  ///
  /// - Parameters:
  ///   - scenario: The scenario.
  ///   - profile: The campaign's profile.
  /// - Returns: The message's id, or `nil`.
  static func messageID(of scenario: Scenario, profile: CampaignProfile) -> String? {
    switch scenario.tweaks.last {
    case .message(let index)?:
      return profile.messages.indices.contains(index) ? profile.messages[index].id : nil
    case .link(let link)?:
      let clicked = link.trimmingCharacters(in: .whitespacesAndNewlines)
      return profile.messages.first { $0.link?.url == clicked }?.id
    default:
      return nil
    }
  }

  /// Shrinks each kind's first scenario and builds the campaign's report, the audit's findings first.
  private static func report(
    _ entry: (campaign: Campaign, file: CampaignFile), audit: [Finding],
    generator: ScenarioGenerator, tally: CampaignTally, configuration: CheckConfiguration
  ) -> CampaignReport {
    let clock = ContinuousClock()
    let started = clock.now
    var judge = ScenarioJudge(profile: generator.profile, factory: configuration.factory)
    judge.fixedMoment = configuration.fixedMoment
    var findings = audit
    for kind in tally.counts.keys.sorted() {
      guard let first = tally.firsts[kind], let count = tally.counts[kind] else { continue }
      let (shrunk, steps) = Shrinker.shrink(first.scenario, maximumSteps: configuration.shrinkSteps)
      {
        candidate in judge.findings(of: candidate).contains { $0.kind == kind }
      }
      let small = configuration.fixedMoment.map { shrunk.fixing(moment: $0) } ?? shrunk
      let observed = judge.findings(of: small).first { $0.kind == kind } ?? first.observed
      findings.append(
        Finding(
          kind: kind, campaignID: entry.campaign.id, file: entry.file.path,
          messageID: messageID(of: first.scenario, profile: generator.profile),
          summary: first.observed.summary, count: count,
          example: FindingExample(
            checkout: small.checkout, promised: observed.promised, actual: observed.actual,
            told: observed.told, seed: configuration.seed, shrinkSteps: steps)))
    }
    if !configuration.showRecipients && entry.campaign.carriesPersonalData {
      findings = findings.map(\.withCustomerMasked)
    }
    return CampaignReport(
      campaign: entry.campaign, file: entry.file.path, findings: findings,
      scenarios: tally.scenarios, checkedKinds: harnessKinds.union(StaticAudit.checkedKinds),
      boundaryScenarios: generator.boundaries.count, boundaryScenariosRun: tally.boundaryScenarios,
      scenarioKinds: harnessKinds,
      duration: tally.duration + (clock.now - started), catalog: WitnessCatalog(entry.file.catalog))
  }
}
