import Foundation
import Testing

@testable import PromoGuardCLI

/// `check --evaluator`: the built `promoguard evaluate --stream` and broken variants of it as the checkout under
/// test, started by the check command as real processes.
@Suite(.timeLimit(.minutes(3))) struct CheckEvaluatorTests {
  /// A Python wrapper around `evaluate --stream` that breaks its quotes in one way (`MODE`).
  static let buggyScript = """
    import json, subprocess, sys
    from decimal import Decimal
    mode = sys.argv[1]
    child = subprocess.Popen(sys.argv[2:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    for request in sys.stdin:
        child.stdin.write(request)
        child.stdin.flush()
        response = json.loads(child.stdout.readline())
        quote = response.get("quote")
        if quote and mode == "extra-cent":
            quote["total"] = str(Decimal(quote["total"]) + Decimal("0.01"))
        if quote and mode == "zero-off":
            for line in quote["lines"]:
                line["discount"] = "0.00"
                line["total"] = line["subtotal"]
            quote["discount"] = "0.00"
            quote["shippingDiscount"] = "0.00"
            quote["total"] = str(Decimal(quote["subtotal"]) + Decimal(quote["shipping"]))
            quote["applied"] = []
        if quote and mode == "refused":
            for code in quote["codes"]:
                if code["status"] != "applied":
                    code["status"] = "refused"
                    code["message"] = "Sorry, this code cannot be used."
                    code.pop("detail", None)
        print(json.dumps(response), flush=True)
    """

  /// Each campaign's verdict and findings (kind, count, summary), from a JSON report.
  static func findings(_ json: String) throws -> [String] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let report = try #require(object as? [String: Any])
    let campaigns = try #require(report["campaigns"] as? [[String: Any]])
    return campaigns.map { campaign in
      let findings = (campaign["findings"] as? [[String: Any]] ?? []).map {
        "\($0["kind"] ?? "?") \($0["count"] ?? "-") \($0["summary"] ?? "")"
      }
      return "\(campaign["id"] ?? "?") \(campaign["verdict"] ?? "?"): "
        + findings.joined(separator: "; ")
    }
  }

  /// The kinds of finding in a JSON report.
  static func kinds(_ json: String) throws -> Set<String> {
    Set(
      try findings(json).flatMap { line in
        line.split(separator: ": ", maxSplits: 1).dropFirst().flatMap {
          $0.split(separator: "; ").compactMap { $0.split(separator: " ").first.map(String.init) }
        }
      })
  }

  /// The command line of the built `evaluate --stream` over `file`.
  static func stream(_ file: String) throws -> String {
    let tool = try #require(PipedChild.tool, "build the package first: no .build/debug/promoguard")
    return "\(tool) evaluate --stream --campaigns \(file)"
  }

  /// Writes the buggy script and returns its path.
  static func buggy() throws -> String {
    let path = "/tmp/promoguard-buggy-\(UInt64.random(in: 0...UInt64.max)).py"
    try #require(FileWriter.write(Self.buggyScript, to: path))
    return path
  }

  @Test func theToolsOwnStreamGivesTheSameFindingsAsTheEngine() throws {
    for file in ["Fixtures/planted/shortfall.json", "Fixtures/stories/fabulous-furs/broken.json"] {
      let engine = CLIRun(["check", file, "--scenarios", "300", "--format", "json"])
      let external = CLIRun([
        "check", file, "--scenarios", "300", "--format", "json", "--evaluator",
        try Self.stream(file),
      ])
      #expect(external.standardError == "")
      #expect(external.exitCode == engine.exitCode)
      let expected = try Self.findings(engine.standardOutput)
      #expect(!expected.isEmpty)
      #expect(try Self.findings(external.standardOutput) == expected)
    }
  }

  @Test(arguments: [
    ("extra-cent", ["invariant"]), ("zero-off", ["silentFailure", "shortfall", "invariant"]),
  ])
  func aBuggyCheckoutIsCaught(mode: String, expected: [String]) throws {
    let file = "Fixtures/examples/bedding.json"
    let command = "exec python3 \(try Self.buggy()) \(mode) \(try Self.stream(file))"
    let run = CLIRun([
      "check", file, "--scenarios", "300", "--format", "json", "--evaluator", command,
    ])
    #expect(run.exitCode == 1)
    #expect(try Self.kinds(run.standardOutput) == Set(expected))
  }

  @Test func aBareRefusedSkipsReasonChecksAndSaysSo() throws {
    let file = "Fixtures/examples/bedding.json"
    let command = "exec python3 \(try Self.buggy()) refused \(try Self.stream(file))"
    let run = CLIRun(["check", file, "--scenarios", "300", "--evaluator", command])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("said only \"refused\", so wrongReason was not checked"))
    #expect(run.standardOutput.contains("(external, every campaign of the files active at once)"))
  }

  @Test(arguments: [
    ("exit 3", "(it exited with status 3)"),
    ("sleep 20", "the evaluator did not answer within 1.0 seconds (--evaluator-timeout)"),
    ("echo '{\"id\": 7, \"error\": \"no\"}'; sleep 20", "the evaluator answered id 7 to request 1"),
    ("echo '{oops'; sleep 20", "the evaluator answered a line that is not a response"),
  ])
  func aBrokenEvaluatorStopsTheRunWithExitCode2(command: String, message: String) throws {
    let started = Date()
    let run = CLIRun([
      "check", "Fixtures/examples/bedding.json", "--scenarios", "60", "--evaluator", command,
      "--evaluator-timeout", "1",
    ])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput == "")
    #expect(run.standardError.contains(message))
    // Several requests are in flight (--evaluator-window 16 by default): the report names the first one
    // without an answer, and the last one sent when it is another.
    #expect(run.standardError.contains("last request sent: {\"id\":"))
    #expect(
      run.standardError.contains("request awaiting its answer: {\"id\":1,\"checkout\":{")
        || run.standardError.contains("last request sent: {\"id\":1,\"checkout\":{"))
    #expect(Date().timeIntervalSince(started) < 15)
  }

  @Test func atFixesEveryScenariosMomentAndSaysSo() {
    let run = CLIRun([
      "check", "Fixtures/examples/bedding.json", "--scenarios", "300", "--at",
      "2026-10-05T12:00:00Z",
    ])
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput.contains(
        "Every scenario at 2026-10-05T12:00:00Z (--at): window boundaries are tested only where they "
          + "fall at that moment."))
  }
}
