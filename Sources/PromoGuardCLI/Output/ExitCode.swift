/// The exit codes of every command (Docs/CLI.md): 0 nothing found, 1 findings, 2 bad arguments or input, and for
/// `check` 3 when it did not finish (some campaigns untested, nothing failed).
enum ExitCode {
  /// Nothing found, or only findings the files expect.
  static let success: Int32 = 0
  /// Findings.
  static let findings: Int32 = 1
  /// Bad arguments or bad input.
  static let badInput: Int32 = 2
  /// `check` did not finish: some campaign ran fewer scenarios than its boundary set, and none failed.
  static let untested: Int32 = 3
}

/// The exit codes one command can return, as its `--help` lists them.
enum ExitCodeSet: Sendable {
  /// 0 and 2: a command that reports no findings (`evaluate`, `explain`, `terms`, `schema`).
  case noFindings
  /// 0, 1 and 2: a command that reports findings (`lint`, `diff`).
  case findings
  /// 0, 1, 2 and 3: `check`, which may not finish.
  case check
  /// 0, 1 and 2 for `codes`: `generate` returns 0 or 2, `stats` 1 when it finds duplicates or guessable codes.
  case codes

  /// The `EXIT CODES:` section of the command's help.
  var help: String {
    let badInput =
      "  2  bad arguments or bad input (the message names the file, line, column and JSON path)"
    switch self {
    case .noFindings:
      return "EXIT CODES:\n  0  success\n" + badInput
    case .findings:
      return "EXIT CODES:\n  0  nothing found (or only findings the files expect)\n  1  findings\n"
        + badInput
    case .codes:
      return
        "EXIT CODES:\n  0  generate: the file is written; stats: no duplicates, no guessable codes\n"
        + "  1  stats: duplicates or guessable codes found\n" + badInput
    case .check:
      return ExitCodeSet.findings.help + """

          3  some campaigns untested: fewer scenarios ran than their boundary set (because of --scenarios
             or --time-limit) and nothing failed; findings (1) win over 3
        """
    }
  }
}
