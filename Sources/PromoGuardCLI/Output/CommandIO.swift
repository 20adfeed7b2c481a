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
  /// Reads the next chunk of standard input as it arrives (empty at the end), for streaming commands; `nil`
  /// reads all of ``readStandardInput`` as one chunk.
  var readInputChunk: (() -> [UInt8])? = nil
  /// Writes one line to standard output at once (for streaming commands), returning `false` when standard
  /// output is closed; `nil` appends to ``standardOutput``.
  var writeOutputLine: ((String) -> Bool)? = nil

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
      } ?? ["promoguard"],
      isOutputTerminal: isatty(1) == 1, readInputChunk: readStandardInputChunk,
      writeOutputLine: writeStandardOutputLine)
  }

  /// Reads up to 64 KiB of the process's standard input, as soon as some is available; empty at the end or
  /// on a read error.
  static func readStandardInputChunk() -> [UInt8] {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return [] }
      chunk.removeLast(chunk.count - count)
      return chunk
    }
  }

  /// Writes `line` and a line break to the process's standard output with `write(2)` (nothing buffered).
  ///
  /// - Returns: `false` when standard output is closed or cannot be written.
  static func writeStandardOutputLine(_ line: String) -> Bool {
    var bytes = Array(line.utf8)
    bytes.append(UInt8(ascii: "\n"))
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(1, $0.baseAddress.map { $0 + written }, $0.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      written += count
    }
    return true
  }

  /// Writes a streamed line: at once when the IO streams, otherwise to ``standardOutput``.
  ///
  /// - Returns: `false` when standard output is closed.
  mutating func emitLine(_ line: String) -> Bool {
    if let writeOutputLine { return writeOutputLine(line) }
    print(line)
    return true
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
