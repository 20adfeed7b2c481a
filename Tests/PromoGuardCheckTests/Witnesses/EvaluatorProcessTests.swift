import Foundation
import Testing

@testable import PromoGuardCheck

/// `EvaluatorProcess`: the pipe to one external checkout, with several requests in flight.
///
/// No time limit: the tests bound their own waits (the timeouts given, elapsed time checked), and a suite time
/// limit counts the time a test waits for a thread while the rest of the target runs.
@Suite struct EvaluatorProcessTests {
  /// A process that never reads, sent 1,000 requests of 1 KiB with all of them allowed in flight: the input
  /// pipe (64 KiB on Linux) fills, and the write is timed out like an answer, naming the first request — never
  /// a hang.
  @Test func aProcessThatStopsReadingIsTimedOutWhileWriting() throws {
    let process = try EvaluatorProcess(command: "exec sleep 20")
    defer { process.stop() }
    let requests = (1...1_000).map { id in
      EvaluatorProcess.Outgoing(
        line: "{\"id\":\(id),\"pad\":\"" + String(repeating: "x", count: 1_024) + "\"}", id: id)
    }
    let started = Date()
    #expect {
      try process.exchange(requests, window: 1_000, timeout: .seconds(1))
    } throws: { error in
      let failure = error as? EvaluatorFailure
      return failure?.message
        == "the evaluator did not read a request within 1.0 seconds (--evaluator-timeout); it is stopped"
        && failure?.awaitedRequest?.hasPrefix("{\"id\":1,") == true
        && failure?.lastRequest?.hasPrefix("{\"id\":1,") == false
    }
    #expect(Date().timeIntervalSince(started) < 10)
  }

  /// Answers read in order with a window of 3: each request's answer is the one with its id.
  @Test func answersComeBackInOrderWithSeveralInFlight() throws {
    // A shell loop echoes each request's id as an error response, in order, as soon as it reads it.
    let process = try EvaluatorProcess(
      command:
        #"while IFS= read -r line; do id=${line#*:}; id=${id%\}}; "#
        + #"printf '{"id":%s,"error":{"message":"m%s"}}\n' "$id" "$id"; done"#)
    defer { process.stop() }
    let requests = (1...10).map { EvaluatorProcess.Outgoing(line: "{\"id\":\($0)}", id: $0) }
    let answers = try process.exchange(requests, window: 3, timeout: .seconds(10))
    let messages = answers.map { answer -> String in
      if case .error(let message) = answer { return message }
      return "a quote"
    }
    #expect(messages == (1...10).map { "m\($0)" })
  }
}
