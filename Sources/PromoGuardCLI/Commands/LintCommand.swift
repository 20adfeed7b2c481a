internal import PromoGuard
internal import PromoGuardCheck

/// `promoguard lint`: the static audit of campaign files — messages, terms against mechanics, the published
/// wording, code hygiene — with no checkout needed.
enum LintCommand {
  static let command = Command(
    name: "lint",
    summary: "Audit campaign files: messages, terms vs mechanics, wording, code hygiene.",
    usage:
      "promoguard lint PATH... [--format text|json|html] [--output FILE] [--only ID] "
      + "[--show-recipients]",
    options: [
      .value("format", "text|json|html", help: "Output format (default text); html is a web page."),
      .value("output", "FILE", help: "Write the report to FILE instead of standard output."),
      .value(
        "only", "ID", repeatable: true,
        help: "Report only this campaign (repeatable); the audit still reads every file."),
      .flag(
        "show-recipients",
        help:
          "Print recipients' emails and customer ids in full (masked by default: j***@example.com)."
      ),
    ],
    discussion: """
      Reads every campaign file given (directories recursively) and reports, without running any checkout:
      messages whose recipients have no working way to the discount (unreachable) or that say something the
      campaign does not (messageMismatch); clauses where checkout is stricter than the published terms
      (termsDrift) or more generous (leak); wording that contradicts the structured terms (termsDrift); codes
      easy to confuse or to guess. Findings a campaign lists in "expectFindings" are marked (expected).

      With recipient lists (messages[].recipients), each finding over the list counts every recipient it
      affects and lists the first ten with their rows; emails and customer ids are masked (j***@example.com,
      c-4***) in every format unless --show-recipients is given.

      Exit 0 when every finding is expected and every expected kind lint can find was found.

      EXAMPLE:
        promoguard lint Fixtures/stories
        promoguard lint Fixtures --format json --only story-furs-sept-20
        promoguard lint Fixtures --format html --output lint.html
      """,
    exitCodes: .findings,
    run: run)

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    let paths = arguments.positionals
    guard !paths.isEmpty else {
      throw UsageError(message: "missing PATH: name the campaign files or directories to lint")
    }
    let format = arguments.value("format") ?? "text"
    guard ["text", "json", "html"].contains(format) else {
      throw UsageError(message: "unknown format '\(format)': use text, json or html")
    }
    let output = arguments.value("output")
    if format == "html" { try HTMLOutput.checkDestination(output: output, io: io) }
    guard let loaded = LoadedInput.campaignFiles(paths, io: &io) else { return ExitCode.badInput }
    let findings = StaticAudit.findings(
      files: loaded.files, showRecipients: arguments.has("show-recipients"))
    var reports = StaticAudit.reports(files: loaded.files, findings: findings)
    let only = arguments.values("only")
    if !only.isEmpty {
      let known = Set(reports.map(\.campaignID))
      if let id = only.first(where: { !known.contains($0) }) {
        io.printError("error: " + OnlyOption.unknownID(id, among: Array(known)))
        return ExitCode.badInput
      }
      reports = reports.filter { only.contains($0.campaignID) }
    }
    let report = LintReport(files: loaded.files, reports: reports)
    let rendered: String
    switch format {
    case "json": rendered = report.jsonOutput.rendered(.pretty) + "\n"
    case "html":
      rendered = HTMLReport(
        title: "promoguard lint", command: HTMLOutput.commandLine("lint", arguments, io: io),
        facts: [HTMLReport.Fact("Files", String(Set(reports.map(\.file)).count))],
        notes: report.reachNotes,
        reports: reports, files: loaded.files
      ).render()
    default: rendered = report.text
    }
    guard HTMLOutput.write(rendered, to: output, summary: report.summaryLine, io: &io) else {
      return ExitCode.badInput
    }
    return report.passes ? ExitCode.success : ExitCode.findings
  }
}
