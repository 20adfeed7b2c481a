import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCLI

/// Runs `promoguard` as a function and captures what it prints.
struct CLIRun {
  var exitCode: Int32
  var standardOutput: String
  var standardError: String

  /// Runs the command line `arguments` with `standardInput`, in the repository root, the clock reading `now`
  /// microseconds since 1970 (2026-09-21T14:13:20Z by default).
  init(_ arguments: [String], standardInput: String = "", now: Int64 = 1_790_000_000_000_000) {
    var io = CommandIO(
      readStandardInput: { Array(standardInput.utf8) },
      now: { Instant(microsecondsSinceEpoch: now) }, isErrorTerminal: false,
      workingDirectory: CLIRun.repositoryRoot, environment: [:])
    exitCode = CommandLineTool.run(arguments, io: &io)
    standardOutput = io.standardOutput
    standardError = io.standardError
  }

  /// The package root, found from this file's path.
  static let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }()
}

/// Writes test files.
enum FileWriter {
  /// Writes `text` to `path`; `false` when it cannot.
  static func write(_ text: String, to path: String) -> Bool {
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
  }
}
