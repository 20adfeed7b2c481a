import Foundation
package import PromoGuard

/// Why an external checkout can no longer be trusted to answer.
///
/// It crashed, hung, answered out of order, with an unknown id or with a line that is not a response. The run
/// stops with exit code 2.
package struct EvaluatorFailure: Error, Sendable, CustomStringConvertible {
  /// What happened, in words.
  package var message: String
  /// The last request line sent to the process, if any.
  package var lastRequest: String?

  /// What happened, then the last request sent.
  package var description: String {
    guard let lastRequest else { return message }
    let shown = lastRequest.count > 2_000 ? String(lastRequest.prefix(2_000)) + "…" : lastRequest
    return "\(message)\n  last request sent: \(shown)"
  }
}

/// An external checkout's `error` response: it could not quote a checkout the harness sent.
package struct EvaluatorRefusal: Error, Sendable, CustomStringConvertible {
  /// The checkout's own message.
  package var message: String

  /// `the checkout answered an error: …`.
  package var description: String { "the checkout answered an error: \(message)" }
}

/// One running external checkout: a child process started with `/bin/sh -c COMMAND`, JSON lines on its standard
/// input and output, its standard error passed through.
///
/// Requests go one at a time: ``exchange(_:id:timeout:)`` writes a line and waits, at most `timeout`, for the
/// response with the same id.
package final class EvaluatorProcess: @unchecked Sendable {
  // Safe to send: an `EvaluatorProcess` is used by one thread at a time — `EvaluatorPool` hands it out under its
  // lock and takes it back before another thread can have it; `stop()` runs after the last use.
  /// The command, as given.
  package let command: String
  private let process: Process
  private let input: FileHandle
  private let output: FileHandle
  private var buffer: [UInt8] = []
  private var lastRequest: String?
  private var requestCount = 0
  /// The longest response line accepted.
  static let maximumResponseBytes = 32 << 20

  /// Starts `command` through `/bin/sh -c`.
  ///
  /// - Parameter command: The command line, for example `python3 adapter.py --staging`.
  /// - Throws: `EvaluatorFailure` when it cannot be started.
  package init(command: String) throws(EvaluatorFailure) {
    // A child that exits makes writes fail with EPIPE instead of killing this process.
    signal(SIGPIPE, SIG_IGN)
    self.command = command
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let inputPipe = Pipe()
    let outputPipe = Pipe()
    process.standardInput = inputPipe
    process.standardOutput = outputPipe
    do {
      try process.run()
    } catch {
      throw EvaluatorFailure(
        message: "the evaluator '\(command)' could not be started: \(error)", lastRequest: nil)
    }
    // The child's ends belong to the child now; closing ours lets its exit show as end of file.
    try? inputPipe.fileHandleForReading.close()
    try? outputPipe.fileHandleForWriting.close()
    self.process = process
    self.input = inputPipe.fileHandleForWriting
    self.output = outputPipe.fileHandleForReading
  }

  /// The id of the next request: 1, 2, … on this process.
  func nextRequestID() -> Int {
    requestCount += 1
    return requestCount
  }

  /// Sends one request line and returns the response's answer.
  ///
  /// - Parameters:
  ///   - request: The request line, without a line break.
  ///   - id: The request's id, which the response must echo.
  ///   - timeout: How long to wait for the response.
  /// - Returns: The answer.
  /// - Throws: `EvaluatorFailure` when the process exited, hung, or answered something else than this
  ///   request's response.
  package func exchange(_ request: String, id: Int, timeout: Duration) throws(EvaluatorFailure)
    -> ExchangeAnswer
  {
    lastRequest = request
    try send(request)
    let line = try receiveLine(timeout: timeout)
    switch CheckoutExchange.response(line) {
    case .failure(let error):
      let text = String(decoding: line.prefix(300), as: UTF8.self)
      throw fail(
        "the evaluator answered a line that is not a response: \(error.description) — the line: \(text)"
      )
    case .success(let response):
      guard response.id == .number(String(id)) else {
        let shown = response.id.rendered(.compact)
        throw fail(
          "the evaluator answered id \(shown) to request \(id): responses must come in the order of the "
            + "requests, each echoing its request's id")
      }
      return response.answer
    }
  }

  private func send(_ line: String) throws(EvaluatorFailure) {
    var bytes = Array(line.utf8)
    bytes.append(UInt8(ascii: "\n"))
    let descriptor = input.fileDescriptor
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress.map { $0 + written }, $0.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw fail("the evaluator stopped reading requests\(exitText())") }
      written += count
    }
  }

  private func receiveLine(timeout: Duration) throws(EvaluatorFailure) -> [UInt8] {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    var scanned = 0
    while true {
      if let end = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
        var line = Array(buffer[..<end])
        buffer.removeFirst(end + 1)
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return line
      }
      scanned = buffer.count
      guard buffer.count <= Self.maximumResponseBytes else {
        throw fail("the evaluator's response is longer than \(Self.maximumResponseBytes) bytes")
      }
      let left = deadline - clock.now
      let milliseconds =
        left.components.seconds * 1_000 + left.components.attoseconds / 1_000_000_000_000_000
      guard milliseconds > 0 else {
        throw fail(
          "the evaluator did not answer within \(timeout) (--evaluator-timeout); it is stopped")
      }
      var poller = pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, Int32(clamping: milliseconds))
      if ready < 0 && errno == EINTR { continue }
      guard ready > 0 else { continue }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = chunk.withUnsafeMutableBytes {
        read(output.fileDescriptor, $0.baseAddress, $0.count)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        throw fail("the evaluator closed its output before answering\(exitText())")
      }
      buffer.append(contentsOf: chunk[..<count])
    }
  }

  /// A failure with the last request, after stopping the process.
  private func fail(_ message: String) -> EvaluatorFailure {
    let failure = EvaluatorFailure(message: message, lastRequest: lastRequest)
    stop()
    return failure
  }

  /// `: it exited with status N` once the process has exited (waiting a moment for it), else empty.
  private func exitText() -> String {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .milliseconds(500))
    while process.isRunning && clock.now < deadline { usleep(10_000) }
    guard !process.isRunning else { return "" }
    return process.terminationReason == .uncaughtSignal
      ? " (it was killed by signal \(process.terminationStatus))"
      : " (it exited with status \(process.terminationStatus))"
  }

  /// Closes its standard input, gives it a moment to exit, then terminates and kills it.
  package func stop() {
    try? input.close()
    let clock = ContinuousClock()
    var deadline = clock.now.advanced(by: .seconds(1))
    while process.isRunning && clock.now < deadline { usleep(5_000) }
    if process.isRunning {
      process.terminate()
      deadline = clock.now.advanced(by: .seconds(1))
      while process.isRunning && clock.now < deadline { usleep(5_000) }
    }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    if !process.isRunning { process.waitUntilExit() }
    try? output.close()
  }
}
