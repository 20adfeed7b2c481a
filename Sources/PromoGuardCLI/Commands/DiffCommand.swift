internal import PromoGuard
internal import PromoGuardCheck

/// `promoguard diff`: "never reduce the promise" — every way a new version of the campaign files takes something
/// away from what the old version promised.
enum DiffCommand {
  static let command = Command(
    name: "diff",
    summary: "Report every reduction of a campaign's promise between two versions of the files.",
    usage: "promoguard diff OLD NEW [--at TIME] [--format text|json|html] [--output FILE]",
    options: [
      .value(
        "at", "TIME",
        help: "When campaigns are judged live (default now); without an offset, UTC."),
      .value("format", "text|json|html", help: "text (default), json or html (a web page)."),
      .value("output", "FILE", help: "Write the report to FILE instead of standard output."),
    ],
    discussion: """
      OLD and NEW are campaign files or directories. Campaigns with the same id are compared promise against
      promise (their terms, or their mechanics when they have none): a lower benefit, a new or higher
      condition, a narrower audience, channels or target, a new exclusion, a shorter period, new or lower
      limits or caps, no longer combinable, exact code matching, a code now required, a code or the campaign
      withdrawn. Each is a promiseReduced finding when the campaign is live at --at (OLD's period has started
      and not ended), and a change otherwise. Increases, other changes, new and unchanged campaigns are listed
      briefly. Exit 1 when a live campaign's promise is reduced.

      EXAMPLE:
        promoguard diff campaigns-before/ Fixtures/examples --at 2026-09-15T10:00:00-04:00
      """,
    exitCodes: .findings,
    run: run)

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    guard arguments.positionals.count == 2, let oldPath = arguments.positionals.first,
      let newPath = arguments.positionals.last
    else {
      throw UsageError(
        message: "expected two paths, OLD and NEW, found \(arguments.positionals.count)")
    }
    let format = try format(arguments)
    let output = arguments.value("output")
    if format == "html" { try HTMLOutput.checkDestination(output: output, io: io) }
    // Now, to the whole second: the report prints it, and no campaign window is finer than a second.
    let now = io.now().microsecondsSinceEpoch
    var at = Instant(microsecondsSinceEpoch: now - ((now % 1_000_000) + 1_000_000) % 1_000_000)
    if let text = arguments.value("at") {
      switch Timestamp.parse(text, in: .utc) {
      case .success(let resolved): at = resolved.instant
      case .failure(let error): throw UsageError(message: "--at: \(error.message)")
      }
    }
    // Both sides are read before giving up, so every problem is printed at once.
    let old = loaded(oldPath, io: &io)
    let new = loaded(newPath, io: &io)
    guard let old, let new else { return ExitCode.badInput }
    let diff = CampaignDiff(old: old, new: new, at: at)
    let report = DiffReport(diff: diff, oldPath: oldPath, newPath: newPath)
    let rendered: String
    switch format {
    case "json": rendered = report.json + "\n"
    case "html":
      rendered = HTMLDiffReport.render(
        diff: diff, oldPath: oldPath, newPath: newPath,
        command: HTMLOutput.commandLine("diff", arguments, io: io))
    default: rendered = report.text + "\n"
    }
    guard HTMLOutput.write(rendered, to: output, summary: report.summary, io: &io) else {
      return ExitCode.badInput
    }
    return diff.fails ? ExitCode.findings : ExitCode.success
  }

  /// The files at `path`, checked as one set (unique ids, codes that do not collide), or `nil` after printing
  /// why not.
  static func loaded(_ path: String, io: inout CommandIO) -> [CampaignFile]? {
    // Loading checks the files as one set already (`CampaignLoader.load`).
    LoadedInput.campaignFiles([path], io: &io)?.files
  }

  /// Whether `--format` asks for JSON; text by default (`promoguard terms`).
  ///
  /// - Throws: `UsageError` for a format other than text or json.
  static func isJSON(_ arguments: ParsedArguments) throws(UsageError) -> Bool {
    switch arguments.value("format") ?? "text" {
    case "text": return false
    case "json": return true
    case let other:
      throw UsageError(message: "unknown format '\(other)': use text or json")
    }
  }

  /// The `--format` asked for: `text` (the default), `json` or `html`.
  ///
  /// - Throws: `UsageError` for another format.
  static func format(_ arguments: ParsedArguments) throws(UsageError) -> String {
    let format = arguments.value("format") ?? "text"
    guard ["text", "json", "html"].contains(format) else {
      throw UsageError(message: "unknown format '\(format)': use text, json or html")
    }
    return format
  }
}
