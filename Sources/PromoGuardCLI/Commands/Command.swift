/// A `promoguard` command: its name, its help and what it does.
struct Command: Sendable {
  /// The word after `promoguard`.
  var name: String
  /// One line for `promoguard --help`.
  var summary: String
  /// The synopsis, like `promoguard evaluate --campaigns PATH... --checkout FILE|-`.
  var usage: String
  /// The options it accepts (`--help` is added for every command).
  var options: [OptionSpec]
  /// More help: what it does, with an example.
  var discussion: String
  /// The exit codes it can return, listed in its help.
  var exitCodes: ExitCodeSet
  /// Runs the command on parsed arguments and returns the exit code; throws `UsageError` when the arguments
  /// make no sense (the caller prints it with the usage).
  var run: @Sendable (ParsedArguments, inout CommandIO) throws(UsageError) -> Int32

  /// The text of `promoguard NAME --help`.
  var help: String {
    var text = "OVERVIEW: \(summary)\n\nUSAGE: \(usage)\n"
    let all = options + [.flag("help", help: "Show this help.")]
    text += "\nOPTIONS:\n"
    for option in all {
      let left = "  --\(option.name)" + (option.valueName.map { " \($0)" } ?? "")
      let padded =
        left.count < 26 ? left + String(repeating: " ", count: 26 - left.count) : left + "  "
      text += padded + option.help + "\n"
    }
    if !discussion.isEmpty { text += "\n" + discussion + "\n" }
    text += "\n" + exitCodes.help
    return text
  }
}
