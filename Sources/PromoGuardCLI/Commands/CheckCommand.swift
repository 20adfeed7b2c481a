import Foundation
internal import PromoGuard
internal import PromoGuardScenarios

/// `promoguard check`: runs every campaign against generated checkouts and reports every way a customer could be
/// let down.
enum CheckCommand {
  static let command = Command(
    name: "check",
    summary: "Run every campaign against generated checkouts and report what it gets wrong.",
    usage:
      "promoguard check PATH... [--scenarios N] [--seed S] [--only ID] [--shard i/n] "
      + "[--time-limit SECONDS] [--format text|json|junit] [--output FILE]",
    options: [
      .value(
        "scenarios", "N",
        help: "Scenarios per campaign (default \(CheckConfiguration.defaultScenarios))."),
      .value("seed", "S", help: "The seed (default $PROMOGUARD_SEED, else 1); always printed."),
      .value("only", "ID", help: "Check only the campaign with this id."),
      .value("shard", "i/n", help: "Check only shard i of n (for a CI matrix of n runners)."),
      .value("time-limit", "SECONDS", help: "Stop generating after this many seconds."),
      .value("format", "FORMAT", help: "text (default), json or junit."),
      .value("output", "FILE", help: "Write the report to FILE instead of standard output."),
    ],
    discussion: """
      For each campaign, generates checkouts — boundaries first (one unit under, at and over every threshold,
      the first and last moment of the window, customers in and out of the audience, every way to type each
      code, every message link), then random ones, journeys through a checkout session and combinations with
      the file's other campaigns — quotes them with the engine and compares each quote with what the terms
      promise. Each finding comes with its count, the smallest checkout that shows it and the command that
      reproduces it.

      A campaign passes when it shows exactly the findings its `expectFindings` lists.

      EXAMPLES:
        promoguard check Fixtures
        promoguard check Fixtures --shard 2/4 --format junit --output check-2.xml
        promoguard check campaigns/autumn.json --seed 7 --only autumn-20
      """,
    run: run)

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    let options = try CheckOptions(arguments, environment: io.environment)
    guard let loaded = LoadedInput.campaignFiles(options.paths, io: &io) else {
      return ExitCode.badInput
    }
    if let only = options.configuration.only,
      !loaded.files.contains(where: { $0.campaigns.contains { $0.id == only } })
    {
      io.printError("error: no campaign has the id '\(only)' in the files given")
      return ExitCode.badInput
    }
    let progress: ProgressLine? = io.isErrorTerminal ? ProgressLine() : nil
    var report: (@Sendable (Int, Int) -> Void)? = nil
    if let progress {
      report = { done, total in progress.show(done: done, total: total) }
    }
    let result = CheckRun.run(
      files: loaded.files, configuration: options.configuration, progress: report)
    progress?.clear()

    let rendered: String
    switch options.format {
    case .text: rendered = TextReport.render(result)
    case .json: rendered = JSONReport.render(result) + "\n"
    case .junit: rendered = JUnitReport.render(result)
    }
    if let output = options.output {
      guard ReportFile.write(rendered, to: output, workingDirectory: io.workingDirectory) else {
        io.printError(
          "error: \(output): cannot be written (check the folder exists and is writable)")
        return ExitCode.badInput
      }
      let text = options.format == .text ? "" : TextReport.render(result)
      io.standardOutput += text
      io.print("Report written to \(output). Seed \(result.seed).")
    } else {
      io.standardOutput += rendered
    }
    return result.passes ? ExitCode.success : ExitCode.findings
  }
}
