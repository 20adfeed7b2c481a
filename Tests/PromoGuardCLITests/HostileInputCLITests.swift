import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCLI

/// Hostile input through the command line: diagnostics rendered in one pass with bounded excerpts,
/// standard input read only up to the limit, evaluation errors located in the checkout file.
@Suite struct HostileInputCLITests {
  /// The character at the caret of a rendered excerpt.
  static func characterAtCaret(_ excerpt: DiagnosticRenderer.Excerpt) -> Character? {
    let characters = Array(excerpt.text)
    return characters.indices.contains(excerpt.caretOffset)
      ? characters[excerpt.caretOffset] : nil
  }

  @Test func threeMegabyteLineWithTwoHundredFiftyErrorsRendersBoundedExcerpts() {
    // One 3 MB line: 250 markers "X" spread along it, each the place of one diagnostic.
    let segment = String(repeating: "a", count: 12_000)
    let line = (0..<250).map { _ in segment + "X" }.joined()
    let bytes = Array(("{\n" + line + "\n}").utf8)
    let diagnostics = (0..<250).map { index in
      Diagnostic(
        file: "big.json", line: 2, column: index * 12_001 + 12_001, path: "",
        message: "bad \(index)"
      )
    }
    let renderer = DiagnosticRenderer(sources: ["big.json": bytes])
    let excerpts = renderer.excerpts(for: diagnostics)["big.json"] ?? [:]
    #expect(excerpts.count == 250)
    #expect(excerpts.values.allSatisfy { Self.characterAtCaret($0) == "X" })
    #expect(excerpts.values.allSatisfy { $0.text.count <= 202 })
    let text = renderer.render(diagnostics)
    #expect(text.hasSuffix("250 problems found; nothing was run.\n"))
    #expect(text.utf8.count < 250 * 3 * 220)
  }

  @Test func longLineIsCutAroundTheColumnWithTheCaretUnderIt() {
    let line =
      String(repeating: "0123456789", count: 50) + "é€😀X" + String(repeating: "z", count: 500)
    let bytes = Array(line.utf8)
    // "X" is character 504 of the line.
    let excerpt = DiagnosticRenderer.excerpts(of: bytes, at: [.init(line: 1, column: 504)])[
      .init(line: 1, column: 504)]
    #expect(excerpt?.text.hasPrefix("…") == true)
    #expect(excerpt?.text.hasSuffix("…") == true)
    #expect(excerpt?.text.count == 202)
    #expect(excerpt.flatMap(Self.characterAtCaret) == "X")
    #expect(excerpt?.text.contains("é€😀X") == true)
  }

  @Test func shortLinesAreQuotedWholeAndControlCharactersBecomeSpaces() {
    let bytes = Array("{\r\n\t\"a\": 1,\u{1B}[31m\r  \"b\"}".utf8)
    let excerpts = DiagnosticRenderer.excerpts(
      of: bytes,
      at: [.init(line: 2, column: 2), .init(line: 3, column: 3), .init(line: 9, column: 1)])
    #expect(excerpts[.init(line: 2, column: 2)] == .init(text: " \"a\": 1, [31m", caretOffset: 1))
    #expect(excerpts[.init(line: 3, column: 3)] == .init(text: "  \"b\"}", caretOffset: 2))
    #expect(excerpts[.init(line: 9, column: 1)] == nil)
  }

  @Test func aCampaignFileOfTwentyThousandBadCampaignsOnOneLineRendersQuickly() throws {
    let campaigns = (0..<20_000).map { "{\"id\": \"c-\($0)\", \"nme\": 1}" }
    let path = "/tmp/promoguard-hostile-\(UInt64.random(in: 0...UInt64.max)).json"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try #require(
      FileWriter.write(
        "{\"format\": \"promoguard/1\", \"campaigns\": [" + campaigns.joined(separator: ",") + "]}",
        to: path))
    let run = CLIRun(["lint", path])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.hasPrefix(
        "\(path):1:56: campaigns[0]: unknown key \"nme\" — did you mean \"name\"?\n"
          + "  {\"format\": \"promoguard/1\", \"campaigns\": [{\"id\": \"c-0\", \"nme\": 1},{"))
    #expect(run.standardError.hasSuffix("201 problems found; nothing was run.\n"))
    let lines = run.standardError.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count < 400 })
  }

  @Test func standardInputIsReadOnlyUpToTheLimit() {
    var calls = 0
    let bytes = InputFiles.read(atMost: 1_000_001) { count in
      calls += 1
      return [UInt8](repeating: 0x20, count: count)
    }
    #expect(bytes.count == 1_000_001)
    #expect(calls == 16)  // ⌈1,000,001 / 65,536⌉: the endless stream is never read further
  }

  @Test func standardInputLargerThanTheLimitIsRefusedWithExitTwo() throws {
    let path = try EvaluateCommandTests.campaignFile()
    let input = String(repeating: " ", count: InputFiles.maximumFileBytes + 1)
    let run = CLIRun(["evaluate", "--campaigns", path, "--checkout", "-"], standardInput: input)
    #expect(run.exitCode == 2)
    #expect(
      run.standardError
        == "error: <stdin>: standard input is larger than 33554432 bytes, the largest checkout "
        + "accepted — nothing past that was read; send a smaller checkout\n")
  }

  @Test func anAmountThatOverflowsNamesTheLineColumnAndPathOfTheCheckoutLine() throws {
    let campaigns = try EvaluateCommandTests.campaignFile()
    let checkout = "/tmp/promoguard-overflow-\(UInt64.random(in: 0...UInt64.max)).checkout.json"
    defer { try? FileManager.default.removeItem(atPath: checkout) }
    try #require(
      FileWriter.write(
        """
        {"currency": "USD",
         "lines": [{"sku": "A", "unitPrice": "1.00"},
                   {"sku": "B", "unitPrice": "9999999999999.99", "quantity": 1000000}],
         "at": "2026-01-01T00:00:00Z"}
        """, to: checkout))
    for command in ["evaluate", "explain"] {
      let run = CLIRun([command, "--campaigns", campaigns, "--checkout", checkout])
      // Line 3: the second line's object starts after 11 spaces, in column 12.
      #expect(run.exitCode == 2)
      #expect(
        run.standardError == """
          \(checkout):3:12: lines[1]: [overflow] the amount of line 2 is too large to compute exactly \
          — check the prices and quantities
                       {"sku": "B", "unitPrice": "9999999999999.99", "quantity": 1000000}],
                       ^
          1 problem found; the checkout cannot be quoted.

          """)
    }
  }
}
