import Foundation
internal import PromoGuard

/// The `promoguard` command line: argument parsing, reading files, rendering and exit codes.
public enum CommandLineTool: Sendable {
  /// Every command, in the order `--help` lists them.
  static let commands: [Command] = [
    CheckCommand.command, LintCommand.command, EvaluateCommand.command, ExplainCommand.command,
    TermsCommand.command, DiffCommand.command, SchemaCommand.command, CodesCommand.command,
  ]

  /// Runs `promoguard` with `arguments` (without the program name), writing to the process's standard output
  /// and error.
  ///
  /// - Parameter arguments: The command-line arguments after the program name.
  /// - Returns: The exit code: 0 nothing found, 1 findings, 2 bad arguments or bad input, 3 `check` did not
  ///   finish (some campaigns untested).
  public static func run(_ arguments: [String]) -> Int32 {
    var io = CommandIO.process()
    return runAndWrite(arguments, io: &io)
  }

  /// Runs `promoguard` with the whole command line, program path first (`CommandLine.arguments`), writing to
  /// the process's standard output and error.
  ///
  /// The program path tells how the person started the tool (`swift run promoguard`, `promoguard` from
  /// `PATH`, `.build/release/promoguard`), so reproduce commands in reports start the same way.
  ///
  /// - Parameter commandLine: The program path, then the arguments.
  /// - Returns: The exit code.
  public static func run(commandLine: [String]) -> Int32 {
    var io = CommandIO.process(programPath: commandLine.first)
    return runAndWrite(Array(commandLine.dropFirst()), io: &io)
  }

  /// Runs and writes what the command printed to the process's standard output and error.
  private static func runAndWrite(_ arguments: [String], io: inout CommandIO) -> Int32 {
    let code = run(arguments, io: &io)
    FileHandle.standardOutput.write(Data(io.standardOutput.utf8))
    FileHandle.standardError.write(Data(io.standardError.utf8))
    return code
  }

  /// Runs `promoguard` with `arguments`, reading and writing through `io`.
  ///
  /// - Parameters:
  ///   - arguments: The command-line arguments after the program name.
  ///   - io: Standard input, output, error, clock and working directory.
  /// - Returns: The exit code.
  static func run(_ arguments: [String], io: inout CommandIO) -> Int32 {
    guard let first = arguments.first else {
      io.printError("error: no command given")
      io.printError("")
      io.printError(overview)
      return ExitCode.badInput
    }
    if first == "--help" || first == "-h" || first == "help" {
      if first == "help", arguments.count > 1, let command = command(named: arguments[1]) {
        io.print(command.help)
      } else {
        io.print(overview)
      }
      return ExitCode.success
    }
    if first == "--version" {
      io.print("promoguard \(PromoGuardVersion.current)")
      return ExitCode.success
    }
    guard let command = command(named: first) else {
      let hint = NearestName.suggestion(for: first, among: commands.map(\.name)).map {
        " (did you mean '\($0)'?)"
      }
      io.printError("error: unknown command '\(first)'\(hint ?? "")")
      io.printError("See 'promoguard --help' for the commands.")
      return ExitCode.badInput
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      io.print(command.help)
      return ExitCode.success
    }
    do {
      let parsed = try ArgumentParser.parse(rest, options: command.options)
      return try command.run(parsed, &io)
    } catch {
      io.printError("error: \(error.message)")
      io.printError("usage: \(command.usage)")
      io.printError("See 'promoguard \(command.name) --help'.")
      return ExitCode.badInput
    }
  }

  static func command(named name: String) -> Command? {
    commands.first { $0.name == name }
  }

  /// The text of `promoguard --help`.
  static var overview: String {
    var text = """
      promoguard \(PromoGuardVersion.current) — checks promotion codes at checkout and proves, before a \
      campaign launches, that every code gives customers what the campaign promised.

      USAGE: promoguard <command> [options]

      COMMANDS:

      """
    for command in commands {
      let name = "  " + command.name
      text += name + String(repeating: " ", count: max(2, 12 - name.count)) + command.summary + "\n"
    }
    text += "\nRun 'promoguard <command> --help' for a command's options.\n\n" + exitCodesHelp
    return text
  }

  static let exitCodesHelp = """
    EXIT CODES:
      0  nothing found (or only findings the files expect)
      1  findings
      2  bad arguments or bad input (the message names the file, line, column and JSON path)
      3  check only: did not finish — some campaigns untested (fewer scenarios ran than their boundary
         set, because of --scenarios or --time-limit) and nothing failed; findings (1) win over 3
    """
}
