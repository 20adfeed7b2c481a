import Foundation
import Testing

/// A child process driven through pipes, for tests of the real `promoguard` binary: write lines to its
/// standard input, read lines from its standard output with a timeout, and always end it.
final class PipedChild {
  private let process = Process()
  private let input: FileHandle
  private let output: FileHandle
  private var buffer: [UInt8] = []

  /// The `promoguard` binary `swift build` put next to the test bundle, or `nil` when there is none.
  static let tool: String? = {
    var candidates = [String]()
    if let executable = Bundle.main.executableURL {
      candidates.append(
        executable.deletingLastPathComponent().appendingPathComponent("promoguard").path)
    }
    let first = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
    candidates.append(first.deletingLastPathComponent().appendingPathComponent("promoguard").path)
    candidates.append(CLIRun.repositoryRoot + "/.build/debug/promoguard")
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// Starts `executable` with `arguments` in the repository root, with `environment` added to this process's.
  init(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws {
    signal(SIGPIPE, SIG_IGN)
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.currentDirectoryURL = URL(fileURLWithPath: CLIRun.repositoryRoot)
    let inputPipe = Pipe()
    let outputPipe = Pipe()
    process.standardInput = inputPipe
    process.standardOutput = outputPipe
    try process.run()
    input = inputPipe.fileHandleForWriting
    output = outputPipe.fileHandleForReading
  }

  deinit { end() }

  /// Writes `text` (a line break included when wanted).
  func write(_ text: String) {
    input.write(Data(text.utf8))
  }

  /// Closes the child's standard input.
  func closeInput() {
    try? input.close()
  }

  /// The next line of standard output, or `nil` at its end or after `seconds` without one.
  func readLine(within seconds: Int = 30) -> String? {
    let deadline = Date().addingTimeInterval(TimeInterval(seconds))
    while true {
      if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        let line = String(decoding: buffer[..<end], as: UTF8.self)
        buffer.removeFirst(end + 1)
        return line
      }
      let left = Int32(max(0, deadline.timeIntervalSinceNow * 1_000))
      guard left > 0 else { return nil }
      var poller = pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, left) > 0 else { continue }
      let data = output.availableData
      if data.isEmpty { return nil }
      buffer.append(contentsOf: data)
    }
  }

  /// Waits at most `seconds` for the child to exit and returns its status, killing it if it does not.
  func exitStatus(within seconds: Int = 30) -> Int32? {
    let deadline = Date().addingTimeInterval(TimeInterval(seconds))
    while process.isRunning && Date() < deadline { usleep(10_000) }
    guard !process.isRunning else {
      end()
      return nil
    }
    return process.terminationStatus
  }

  /// Kills the child if it is still running.
  func end() {
    try? input.close()
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }
}
