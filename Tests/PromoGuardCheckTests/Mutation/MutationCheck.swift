import PromoGuard

@testable import PromoGuardCheck

/// Runs the real `check` pipeline on one campaign file of the mutation suite: the project's loader, then
/// `CheckRun.run` (static audit and generated scenarios) with a fixed seed.
enum MutationCheck {
  /// Modest, fixed settings: 400 scenarios with seed 1 on 2 threads; no shrinking (the suite needs the kinds
  /// found, not the smallest examples).
  static let configuration = CheckConfiguration(
    scenarios: 400, seed: 1, shrinkSteps: 0, threads: 2)

  /// What `check` found in one file.
  struct Outcome: Sendable {
    /// The loader's error, when the file did not load (a mistake in the suite, not a catch).
    var loadError: String?
    /// The findings each campaign's report shows that its `expectFindings` does not list, by campaign id.
    var unexpected: [String: [Finding]]

    /// The unexpected findings about one campaign.
    ///
    /// - Parameter campaignID: The campaign's id.
    /// - Returns: Its findings, audit first.
    func findings(of campaignID: String) -> [Finding] { unexpected[campaignID] ?? [] }

    /// Every unexpected finding, campaign by campaign, as "campaign: kind: summary" lines.
    var lines: [String] {
      if let loadError { return ["load error: \(loadError)"] }
      return unexpected.keys.sorted().flatMap { id in
        (unexpected[id] ?? []).map { "\(id): \($0.kind): \($0.summary)" }
      }
    }
  }

  /// The source of a file of the suite, with its companion files in memory when it has some.
  ///
  /// - Parameters:
  ///   - json: The campaign file.
  ///   - path: The path to load it under.
  ///   - companions: Its pools and recipient lists, by name.
  /// - Returns: The source.
  static func source(json: String, path: String, companions: [String: String]) -> CampaignSource {
    guard !companions.isEmpty else { return CampaignSource(path: path, bytes: Array(json.utf8)) }
    return CampaignSource(
      path: path, bytes: Array(json.utf8), companions: companions.mapValues { Array($0.utf8) })
  }

  /// Loads the file and checks every campaign in it.
  ///
  /// - Parameters:
  ///   - json: The campaign file.
  ///   - path: The path to load it under.
  ///   - companions: Its pools and recipient lists, by name.
  /// - Returns: What was found.
  static func run(json: String, path: String, companions: [String: String] = [:]) -> Outcome {
    let files: [CampaignFile]
    do {
      files = try CampaignLoader.load([source(json: json, path: path, companions: companions)])
    } catch {
      return Outcome(loadError: "\(error)", unexpected: [:])
    }
    let result = CheckRun.run(files: files, configuration: configuration)
    var unexpected = [String: [Finding]]()
    for report in result.reports {
      let findings = report.findings.filter { !$0.isExpected }
      if !findings.isEmpty { unexpected[report.campaignID] = findings }
    }
    return Outcome(loadError: nil, unexpected: unexpected)
  }
}

/// The outcome of each file of the suite, computed once however many tests ask (the per-case tests and the
/// score share them).
actor MutationOutcomes {
  /// The one cache of the test process.
  static let shared = MutationOutcomes()

  /// The runs started so far, by file text and path.
  private var runs: [String: Task<MutationCheck.Outcome, Never>] = [:]

  /// The outcome of checking a file, started on first request.
  ///
  /// - Parameters:
  ///   - json: The campaign file.
  ///   - path: The path to load it under.
  ///   - companions: Its pools and recipient lists, by name.
  /// - Returns: What `check` found.
  func outcome(json: String, path: String, companions: [String: String] = [:]) async
    -> MutationCheck.Outcome
  {
    var key = path + "\n" + json
    for name in companions.keys.sorted() { key += "\n\(name)\n" + (companions[name] ?? "") }
    if let run = runs[key] { return await run.value }
    let run = Task.detached { MutationCheck.run(json: json, path: path, companions: companions) }
    runs[key] = run
    return await run.value
  }
}
