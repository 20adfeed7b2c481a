import Foundation
import Testing

@testable import PromoGuardCLI

/// `check --evaluator-window N`: up to N requests in flight per evaluator process, answers read in order.
@Suite(.timeLimit(.minutes(3))) struct EvaluatorWindowTests {
  /// A slow evaluator around `evaluate --stream`: before each answer it sleeps 50 ms, then reads every request
  /// already waiting on its input, and writes how many requests were waiting (the one it answers included) to
  /// the file named by its first argument.
  static let slowScript = """
    import os, select, subprocess, sys, time
    log = open(sys.argv[1], "a")
    child = subprocess.Popen(sys.argv[2:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    fd = sys.stdin.fileno()
    waiting, rest, ended = [], b"", False
    def take(block):
        global rest, ended
        if ended or not (block or select.select([fd], [], [], 0)[0]):
            return
        data = os.read(fd, 65536)
        ended = not data
        lines = (rest + data).split(b"\\n")
        rest = lines.pop()
        waiting.extend(line.decode() for line in lines if line.strip())
    while True:
        if not waiting:
            take(True)
            if not waiting and ended:
                break
            continue
        time.sleep(0.05)
        while select.select([fd], [], [], 0)[0] and not ended:
            take(False)
        log.write(f"{len(waiting)}\\n")
        log.flush()
        child.stdin.write(waiting.pop(0) + "\\n")
        child.stdin.flush()
        print(child.stdout.readline(), end="", flush=True)
    """

  /// Writes `text` to a new file under /tmp and returns its path.
  static func temporary(_ text: String, suffix: String) throws -> String {
    let path = "/tmp/promoguard-window-\(UInt64.random(in: 0...UInt64.max))\(suffix)"
    try #require(FileWriter.write(text, to: path))
    return path
  }

  /// A window of 16 keeps several requests waiting at a slow evaluator; a window of 1 never does.
  ///
  /// With 16 the slow evaluator finds more than one request waiting before it answers; with 1 (lock-step)
  /// exactly one. The findings are the engine's either way.
  @Test(arguments: [(window: "16", readsAhead: true), (window: "1", readsAhead: false)])
  func theWindowKeepsSeveralRequestsWaitingAtASlowEvaluator(window: String, readsAhead: Bool)
    throws
  {
    let file = "Fixtures/examples/bedding.json"
    let script = try Self.temporary(Self.slowScript, suffix: ".py")
    let log = try Self.temporary("", suffix: ".log")
    let command = "exec python3 \(script) \(log) \(try CheckEvaluatorTests.stream(file))"
    let arguments = ["check", file, "--scenarios", "40", "--format", "json"]
    let run = CLIRun(arguments + ["--evaluator", command, "--evaluator-window", window])
    #expect(run.standardError == "")
    let engine = CLIRun(arguments)
    #expect(run.exitCode == engine.exitCode)
    #expect(
      try CheckEvaluatorTests.findings(run.standardOutput)
        == CheckEvaluatorTests.findings(engine.standardOutput))
    let counts = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").compactMap
    {
      Int($0)
    }
    // Every request the run made was answered by the slow evaluator (40 scenarios, journeys send more).
    #expect(counts.count >= 40)
    let most = counts.max() ?? 0
    #expect(readsAhead ? most > 1 : most == 1)
    #expect(most <= Int(window) ?? 0)
  }

  /// An evaluator that reads two requests and answers the second first is reported: out of order, exit 2.
  @Test func answersOutOfOrderStopTheRunWithExitCode2() throws {
    let script = try Self.temporary(
      """
      import sys
      first = sys.stdin.readline()
      second = sys.stdin.readline()
      import json
      for line in (second, first):
          print(json.dumps({"id": json.loads(line)["id"], "error": {"message": "swapped"}}), flush=True)
      sys.stdin.read()
      """, suffix: ".py")
    let run = CLIRun([
      "check", "Fixtures/examples/bedding.json", "--scenarios", "60", "--evaluator",
      "exec python3 \(script)", "--evaluator-timeout", "5",
    ])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput == "")
    #expect(
      run.standardError.contains(
        "the evaluator answered id 2 to request 1 (out of order: that request was sent but not yet due)"
      ))
    #expect(run.standardError.contains("request awaiting its answer: {\"id\":1,\"checkout\":{"))
  }

  @Test(arguments: ["0", "x", "5000"])
  func aWindowOutsideOneTo4096IsAUsageError(window: String) {
    let run = CLIRun([
      "check", "Fixtures/examples/bedding.json", "--evaluator", "cat", "--evaluator-window", window,
    ])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.contains(
        "--evaluator-window expects a whole number of requests from 1 to 4096, such as 16 (1 sends one "
          + "request at a time), found '\(window)'"))
  }

  @Test func aWindowWithoutAnEvaluatorIsAUsageError() {
    let run = CLIRun(["check", "Fixtures/examples/bedding.json", "--evaluator-window", "4"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("--evaluator-window goes with --evaluator"))
  }
}
