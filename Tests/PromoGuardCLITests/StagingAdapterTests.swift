import Foundation
import Testing

@testable import PromoGuardCLI

/// Docs/adapters: the staging adapter, calling the mock checkout over HTTP, as the checkout under test of
/// `check --evaluator` — the recipe of Docs/AnyCheckout.md, run for real (where python3 is on the PATH).
@Suite(.timeLimit(.minutes(2))) struct StagingAdapterTests {
  /// Whether something accepts TCP connections on 127.0.0.1:`port`.
  static func accepts(port: UInt16) -> Bool {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }

  /// The mock knows only SAVE10, so the sitewide file's SPENDSAVE, which the terms say works, is refused as an
  /// unknown code: `rejectedEligible`, found through the adapter, with the adapter's command in the report.
  @Test(.enabled(if: StreamClientTests.interpreter("python3") != nil, "python3 is not on the PATH"))
  func theStagingAdapterAgainstTheMockCheckoutFindsTheRefusedCode() throws {
    let python = try #require(StreamClientTests.interpreter("python3"))
    let port = UInt16.random(in: 20_000...60_000)
    let mock = try PipedChild(python, ["Docs/adapters/mock_checkout.py", String(port)])
    defer { mock.end() }
    let deadline = Date().addingTimeInterval(20)
    while !Self.accepts(port: port) && Date() < deadline { usleep(50_000) }
    try #require(Self.accepts(port: port), "the mock checkout did not start on port \(port)")
    let command = "python3 Docs/adapters/staging_adapter.py http://127.0.0.1:\(port)"
    let run = CLIRun([
      "check", "Fixtures/examples/sitewide.json", "--at", "now", "--scenarios", "300", "--format",
      "json", "--evaluator", command,
    ])
    #expect(run.exitCode == 1)
    #expect(run.standardError == "")
    let findings = try CheckEvaluatorTests.findings(run.standardOutput)
    let spendAndSave = try #require(findings.first { $0.hasPrefix("spend-and-save fail: ") })
    #expect(spendAndSave.contains("rejectedEligible"))
    let report = try CheckEvaluatorReportTests.report(run.standardOutput)
    let evaluator = try #require(report["evaluator"] as? [String: Any])
    #expect(evaluator["command"] as? String == command)
    #expect((evaluator["requests"] as? Int ?? 0) >= 300)
  }
}
