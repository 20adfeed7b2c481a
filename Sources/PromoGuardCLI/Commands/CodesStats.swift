internal import PromoGuard

/// `promoguard codes stats FILE`: the count, duplicates under the matching, guessable codes, the length spread
/// and the alphabet of a code list.
enum CodesStats {
  /// Runs `codes stats` with the arguments after `stats`.
  ///
  /// - Returns: 0 when the list is clean, 1 with duplicates or guessable codes, 2 for bad arguments or input.
  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw UsageError(
        message: "expected one FILE (a CSV with a code column, or one code a line), found "
          + "\(arguments.positionals.count) arguments")
    }
    let matching: CodeMatching
    switch arguments.value("matching") ?? "relaxed" {
    case "relaxed": matching = .relaxed
    case "exact": matching = .exact
    case let other:
      throw UsageError(message: "--matching \(other): use relaxed (the default) or exact")
    }
    let isJSON: Bool
    switch arguments.value("format") ?? "text" {
    case "text": isJSON = false
    case "json": isJSON = true
    case let other:
      throw UsageError(message: "--format \(other): codes stats writes text (default) or json")
    }
    let column = arguments.value("column") ?? "code"
    guard let list = CodeListFile.read(path, column: column, what: "code", io: &io) else {
      return ExitCode.badInput
    }
    let stats = CodeListStats(list: list, matching: matching)
    let report = CodeStatsReport(file: path, column: list.hasHeader ? column : nil, stats: stats)
    io.print(isJSON ? report.json.rendered(.pretty) : report.text)
    return stats.isClean ? ExitCode.success : ExitCode.findings
  }
}
