import Foundation
internal import PromoGuard
internal import PromoGuardCheck

/// `promoguard check`: runs every campaign against generated checkouts and reports every way a customer could be
/// let down.
enum CheckCommand {
  static let command = Command(
    name: "check",
    summary: "Run every campaign against generated checkouts and report what it gets wrong.",
    usage:
      "promoguard check PATH... [--scenarios N] [--seed S] [--only ID] [--shard i/n] "
      + "[--time-limit SECONDS] [--format text|json|junit|html] [--output FILE] "
      + "[--evaluator \"CMD ARGS\" [--evaluator-timeout SECONDS] [--evaluator-window N]] "
      + "[--at TIME|now] [--show-recipients]",
    options: [
      .value(
        "scenarios", "N",
        help: "Scenarios per campaign (default \(CheckConfiguration.defaultScenarios))."),
      .value("seed", "S", help: "The seed (default $PROMOGUARD_SEED, else 1); always printed."),
      .value("only", "ID", help: "Check only the campaign with this id."),
      .value("shard", "i/n", help: "Check only shard i of n (for a CI matrix of n runners)."),
      .value(
        "time-limit", "SECONDS",
        help: "Stop generating after this many seconds (boundaries of every campaign first)."),
      .value("format", "FORMAT", help: "text (default), json, junit or html (a web page)."),
      .value("output", "FILE", help: "Write the report to FILE instead of standard output."),
      .value(
        "evaluator", "\"CMD ARGS\"",
        help: "Test an external checkout: a command speaking JSON lines (Docs/AnyCheckout.md)."),
      .value(
        "evaluator-timeout", "SECONDS",
        help: "With --evaluator: the longest wait for one response (default 10)."),
      .value(
        "evaluator-window", "N",
        help:
          "With --evaluator: requests in flight per process (default \(EvaluatorPool.defaultWindow); "
          + "1: one at a time)."),
      .value("at", "TIME|now", help: "Judge every scenario at this moment (for a live checkout)."),
      .flag(
        "show-recipients",
        help:
          "Print recipients' emails and customer ids in full (masked by default: j***@example.com)."
      ),
    ],
    discussion: """
      For each campaign, generates checkouts — boundaries first (one unit under, at and over every threshold,
      the first and last moment of the window, customers in and out of the audience, every way to type each
      code, every message link), then random ones, journeys through a checkout session and combinations with
      the file's other campaigns — quotes them with the engine and compares each quote with what the terms
      promise. Each finding comes with its count, the smallest checkout that shows it and the command that
      reproduces it.

      A campaign passes when it shows exactly the findings its `expectFindings` lists and all its boundary
      scenarios ran. A campaign that ran fewer scenarios than its boundary set (--scenarios too low, or
      --time-limit reached) is UNTESTED, never passed: with nothing failed, the exit code is then 3. With
      --time-limit, every campaign's boundary scenarios run before any campaign's random ones, and random
      scenarios are shared in turn.

      --format html writes one self-contained web page (summary, a card per campaign, each finding's basket as a
      receipt); without --output it goes to standard output only when that is redirected, never to a terminal.

      With --evaluator "CMD ARGS", the checkout under test is not PromoGuard's engine but a process started with
      /bin/sh -c CMD (one per thread), answering `promoguard evaluate --stream`'s protocol. It is configured
      with every campaign of the files at once, as production is, so each scenario is judged with all of them
      active. Up to --evaluator-window requests are in flight per process, answered in order. A checkout that
      crashes, hangs (--evaluator-timeout), answers out of order or with invalid JSON stops the run with exit
      code 2, naming the last request sent. --at fixes every scenario's moment, for a checkout that cannot
      travel in time: window boundaries are then tested only where they fall at it; --at now is the moment
      the run starts, to the second, and the report and its reproduce commands give it as a time.

      Recipient lists (messages[].recipients) are personal data: every report format masks their email
      addresses and customer ids (j***@example.com, c-4***) unless --show-recipients is given.

      EXAMPLES:
        promoguard check Fixtures
        promoguard check shop.json --evaluator "python3 adapter.py" --at now
        promoguard check Fixtures --shard 2/4 --format junit --output check-2.xml
        promoguard check campaigns/autumn.json --seed 7 --only autumn-20
        promoguard check Fixtures --format html --output report.html
      """,
    exitCodes: .check,
    run: run)

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    var options = try CheckOptions(arguments, environment: io.environment, now: io.now)
    if options.format == .html { try HTMLOutput.checkDestination(output: options.output, io: io) }
    options.configuration.invocation = Invocation(
      tool: io.tool,
      arguments: reproduceArguments(arguments, moment: options.configuration.fixedMoment))
    let errorsBefore = io.standardError.utf8.count
    guard let loaded = LoadedInput.campaignFiles(options.paths, io: &io) else {
      return loadFailed(options, io: &io, errorsBefore: errorsBefore)
    }
    if let only = options.configuration.only,
      !loaded.files.contains(where: { $0.campaigns.contains { $0.id == only } })
    {
      let ids = loaded.files.flatMap { $0.campaigns.map(\.id) }
      io.printError("error: " + OnlyOption.unknownID(only, among: ids))
      return loadFailed(options, io: &io, errorsBefore: errorsBefore)
    }
    let progress: ProgressLine? = io.isErrorTerminal ? ProgressLine() : nil
    var report: (@Sendable (Int, Int) -> Void)? = nil
    if let progress {
      report = { done, total in progress.show(done: done, total: total) }
    }
    var result = CheckRun.run(
      files: loaded.files, configuration: options.configuration, progress: report)
    progress?.clear()
    if let pool = options.evaluatorPool {
      pool.stopAll()
      if let failure = pool.failure {
        io.printError(
          "error: the checkout under test (--evaluator \"\(pool.command)\") failed: \(failure)")
        io.printError(
          "No report: the evaluator must answer every request. See Docs/AnyCheckout.md.")
        return ExitCode.badInput
      }
      let counts = pool.counts
      result.externalCheckout = ExternalCheckoutSummary(
        command: pool.command, window: pool.window, timeout: pool.timeout,
        requests: counts.requests,
        refusedCodeResults: counts.refusedStatuses)
    }
    result.fixedMoment = options.configuration.fixedMoment.map {
      FixedMoment(instant: $0, isNow: options.atNow)
    }

