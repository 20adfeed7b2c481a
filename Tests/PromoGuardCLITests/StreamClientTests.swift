import Foundation
import Testing

@testable import PromoGuardCLI

/// The ten-line clients of Docs/clients, run by their interpreter against the built `promoguard evaluate
/// --stream` through pipes: each must print the same quote as `promoguard evaluate --checkout`.
///
/// The CI machine is promised only the Swift toolchain (README), so each test runs only where its interpreter
/// is on the PATH; on this project's development machine both python3 and node are. The PHP client is not run:
/// there is no PHP here (Docs/AnyCheckout.md says so).
@Suite(.timeLimit(.minutes(2))) struct StreamClientTests {
  /// The checkout the clients quote.
  static let checkout = "Fixtures/examples/checkouts/bedding-20-applied.checkout.json"

  /// The full path of `name` on the PATH, or `nil`.
  static func interpreter(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs `client` with `interpreter`, `promoguard` on its PATH, and compares what it prints with the quote of
  /// `evaluate --checkout`.
  static func expectSameQuote(interpreter: String, client: String) throws {
    let tool = try #require(PipedChild.tool, "build the package first: no .build/debug/promoguard")
    let child = try PipedChild(
      interpreter, [client, "Fixtures/examples", Self.checkout],
      environment: [
        "PATH": URL(fileURLWithPath: tool).deletingLastPathComponent().path + ":/usr/bin:/bin"
      ])
    defer { child.end() }
    let printed = try #require(child.readLine(), "the client printed nothing")
    #expect(child.exitStatus() == 0)
    let direct = CLIRun([
      "evaluate", "--campaigns", "Fixtures/examples", "--checkout", Self.checkout, "--compact",
    ])
    #expect(direct.exitCode == 0)
    let parsed = try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? NSDictionary
    let expected =
      try JSONSerialization.jsonObject(with: Data(direct.standardOutput.utf8)) as? NSDictionary
    #expect(parsed != nil)
    #expect(parsed == expected)
  }

  /// Docs/clients/client.py through pipes (runs where python3 is installed).
  @Test(.enabled(if: interpreter("python3") != nil, "python3 is not on the PATH"))
  func thePythonClientQuotesThroughTheStream() throws {
    try Self.expectSameQuote(
      interpreter: try #require(Self.interpreter("python3")), client: "Docs/clients/client.py")
  }

  /// Docs/clients/client.js through pipes (runs where node is installed).
  @Test(.enabled(if: interpreter("node") != nil, "node is not on the PATH"))
  func theNodeClientQuotesThroughTheStream() throws {
    try Self.expectSameQuote(
      interpreter: try #require(Self.interpreter("node")), client: "Docs/clients/client.js")
  }
}
