import Foundation
internal import PromoGuard

/// Everything a command reads from or writes to the world, so tests can run a command as a function.
struct CommandIO {
  /// Text for standard output.
  var standardOutput = ""
  /// Text for standard error.
  var standardError = ""
  /// Reads standard input to its end, or to one byte past ``InputFiles/maximumFileBytes`` (the caller
  /// refuses that), whichever comes first.
  var readStandardInput: () -> [UInt8]
  /// The current time.
  var now: () -> Instant
  /// Whether standard error is a terminal (for progress lines).
  var isErrorTerminal: Bool
  /// The working directory, against which relative paths are read.
  var workingDirectory: String
  /// Environment variables.
  var environment: [String: String]
  /// The words that start this tool again, for reproduce commands (`ToolInvocation`).
  var tool = ["promoguard"]
  /// Whether standard output is a terminal (an HTML report is not written there).
  var isOutputTerminal = false

  /// The IO of the running process.
  ///
  /// - Parameter programPath: The program's path as the process received it, or `nil` when not known.
  /// - Returns: The IO.
  static func process(programPath: String? = nil) -> CommandIO {
    let workingDirectory = FileManager.default.currentDirectoryPath
    return CommandIO(
      readStandardInput: {
        InputFiles.read(atMost: InputFiles.maximumFileBytes + 1) { count in
          (try? FileHandle.standardInput.read(upToCount: count)).map { Array($0) } ?? []
        }
      },
      now: { Instant(Date()) }, isErrorTerminal: isatty(2) == 1,
      workingDirectory: workingDirectory,
      environment: ProcessInfo.processInfo.environment,
      tool: programPath.map {
        ToolInvocation.words(programPath: $0, workingDirectory: workingDirectory)
      } ?? ["promoguard"], isOutputTerminal: isatty(1) == 1)
  }

  /// Appends a line to standard output.
  mutating func print(_ line: String) {
    standardOutput += line
    standardOutput += "\n"
  }

  /// Appends a line to standard error.
  mutating func printError(_ line: String) {
    standardError += line
    standardError += "\n"
  }
}
