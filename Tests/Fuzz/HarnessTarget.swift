/// Fuzz target `harness`: the bytes as a campaign file, through `promoguard check` with few scenarios.
///
/// When the bytes load, runs the static audit (`lint`'s findings) and a check of every campaign with 12
/// scenarios on one thread, then renders the text, JSON, JUnit and HTML reports. Generation, the promise oracle,
/// classification, witness search, shrinking and the report writers all see hostile campaigns this way. A
/// crash, a sanitizer report or a timeout is a bug; a `LoadError` is the expected answer to bad input.
enum HarnessTarget {
  /// Scenarios per campaign: enough to reach the boundaries-first schedule and a shrink, few enough to keep
  /// each input well under a second.
  static let scenarios = 12

  /// Runs one input.
  ///
  /// - Parameter bytes: The input.
  static func run(_ bytes: [UInt8]) {
    guard let files = try? CampaignLoader.load([CampaignSource(path: "fuzz.json", bytes: bytes)]),
      files.reduce(0, { $0 + $1.campaigns.count }) <= 8
    else { return }
    _ = StaticAudit.findings(files: files)
    let configuration = CheckConfiguration(
      scenarios: scenarios, seed: 1, shrinkSteps: 8, threads: 1)
    let result = CheckRun.run(files: files, configuration: configuration)
    _ = TextReport.render(result)
    _ = JSONReport.render(result)
    _ = JUnitReport.render(result)
    _ = HTMLReport(check: result, files: files, command: "promoguard check fuzz.json").render()
  }
}
