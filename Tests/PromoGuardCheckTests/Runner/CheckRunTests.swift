import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The runner: selection, shards, determinism, and the kinds it finds behind the evaluator interface.
@Suite struct CheckRunTests {
  static func september() throws -> [CampaignFile] {
    [try HarnessFixtures.file(HarnessFixtures.september)]
  }

  static func report(_ result: CheckResult, _ id: String) throws -> CampaignReport {
    try #require(result.reports.first { $0.campaignID == id })
  }

  @Test func shardsPartitionTheCampaignsSortedByFileThenID() throws {
    // Seven campaigns in b.json and three in a.json: sorted, a.json's c0, c1, c2 come first (positions 0-2),
    // then b.json's c0...c6 (positions 3-9). Shard 1/3 takes positions 0, 3, 6, 9.
    let files = [
      try HarnessFixtures.manyCampaigns(7, path: "b.json"),
      try HarnessFixtures.manyCampaigns(3, path: "a.json"),
    ]
    let shards = (1...3).compactMap { Shard(index: $0, count: 3) }
    let parts = shards.map { shard in
      CheckRun.selectedCampaigns(in: files, shard: shard, only: nil).map {
        "\($0.file.path):\($0.campaign.id)"
      }
    }
    #expect(parts[0] == ["a.json:c0", "b.json:c0", "b.json:c3", "b.json:c6"])
    let all = parts.flatMap { $0 }
    #expect(all.count == 10)
    #expect(Set(all).count == 10)
  }

  @Test func shardTextIsReadAndChecked() {
    #expect(Shard("2/4") == Shard(index: 2, count: 4))
    #expect(Shard("0/4") == nil)
    #expect(Shard("5/4") == nil)
    #expect(Shard("2") == nil)
    #expect(Shard("a/b") == nil)
  }

  @Test func onlySelectsOneCampaign() throws {
    let selected = CheckRun.selectedCampaigns(
      in: try Self.september(), shard: nil, only: "ship-free")
    #expect(selected.map(\.campaign.id) == ["ship-free"])
  }

  @Test func theSameSeedGivesTheSameReports() throws {
    let files = try Self.september()
    let configuration = CheckConfiguration(
      scenarios: 300, seed: 42, factory: BrokenFactory(fault: .dropsCodesRefusedEarlier))
    let first = CheckRun.run(files: files, configuration: configuration)
    let second = CheckRun.run(files: files, configuration: configuration)
    #expect(first.reports == second.reports)
    #expect(first.reports.map(\.scenarios) == [300, 300])
  }

  @Test func journeysThatForgetRefusedCodesShowPathDependence() throws {
    let result = CheckRun.run(
      files: try Self.september(),
      configuration: CheckConfiguration(
        scenarios: 600, seed: 1, factory: BrokenFactory(fault: .dropsCodesRefusedEarlier)))
    let report = try Self.report(result, "sept-20")
    let finding = try #require(report.findings.first { $0.kind == .pathDependence })
    #expect(finding.count > 0)
    #expect(!report.passes)
    let example = try #require(finding.example)
    #expect(example.actual.hasPrefix("after "))
    #expect(example.seed == 1)
  }

  @Test func theEngineShowsNoPathDependence() throws {
    let result = CheckRun.run(
      files: try Self.september(), configuration: CheckConfiguration(scenarios: 600, seed: 3))
    for report in result.reports {
      #expect(!report.findings.contains { $0.kind == .pathDependence })
    }
  }

  @Test func anEvaluatorThatThrowsOnValidCheckoutsBreaksAnInvariant() throws {
    let result = CheckRun.run(
      files: try Self.september(),
      configuration: CheckConfiguration(
        scenarios: 100, factory: BrokenFactory(fault: .throwsOnCodes)))
    let finding = try #require(
      try Self.report(result, "sept-20").findings.first { $0.kind == .invariant })
    // The smallest checkout that still throws keeps one code and drops every line.
    let example = try #require(finding.example)
    #expect(example.checkout.codes.count == 1)
    #expect(example.checkout.lines.isEmpty)
  }

  @Test func sayingExpiredForAMissingMinimumSpendIsAWrongReason() throws {
    let result = CheckRun.run(
      files: try Self.september(),
      configuration: CheckConfiguration(
        scenarios: 400, factory: BrokenFactory(fault: .expiredForConditions)))
    #expect(try Self.report(result, "sept-20").findings.contains { $0.kind == .wrongReason })
  }

  @Test func lineDiscountsThatDoNotSumBreakAnInvariant() throws {
    let result = CheckRun.run(
      files: try Self.september(),
      configuration: CheckConfiguration(
        scenarios: 200, factory: BrokenFactory(fault: .linesDoNotSum)))
    #expect(try Self.report(result, "sept-20").findings.contains { $0.kind == .invariant })
  }

  @Test func applyingNothingWithoutAReasonIsASilentFailure() throws {
    let result = CheckRun.run(
      files: try Self.september(),
      configuration: CheckConfiguration(scenarios: 200, factory: BrokenFactory(fault: .silent)))
    #expect(try Self.report(result, "sept-20").findings.contains { $0.kind == .silentFailure })
  }

  @Test func aTimeLimitStopsGenerationAndSaysSo() throws {
    let result = CheckRun.run(
      files: try Self.september(),
      configuration: CheckConfiguration(scenarios: 5_000_000, timeLimit: .milliseconds(200)))
    #expect(result.stoppedByTimeLimit)
    #expect(result.totalScenarios < 10_000_000)
    #expect(TextReport.render(result).contains("Time limit reached"))
  }
}

/// The throughput measurement runs every scenario it is asked for.
@Suite struct ScenarioThroughputTests {
  @Test func itRunsEveryScenarioOfEveryCampaign() throws {
    let files = [try HarnessFixtures.file(HarnessFixtures.september)]
    let measurement = ScenarioThroughput.measure(
      files: files, scenarios: 1_201, threads: 2)
    // Two campaigns: 601 and 600 scenarios (the first takes the remainder), in batches of 250, 250 and 101 or
    // 100.
    #expect(measurement.scenarios == 1_201)
    #expect(measurement.threads == 2)
    #expect(measurement.scenariosPerSecond > 0)
  }
}
