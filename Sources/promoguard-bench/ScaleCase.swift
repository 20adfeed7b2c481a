import Foundation

/// The cases that measure a whole run at scale rather than one repeated operation: a `check` of 10,000
/// campaigns in its own process, the memory of 1,000,000 loaded campaigns, a 10,000,000-code pool, and the audit
/// of a 1,000,000-recipient mapping.
///
/// They are not sampled: each runs once, alone (`--case check-10k`, `--case load-1m`, …), and prints its figures.
enum ScaleCase: String, CaseIterable, Sendable {
  /// `promoguard check` on one generated file of 10,000 campaigns (200 scenarios each) in a child process:
  /// wall-clock seconds, CPU per campaign and the child's peak resident set.
  case checkTenThousand = "check-10k"
  /// 1,000,000 generated coded campaigns loaded through `CampaignSet(sources:)`: resident bytes per campaign
  /// (``ResidentLoad``).
  case loadMillion = "load-1m"
  /// A 10,000,000-code pool loaded: load time and resident bytes per code (``PoolBench``).
  case poolLoad = "pool-load-10m"
  /// One evaluation entering a pool code with a 1,000- vs a 10,000,000-code pool (``PoolBench``).
  case poolCode = "pool-code"
  /// `lint`'s audit of 1,000,000 recipients against 1,000,000 pool codes (``MappingBench``).
  case mapping = "mapping-1m"

  /// One line saying what is measured, for `--list`.
  var summary: String {
    switch self {
    case .checkTenThousand:
      "promoguard check, 10,000 campaigns × 200 scenarios (child process): s, CPU/campaign, peak RSS"
    case .loadMillion: "load 1,000,000 coded campaigns: resident bytes per campaign"
    case .poolLoad: "load a 10,000,000-code pool: load time and resident bytes per code"
    case .poolCode: "10 evaluations × 10,000 pool codes with a 1,000- vs a 10,000,000-code pool"
    case .mapping: MappingBench.summary
    }
  }

  /// Runs the case.
  ///
  /// - Returns: One line per figure, for the terminal.
  /// - Throws: `BenchError` when the run fails.
  func run() throws(BenchError) -> String {
    switch self {
    case .checkTenThousand: try CheckAtScale.measure(campaigns: 10_000, scenarios: 200)
    case .loadMillion: try ResidentLoad.measure(campaigns: 1_000_000)
    case .poolLoad: try PoolBench.measureLoad()
    case .poolCode: try PoolBench.measureCode()
    case .mapping: try MappingBench.measure()
    }
  }
}
