internal import PromoGuardCheck

/// Delivering an HTML report (`--format html`): to `--output FILE`, or to standard output when that is
/// redirected — never to a terminal, where a page of markup helps no one.
enum HTMLOutput {
  /// The usage error for `--format html` without `--output` when standard output is a terminal.
  static let terminalError = UsageError(
    message:
      "--format html writes a web page: add --output FILE (such as --output report.html) or redirect "
      + "standard output to a file")

  /// Throws ``terminalError`` when the page would go to a terminal.
  ///
  /// - Parameters:
  ///   - output: The `--output` value, if any.
  ///   - io: The command's IO.
  /// - Throws: `UsageError` when `output` is `nil` and standard output is a terminal.
  static func checkDestination(output: String?, io: CommandIO) throws(UsageError) {
    if output == nil && io.isOutputTerminal { throw terminalError }
  }

  /// The command line as the person typed it, for the report's summary: the tool, the command, the paths,
  /// then each option (in name order) with its values, each word quoted for a POSIX shell when it needs it.
  ///
  /// - Parameters:
  ///   - command: The command's name (`check`).
  ///   - arguments: The parsed arguments.
  ///   - io: The command's IO (the tool's words).
  /// - Returns: The command line.
  static func commandLine(_ command: String, _ arguments: ParsedArguments, io: CommandIO) -> String
  {
    var words = io.tool + [command]
    let paths = arguments.positionals
    for name in arguments.options.keys.sorted() {
      let values = arguments.values(name)
      if values.isEmpty {
        words.append("--\(name)")
      } else {
        for value in values { words += ["--\(name)", value] }
      }
    }
    if paths.contains(where: { $0.hasPrefix("-") }) { words.append("--") }
    words += paths
    return words.map(Invocation.shellQuoted).joined(separator: " ")
  }

  /// Writes `text` to `output`, or to standard output when `output` is `nil`.
  ///
  /// - Parameters:
  ///   - text: The report.
  ///   - output: The `--output` value, if any.
  ///   - summary: A line for standard output once the file is written (none when `text` goes there).
  ///   - io: The command's IO.
  /// - Returns: `false` after printing an error when the file cannot be written.
  static func write(_ text: String, to output: String?, summary: String, io: inout CommandIO)
    -> Bool
  {
    guard let output else {
      io.standardOutput += text
      return true
    }
    guard ReportFile.write(text, to: output, workingDirectory: io.workingDirectory) else {
      io.printError("error: \(output): cannot be written (check the folder exists and is writable)")
      return false
    }
    io.print(summary)
    io.print("Report written to \(output).")
    return true
  }
}
