import Foundation
internal import PromoGuard
internal import PromoGuardCheck

/// The options of `promoguard check`, read and checked.
struct CheckOptions {
  /// The report formats.
  enum Format: String {
    case text
    case json
    case junit
    case html
  }

  /// The files and directories to check.
  var paths: [String]
  /// The run's configuration.
  var configuration: CheckConfiguration
  /// The report format.
  var format: Format
  /// Where to write the report, or `nil` for standard output.
  var output: String?
  /// The external checkouts of `--evaluator`, or `nil` to test the engine.
  var evaluatorPool: EvaluatorPool?
  /// Whether `--at now` gave the fixed moment (the moment the run started, to the second).
  var atNow = false

  /// The most scenarios per campaign accepted.
  static let maximumScenarios = 100_000_000
  /// The most requests in flight per evaluator process accepted.
  static let maximumWindow = 4_096

  /// Reads the options; `PROMOGUARD_SEED` gives the seed when `--seed` is absent.
  init(
    _ arguments: ParsedArguments, environment: [String: String], now: () -> Instant
  ) throws(UsageError) {
    paths = arguments.positionals
    guard !paths.isEmpty else {
      throw UsageError(message: "missing PATH: name the campaign files or directories to check")
    }
    var configuration = CheckConfiguration()
    if let text = arguments.value("scenarios") {
      guard let count = Int(text), count >= 1, count <= Self.maximumScenarios else {
        throw UsageError(
          message:
            "--scenarios expects a whole number from 1 to \(Self.maximumScenarios), found '\(text)'"
        )
      }
      configuration.scenarios = count
    }
    if let text = arguments.value("seed") {
      guard let seed = UInt64(text) else {
        throw UsageError(message: "--seed expects a whole number from 0 to 2^64−1, found '\(text)'")
      }
      configuration.seed = seed
    } else if let text = environment["PROMOGUARD_SEED"] {
      guard let seed = UInt64(text) else {
        throw UsageError(
          message: "PROMOGUARD_SEED expects a whole number from 0 to 2^64−1, found '\(text)'")
      }
      configuration.seed = seed
    }
    if let text = arguments.value("shard") {
      guard let shard = Shard(text) else {
        throw UsageError(
          message: "--shard expects i/n with 1 ≤ i ≤ n, such as 2/4, found '\(text)'")
      }
      configuration.shard = shard
    }
    configuration.only = arguments.value("only")
    if let text = arguments.value("time-limit") {
      guard let seconds = Double(text), seconds.isFinite, seconds > 0, seconds <= 86_400 * 7 else {
        throw UsageError(
          message:
            "--time-limit expects a number of seconds above 0, such as 30 or 2.5, found '\(text)'")
      }
      configuration.timeLimit = .milliseconds(Int64((seconds * 1_000).rounded(.up)))
    }
    if let command = arguments.value("evaluator") {
      guard !command.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw UsageError(
          message: "--evaluator expects a command line, such as \"python3 adapter.py\"")
      }
      var timeout = Duration.seconds(10)
      if let text = arguments.value("evaluator-timeout") {
        guard let seconds = Double(text), seconds.isFinite, seconds > 0, seconds <= 3_600 else {
          throw UsageError(
            message:
              "--evaluator-timeout expects a number of seconds above 0, such as 10 or 0.5, found '\(text)'"
          )
        }
        timeout = .milliseconds(Int64((seconds * 1_000).rounded(.up)))
      }
      var window = EvaluatorPool.defaultWindow
      if let text = arguments.value("evaluator-window") {
        guard let count = Int(text), count >= 1, count <= Self.maximumWindow else {
          throw UsageError(
            message:
              "--evaluator-window expects a whole number of requests from 1 to \(Self.maximumWindow), "
              + "such as 16 (1 sends one request at a time), found '\(text)'")
        }
        window = count
      }
      let pool = EvaluatorPool(command: command, timeout: timeout, window: window)
      evaluatorPool = pool
      configuration.factory = ProcessEvaluatorFactory(pool: pool)
    } else if arguments.has("evaluator-timeout") {
      throw UsageError(message: "--evaluator-timeout goes with --evaluator")
    } else if arguments.has("evaluator-window") {
      throw UsageError(message: "--evaluator-window goes with --evaluator")
    }
    if let text = arguments.value("at") {
      if text == "now" {
        // Whole seconds, so the moment printed in the report and its reproduce commands is the one used.
        let started = now().microsecondsSinceEpoch
        configuration.fixedMoment = Instant(
          microsecondsSinceEpoch: started - ((started % 1_000_000) + 1_000_000) % 1_000_000)
        atNow = true
      } else {
        switch Timestamp.parse(text, in: .utc) {
        case .success(let resolved): configuration.fixedMoment = resolved.instant
        case .failure(let error): throw UsageError(message: "--at: \(error.message)")
        }
      }
    }
    configuration.showRecipients = arguments.has("show-recipients")
    self.configuration = configuration
    let formatText = arguments.value("format") ?? "text"
    guard let format = Format(rawValue: formatText) else {
      throw UsageError(message: "--format expects text, json, junit or html, found '\(formatText)'")
    }
    self.format = format
    output = arguments.value("output")
  }
}
