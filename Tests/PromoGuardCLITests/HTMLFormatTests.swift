import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCLI

/// `--format html` for check, lint and diff: to a file, to redirected standard output, never to a terminal.
@Suite struct HTMLFormatTests {
  /// A fresh path for an HTML file under the temporary directory.
  static func outputPath() -> String {
    NSTemporaryDirectory() + "promoguard-html-\(UUID().uuidString).html"
  }

  /// Runs `arguments` with standard output a terminal.
  static func runOnTerminal(_ arguments: [String]) -> (Int32, CommandIO) {
    var io = CommandIO(
      readStandardInput: { [] }, now: { Instant(microsecondsSinceEpoch: 1_790_000_000_000_000) },
      isErrorTerminal: false, workingDirectory: CLIRun.repositoryRoot, environment: [:],
      isOutputTerminal: true)
    let code = CommandLineTool.run(arguments, io: &io)
    return (code, io)
  }

  @Test(arguments: [
    ["check", "Fixtures/planted/threshold.json", "--format", "html"],
    ["lint", "Fixtures/planted", "--format", "html"],
    ["diff", "Fixtures/planted", "Fixtures/planted", "--format", "html"],
  ])
  func htmlIsNeverWrittenToATerminal(_ arguments: [String]) {
    let (code, io) = Self.runOnTerminal(arguments)
    #expect(code == 2)
    #expect(
      io.standardError.hasPrefix(
        "error: --format html writes a web page: add --output FILE (such as --output report.html) or "
          + "redirect standard output to a file\n"))
    #expect(io.standardOutput.isEmpty)
  }

  @Test func checkWritesTheReportToOutputAndTheTextToStandardOutput() throws {
    let path = Self.outputPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = CLIRun([
      "check", "Fixtures/planted/threshold.json", "--scenarios", "300", "--format", "html",
      "--output", path,
    ])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("PASS planted-threshold"))
    #expect(run.standardOutput.hasSuffix("Report written to \(path). Seed 1.\n"))
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    #expect(html.contains("id=\"campaign-planted-threshold\""))
    #expect(
      html.contains(
        "<code>promoguard check --format html --output \(path) --scenarios 300 "
          + "Fixtures/planted/threshold.json</code>"))
  }

  @Test func checkWritesHTMLToRedirectedStandardOutput() {
    let run = CLIRun([
      "check", "Fixtures/planted/threshold.json", "--scenarios", "300", "--format", "html",
    ])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.hasPrefix("<!DOCTYPE html>\n"))
    #expect(run.standardOutput.hasSuffix("</html>\n"))
  }

  @Test func lintWritesAnHTMLReport() throws {
    let path = Self.outputPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = CLIRun(["lint", "Fixtures/planted", "--format", "html", "--output", path])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.hasSuffix("Lint passes.\nReport written to \(path).\n"))
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.contains("<title>promoguard lint report</title>"))
    // Fixtures/planted holds seven campaigns: a card each.
    #expect(html.components(separatedBy: "<section class=\"card ").count - 1 == 7)
  }

  @Test func diffWritesAnHTMLReport() throws {
    let (old, new) = try DiffCommandTests.paths()
    let run = CLIRun(["diff", old, new, "--at", "2026-09-15T10:00:00-04:00", "--format", "html"])
    #expect(run.exitCode == 1)
    #expect(run.standardOutput.hasPrefix("<!DOCTYPE html>\n"))
    #expect(run.standardOutput.contains("<title>promoguard diff report</title>"))
    #expect(run.standardOutput.contains("class=\"card fail\" id=\"campaign-sept-20\""))
    #expect(run.standardOutput.contains("minimum spend"))
  }

  @Test func lintAndDiffWriteTextToOutputToo() throws {
    let path = Self.outputPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = CLIRun(["lint", "Fixtures/planted", "--output", path])
    #expect(run.exitCode == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasSuffix("Lint passes.\n"))
  }
}
