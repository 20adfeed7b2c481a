import PromoGuard
import Testing

@testable import PromoGuardCheck

/// `check` finds exactly what each planted fixture expects, and nothing on the examples.
///
@Suite struct PlantedFixtureTests {
  struct PlantedCase: Sendable, CustomTestStringConvertible {
    var id: String
    var kind: FindingKind
    var testDescription: String { "\(id) shows \(kind)" }
  }

  static let planted = [
    PlantedCase(id: "planted-leak", kind: .leak),
    PlantedCase(id: "planted-shortfall", kind: .shortfall),
    PlantedCase(id: "planted-threshold", kind: .rejectedEligible),
    PlantedCase(id: "planted-combinable", kind: .rejectedEligible),
  ]

  @Test(arguments: planted) func theHarnessFindsThePlantedProblem(_ planted: PlantedCase) throws {
    let result = CheckRun.run(
      files: try FixtureFiles.files(in: "planted"),
      configuration: CheckConfiguration(only: planted.id))
    let report = try #require(result.reports.first)
    // The audit may report the same kind from the file alone, with its witness and the clause's location;
    // the harness's finding has an example and no location.
    let finding = try #require(
      report.findings.first { $0.kind == planted.kind && $0.example != nil && $0.location == nil })
    #expect(finding.isExpected)
    #expect(report.passes, "\(report.findings.map(\.kind)) missing \(report.missingExpected)")
  }

  @Test(arguments: [1, 2, 3] as [UInt64]) func theExamplesShowNothing(_ seed: UInt64) throws {
    let files = try FixtureFiles.files(in: "examples")
    let result = CheckRun.run(
      files: files, configuration: CheckConfiguration(scenarios: 1_000, seed: seed))
    for report in result.reports {
      #expect(report.passes, "\(report.campaignID): \(report.findings.map(\.summary))")
    }
  }

  /// Every story's `broken.json` shows exactly its `expectFindings` (the audit's and the harness's together)
  /// and every `fixed.json` shows nothing.
  @Test func everyStoryShowsExactlyWhatItExpects() throws {
    for path in FixtureFiles.paths(under: "stories") {
      let result = CheckRun.run(
        files: try FixtureFiles.file(at: path), configuration: CheckConfiguration(scenarios: 1_000))
      for report in result.reports {
        #expect(
          report.passes,
          "\(path) \(report.campaignID): found \(report.findings.map(\.kind)), missing \(report.missingExpected)"
        )
      }
    }
  }
}
