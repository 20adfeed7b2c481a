import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCheck

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The order of work: every campaign's boundary scenarios before any campaign's random ones, then random
/// batches in turn.
@Suite struct WorkScheduleTests {
  @Test func boundariesOfEveryCampaignComeFirstThenRandomBatchesInTurn() {
    let items = WorkSchedule.items(boundaryCounts: [3, 2], scenarios: 10, batchSize: 4)
    #expect(
      items == [
        WorkSchedule.Item(campaign: 0, range: 0..<3, isBoundary: true),
        WorkSchedule.Item(campaign: 1, range: 0..<2, isBoundary: true),
        WorkSchedule.Item(campaign: 0, range: 3..<7, isBoundary: false),
        WorkSchedule.Item(campaign: 1, range: 2..<6, isBoundary: false),
        WorkSchedule.Item(campaign: 0, range: 7..<10, isBoundary: false),
        WorkSchedule.Item(campaign: 1, range: 6..<10, isBoundary: false),
      ])
  }

  struct ScheduleCase: Sendable, CustomTestStringConvertible {
    var campaigns: Int
    var scenarios: Int
    var batchSize: Int
    var testDescription: String {
      "\(campaigns) campaigns × \(scenarios) in batches of \(batchSize)"
    }
    /// Boundary counts from 20 to 619, some above `scenarios`.
    var boundaryCounts: [Int] { (0..<campaigns).map { 20 + $0 * 137 % 600 } }
  }

  static let cases = [
    ScheduleCase(campaigns: 40, scenarios: 2_000, batchSize: 250),
    ScheduleCase(campaigns: 40, scenarios: 100, batchSize: 250),
    ScheduleCase(campaigns: 7, scenarios: 777, batchSize: 50),
    ScheduleCase(campaigns: 1, scenarios: 10, batchSize: 1),
  ]

  @Test(arguments: cases) func aTightLimitCutsOnlyRandomExplorationAndFairly(_ c: ScheduleCase) {
    let items = WorkSchedule.items(
      boundaryCounts: c.boundaryCounts, scenarios: c.scenarios, batchSize: c.batchSize)
    // Work starts in this order, so a time limit stops a suffix of it: every boundary batch of every campaign
    // comes before the first random batch of any campaign.
    let lastBoundary = items.lastIndex { $0.isBoundary } ?? -1
    let firstRandom = items.firstIndex { !$0.isBoundary } ?? items.count
    #expect(lastBoundary < firstRandom)
    // Random batches go round robin: every campaign's first random batch, then every second one, and so on.
    var taken = [Int](repeating: 0, count: c.campaigns)
    var ordinals = [Int]()
    for item in items where !item.isBoundary {
      ordinals.append(taken[item.campaign])
      taken[item.campaign] += 1
    }
    #expect(ordinals == ordinals.sorted())
    // Every campaign gets exactly its scenarios 0..<scenarios, once, boundaries marked as such.
    for campaign in 0..<c.campaigns {
      let ranges = items.filter { $0.campaign == campaign }.map(\.range).sorted {
        $0.lowerBound < $1.lowerBound
      }
      var next = 0
      for range in ranges {
        #expect(range.lowerBound == next)
        #expect(range.count <= c.batchSize)
        next = range.upperBound
      }
      #expect(next == c.scenarios)
      let boundary = items.filter { $0.campaign == campaign && $0.isBoundary }.reduce(0) {
        $0 + $1.range.count
      }
      #expect(boundary == min(c.boundaryCounts[campaign], c.scenarios))
    }
  }
}

/// A campaign that ran fewer scenarios than its boundary set is untested, never passing.
@Suite struct UntestedTests {
  static func september() throws -> [CampaignFile] {
    [try HarnessFixtures.file(HarnessFixtures.september)]
  }

  static func campaign(expecting kinds: [String]) -> Campaign {
    Campaign(
      id: "c", name: "C", mechanics: Rules(currency: .usd, benefit: .percentOff(.hundred)),
      terms: nil, expectFindings: kinds, location: FileLocation(file: "f.json", line: 1, column: 1))
  }