    let rendered: String
    switch options.format {
    case .text: rendered = TextReport.render(result)
    case .json: rendered = JSONReport.render(result) + "\n"
    case .junit: rendered = JUnitReport.render(result)
    case .html:
      rendered = HTMLReport(
        check: result, files: loaded.files,
        command: HTMLOutput.commandLine("check", arguments, io: io)
      ).render()
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
    return exitCode(result)
  }

  /// 1 when a campaign fails, else 3 when a campaign is untested, else 0: findings win over an unfinished
  /// run, so a CI reads "found a problem" (1) apart from "did not finish" (3).
  ///
  /// - Parameter result: The run.
  /// - Returns: The exit code.
  static func exitCode(_ result: CheckResult) -> Int32 {
    if result.hasFailures { return ExitCode.findings }
    if result.hasUntested { return ExitCode.untested }
    return ExitCode.success
  }

  /// The person's paths and the options a reproduce command repeats, as given.
  ///
  /// `--scenarios`, `--time-limit`, `--evaluator`, `--evaluator-timeout`, `--evaluator-window` and `--at` are
  /// kept, `--at now` as the moment it stood for; `--seed`, `--only`, `--shard`, `--format` and `--output` are
  /// left out (the report adds its seed and the campaign). Paths starting with `-` follow a `--`.
  ///
  /// - Parameters:
  ///   - arguments: The parsed arguments.
  ///   - moment: The moment every scenario was fixed at, or `nil`.
  /// - Returns: The words.
  static func reproduceArguments(_ arguments: ParsedArguments, moment: Instant? = nil) -> [String] {
    var options = [String]()
    for name in [
      "scenarios", "time-limit", "evaluator", "evaluator-timeout", "evaluator-window", "at",
    ] {
      guard var value = arguments.value(name) else { continue }
      if name == "at", let moment { value = moment.description }
      options += ["--\(name)", value]
    }
    let paths = arguments.positionals
    if paths.contains(where: { $0.hasPrefix("-") }) { return options + ["--"] + paths }
    return paths + options
  }

  /// Exit code 2 after input that does not load; with `--format junit --output FILE`, first writes a report
  /// with one test case in error carrying the diagnostics, so CI shows why the check did not run.
  private static func loadFailed(_ options: CheckOptions, io: inout CommandIO, errorsBefore: Int)
    -> Int32
  {
    guard options.format == .junit, let output = options.output else { return ExitCode.badInput }
    let diagnostic = String(decoding: io.standardError.utf8.dropFirst(errorsBefore), as: UTF8.self)
    let xml = JUnitReport.renderLoadFailure(paths: options.paths, diagnostic: diagnostic)
    if !ReportFile.write(xml, to: output, workingDirectory: io.workingDirectory) {
      io.printError("error: \(output): cannot be written (check the folder exists and is writable)")
    }
    return ExitCode.badInput
  }
}
