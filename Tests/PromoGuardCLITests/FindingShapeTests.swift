import PromoGuard
import Testing

@testable import PromoGuardCLI

/// `promoguard lint --format json` and `promoguard check --format json` write a finding in one shape
/// (Docs/CLI.md): the same keys in the same order, and the same keys in its example.
@Suite struct FindingShapeTests {
  /// The key lists of every finding and of every finding's example in a report.
  static func shapes(_ output: String) throws -> (findings: Set<[String]>, examples: Set<[String]>)
  {
    var findings = Set<[String]>()
    var examples = Set<[String]>()
    let root = try JSONReader.parse(Array(output.utf8))
    guard case .object(let report) = root.value,
      case .array(let campaigns)? = report.first("campaigns")?.value.value
    else { return ([], []) }
    for campaign in campaigns {
      guard case .object(let object) = campaign.value,
        case .array(let list)? = object.first("findings")?.value.value
      else { continue }
      for finding in list {
        guard case .object(let fields) = finding.value else { continue }
        findings.insert(fields.members.map(\.key))
        if case .object(let example)? = fields.first("example")?.value.value {
          examples.insert(example.members.map(\.key))
        }
      }
    }
    return (findings, examples)
  }

  @Test func lintAndCheckWriteOneFindingShape() throws {
    // The planted fixtures give both commands findings with a witness (termsDrift, shortfall, …).
    let lint = CLIRun(["lint", "Fixtures/planted", "--format", "json"])
    let check = CLIRun(["check", "Fixtures/planted", "--format", "json", "--scenarios", "60"])
    #expect(lint.exitCode == 0)
    let lintShapes = try Self.shapes(lint.standardOutput)
    let checkShapes = try Self.shapes(check.standardOutput)
    let keys = [
      "kind", "campaign", "file", "location", "message", "summary", "count", "expected", "example",
      "recipients",
    ]
    #expect(lintShapes.findings == [keys])
    #expect(checkShapes.findings == [keys])
    let exampleKeys = [
      "checkout", "when", "basket", "promised", "actual", "told", "seed", "shrinkSteps",
    ]
    #expect(lintShapes.examples == [exampleKeys])
    #expect(checkShapes.examples == [exampleKeys])
  }
}