  @Test func fewerScenariosThanTheBoundariesIsUntested() throws {
    let result = CheckRun.run(
      files: try Self.september(), configuration: CheckConfiguration(scenarios: 10))
    #expect(result.reports.map(\.boundaryScenarios).allSatisfy { $0 > 10 })
    #expect(result.reports.map(\.outcome) == [.untested, .untested])
    #expect(!result.passes)
    #expect(!result.hasFailures)
    #expect(result.hasUntested)
    let text = TextReport.render(result)
    #expect(text.contains("UNTESTED sept-20 (test.json): 10 scenarios\n"))
    #expect(
      text.contains(
        "  untested: only 10 of its 52 boundary scenarios ran, so it cannot pass; run at least 52 "
          + "scenarios (--scenarios 52)\n"))
    #expect(text.contains("0 pass, 0 fail, 2 untested"))
    #expect(
      JUnitReport.render(result).contains("<failure type=\"untested\" message=\"untested: only 10"))
  }

  @Test func enoughScenariosPass() throws {
    let result = CheckRun.run(
      files: try Self.september(), configuration: CheckConfiguration(scenarios: 60))
    #expect(result.reports.map(\.outcome) == [.pass, .pass])
    #expect(result.passes)
  }

  @Test func aTimeLimitOfAlmostNothingLeavesEveryCampaignUntested() throws {
    let result = CheckRun.run(
      files: try Self.september(),
      configuration: CheckConfiguration(scenarios: 2_000, timeLimit: .nanoseconds(1)))
    #expect(result.stoppedByTimeLimit)
    #expect(result.reports.map(\.outcome) == [.untested, .untested])
    #expect(result.reports.allSatisfy { $0.boundaryScenariosRun == 0 })
    #expect(
      TextReport.render(result).contains(
        "the time limit stopped it: allow more time (--time-limit) or check fewer campaigns per runner"
      ))
  }

  @Test func anUnexpectedFindingFailsAnUntestedCampaign() throws {
    let result = CheckRun.run(
      files: try Self.september(),
      configuration: CheckConfiguration(scenarios: 30, factory: BrokenFactory(fault: .silent)))
    let report = try #require(result.reports.first { $0.campaignID == "sept-20" })
    #expect(report.isUntested)
    #expect(report.outcome == .fail)
    #expect(result.hasFailures)
  }

  @Test func anExpectedKindNotSeenInAnUntestedCampaignIsUnconfirmedNotMissing() {
    let report = CampaignReport(
      campaign: Self.campaign(expecting: ["shortfall", "termsDrift"]), file: "f.json", findings: [],
      scenarios: 10, checkedKinds: Set(FindingKind.allCases), boundaryScenarios: 50,
      scenarioKinds: CheckRun.harnessKinds)
    // The audit ran in full, so a missing termsDrift fails; shortfall needs scenarios that did not run.
    #expect(report.missingExpected == [.termsDrift])
    #expect(report.unconfirmedExpected == [.shortfall])
    #expect(report.outcome == .fail)
    let untested = CampaignReport(
      campaign: Self.campaign(expecting: ["shortfall"]), file: "f.json", findings: [],
      scenarios: 10, checkedKinds: Set(FindingKind.allCases), boundaryScenarios: 50,
      scenarioKinds: CheckRun.harnessKinds)
    #expect(untested.outcome == .untested)
    let result = CheckResult(
      reports: [untested], seed: 1, scenariosPerCampaign: 10, shard: nil, stoppedByTimeLimit: false,
      duration: .zero)
    let text = TextReport.render(result)
    #expect(!text.contains("may be fixed"))
    #expect(
      text.contains(
        "  unconfirmed: shortfall is listed in expectFindings and was not found in the scenarios that "
          + "ran — the campaign was not tested enough to know whether the problem is still there\n")
    )
  }

  @Test func theJUnitReportTimesEveryTestCaseAndSuite() throws {
    let tested = CheckRun.run(
      files: try Self.september(), configuration: CheckConfiguration(scenarios: 60))
    let untested = CheckRun.run(
      files: try Self.september(), configuration: CheckConfiguration(scenarios: 5))
    for result in [tested, untested] {
      let xml = JUnitReport.render(result)
      let reader = AttributeReader()
      let parser = XMLParser(data: Data(xml.utf8))
      parser.delegate = reader
      #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
      let timed = reader.elements.filter {
        ["testsuites", "testsuite", "testcase"].contains($0.name)
      }
      #expect(timed.count == 4)
      for element in timed {
        let time = element.attributes["time"] ?? ""
        #expect(
          time.wholeMatch(of: /[0-9]+\.[0-9]{3}/) != nil, "\(element.name) time=\"\(time)\"")
      }
    }
  }

  @Test func aLoadFailureReportHasOneTestCaseInError() throws {
    let xml = JUnitReport.renderLoadFailure(
      paths: ["bad.json"],
      diagnostic: "bad.json:1:2: unexpected \"<\"\n1 problem found; nothing was run.\n")
    let reader = AttributeReader()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = reader
    #expect(parser.parse())
    let error = try #require(reader.elements.first { $0.name == "error" })
    #expect(error.attributes["type"] == "badInput")
    #expect(error.attributes["message"] == "bad.json:1:2: unexpected \"<\"")
    #expect(reader.elements.filter { $0.name == "testcase" }.count == 1)
    #expect(xml.contains("errors=\"1\""))
  }
}

/// Collects every element's name and attributes.
final class AttributeReader: NSObject, XMLParserDelegate {
  var elements: [(name: String, attributes: [String: String])] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append((elementName, attributes))
  }
}

/// A finding of generated checkouts names the message its customer came from.
@Suite struct FindingMessageTests {
  @Test func aCustomerWhoArrivedByAnEmailsLinkNamesTheEmail() throws {
    let result = CheckRun.run(
      files: try FixtureFiles.files(in: "stories/fabulous-furs"),
      configuration: CheckConfiguration(only: "story-furs-sept-20"))
    let report = try #require(result.reports.first)
    let finding = try #require(
      report.findings.first { $0.kind == .silentFailure && $0.example != nil })
    #expect(finding.messageID == "furs-sept-email")
    #expect(
      TextReport.render(result).contains("    Message: furs-sept-email\n    Smallest checkout"))
  }
}
