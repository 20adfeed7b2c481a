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
  /// The request whose answer was awaited when it happened, when it is not the last one sent (several
  /// requests in flight).
  package var awaitedRequest: String? = nil

  /// What happened, then the request awaiting its answer and the last request sent.
  package var description: String {
    var text = message
    if let awaitedRequest, awaitedRequest != lastRequest {
      text += "\n  request awaiting its answer: \(Self.shown(awaitedRequest))"
    }
    if let lastRequest { text += "\n  last request sent: \(Self.shown(lastRequest))" }
    return text
  }

  /// A request line, cut after 2,000 characters.
  private static func shown(_ line: String) -> String {
    line.count > 2_000 ? String(line.prefix(2_000)) + "…" : line
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
/// Requests are pipelined: ``exchange(_:window:timeout:)`` keeps up to `window` requests written ahead of the
/// answers, and reads the answers in the order of the requests, each of which must echo its request's id.
/// While a request cannot be written (the process is not reading), answers already written are read, so a
/// full pipe in each direction never deadlocks the two processes.
package final class EvaluatorProcess: @unchecked Sendable {
  // Safe to send: an `EvaluatorProcess` is used by one thread at a time — `EvaluatorPool` hands it out under its
  // lock and takes it back before another thread can have it; `stop()` runs after the last use.
  /// The command, as given.
  package let command: String
  private let process: Process
  private let input: FileHandle
  private let output: FileHandle
  private var buffer: [UInt8] = []
  /// The bytes at the end of `buffer` after its last line break.
  private var unfinishedLineBytes = 0
  private var lastRequest: String?
  private var awaitedRequest: String?
  private var requestCount = 0
  private let clock = ContinuousClock()
  /// The longest response line accepted.
  static let maximumResponseBytes = 32 << 20

  /// One request to send: its line, without a line break, and the id its response must echo.
  package struct Outgoing: Sendable {
    /// The request line.
    package var line: String
    /// The request's id.
    package var id: Int
  }

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
    // Writes never block: a request that does not fit waits in `send` while answers are read.
    let flags = fcntl(input.fileDescriptor, F_GETFL)
    if flags >= 0 { _ = fcntl(input.fileDescriptor, F_SETFL, flags | O_NONBLOCK) }
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
    let answers = try exchange([Outgoing(line: request, id: id)], window: 1, timeout: timeout)
    guard let answer = answers.first else { throw fail("the evaluator gave no answer") }
    return answer
  }

  /// Sends the requests with up to `window` of them in flight and returns the answers, in order.
  ///
  /// Each answer must come within `timeout` of the later of its request being sent and the previous answer
  /// (the process answers in order, so time spent on earlier requests does not count).
  ///
  /// - Parameters:
  ///   - requests: The requests, in the order they are sent.
  ///   - window: The most requests written and not yet answered (1: one at a time).
  ///   - timeout: How long one request may take.
  /// - Returns: One answer per request, in order.
  /// - Throws: `EvaluatorFailure` when the process exited, hung, stopped reading, or answered out of order,
  ///   with an unknown id or with a line that is not a response.
  package func exchange(_ requests: [Outgoing], window: Int, timeout: Duration)
    throws(EvaluatorFailure) -> [ExchangeAnswer]
  {
    let window = max(1, window)
    var answers = [ExchangeAnswer]()
    answers.reserveCapacity(requests.count)
    var sentAt = [ContinuousClock.Instant]()
    sentAt.reserveCapacity(requests.count)
    var lastAnswerAt = clock.now
    while answers.count < requests.count {
      awaitedRequest = requests[answers.count].line
      while sentAt.count < requests.count && sentAt.count - answers.count < window {
        let request = requests[sentAt.count]
        lastRequest = request.line
        try send(request.line, deadline: clock.now.advanced(by: timeout), timeout: timeout)
        sentAt.append(clock.now)
      }
      let index = answers.count
      let request = requests[index]
      let deadline = max(sentAt[index], lastAnswerAt).advanced(by: timeout)
      let line = try receiveLine(deadline: deadline, timeout: timeout)
      lastAnswerAt = clock.now
      switch CheckoutExchange.response(line) {
      case .failure(let error):
        let text = String(decoding: line.prefix(300), as: UTF8.self)
        throw fail(
          "the evaluator answered a line that is not a response: \(error.description) — the line: \(text)"
        )
      case .success(let response):
        guard response.id == .number(String(request.id)) else {
          let shown = response.id.rendered(.compact)
          let known = requests[..<sentAt.count].contains { response.id == .number(String($0.id)) }
          throw fail(
            "the evaluator answered id \(shown) to request \(request.id)"
              + (known ? " (out of order: that request was sent but not yet due)" : "")
              + ": responses must come in the order of the requests, each echoing its request's id")
        }
        answers.append(response.answer)
      }
    }
    awaitedRequest = nil
    return answers
  }

  /// Writes one request line; while the process does not take it, reads what it answers meanwhile.
  private func send(_ line: String, deadline: ContinuousClock.Instant, timeout: Duration)
    throws(EvaluatorFailure)
  {
    var bytes = Array(line.utf8)
    bytes.append(UInt8(ascii: "\n"))
    let descriptor = input.fileDescriptor
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress.map { $0 + written }, $0.count - written)
      }
      if count > 0 {
        written += count
        continue
      }
      if count < 0 && errno == EINTR { continue }
      guard count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) else {
        throw fail("the evaluator stopped reading requests\(exitText())")
      }
      let milliseconds = try millisecondsLeft(
        until: deadline,
        orFail:
          "the evaluator did not read a request within \(timeout) (--evaluator-timeout); it is "
          + "stopped")
      var pollers = [
        pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0),
        pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&pollers, 2, milliseconds)
      if ready < 0 && errno == EINTR { continue }
      if ready > 0 && pollers[1].revents != 0 { try readChunk() }
    }
  }

  private func receiveLine(deadline: ContinuousClock.Instant, timeout: Duration)
    throws(EvaluatorFailure) -> [UInt8]
  {
    var scanned = 0
    while true {
      if let end = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
        var line = Array(buffer[..<end])
        buffer.removeFirst(end + 1)
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return line
      }
      scanned = buffer.count
      let milliseconds = try millisecondsLeft(
        until: deadline,
        orFail:
          "the evaluator did not answer within \(timeout) (--evaluator-timeout); it is stopped")
      var poller = pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, milliseconds)
      if ready < 0 && errno == EINTR { continue }
      guard ready > 0 else { continue }
      try readChunk()
    }
  }

  /// The milliseconds left until `deadline` (at least 1); when none are left, stops the process and throws
  /// `message`.
  private func millisecondsLeft(until deadline: ContinuousClock.Instant, orFail message: String)
    throws(EvaluatorFailure) -> Int32
  {
    let left = deadline - clock.now
    let milliseconds =
      left.components.seconds * 1_000 + left.components.attoseconds / 1_000_000_000_000_000
    guard milliseconds > 0 else { throw fail(message) }
    return Int32(clamping: max(1, milliseconds))
  }

  /// Reads what the process wrote into the buffer.
  private func readChunk() throws(EvaluatorFailure) {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = chunk.withUnsafeMutableBytes {
      read(output.fileDescriptor, $0.baseAddress, $0.count)
    }
    if count < 0 && (errno == EINTR || errno == EAGAIN) { return }
    guard count > 0 else {
      throw fail("the evaluator closed its output before answering\(exitText())")
    }
    buffer.append(contentsOf: chunk[..<count])
    if let lastBreak = chunk[..<count].lastIndex(of: UInt8(ascii: "\n")) {
      unfinishedLineBytes = count - lastBreak - 1
    } else {
      unfinishedLineBytes += count
    }
    guard unfinishedLineBytes <= Self.maximumResponseBytes else {
      throw fail("the evaluator's response is longer than \(Self.maximumResponseBytes) bytes")
    }
  }

  /// A failure with the last request, after stopping the process.
  private func fail(_ message: String) -> EvaluatorFailure {
    let failure = EvaluatorFailure(
      message: message, lastRequest: lastRequest, awaitedRequest: awaitedRequest)
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
