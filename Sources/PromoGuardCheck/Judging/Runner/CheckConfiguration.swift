package import PromoGuard

/// What a `check` run does: how many scenarios, which seed, which campaigns, how long, against which checkout.
package struct CheckConfiguration: Sendable {
  /// The default number of scenarios per campaign.
  package static let defaultScenarios = 2_000
  /// The default seed.
  package static let defaultSeed: UInt64 = 1

  /// Scenarios per campaign.
  package var scenarios: Int
  /// The seed every scenario derives from.
  package var seed: UInt64
  /// This runner's part of the campaigns, or `nil` for all.
  package var shard: Shard?
  /// The only campaign to check, or `nil` for all.
  package var only: String?
  /// When to stop generating, or `nil` to run every scenario.
  package var timeLimit: Duration?
  /// Makes the checkout under test.
  package var factory: any CheckoutEvaluatorFactory
  /// The most shrinking steps kept per finding.
  package var shrinkSteps: Int
  /// How many threads to use (the machine's cores by default).
  package var threads: Int
  /// How the person ran the tool, for reproduce commands; `nil` prints `promoguard check FILE …`.
  package var invocation: Invocation?
  /// The moment every scenario happens at (`--at`, for a checkout that cannot travel in time), or `nil` to
  /// keep each scenario's own time.
  package var fixedMoment: Instant? = nil
  /// Whether reports print recipients' email addresses and customer ids in full (`--show-recipients`);
  /// masked by default (``PersonalData``).
  package var showRecipients = false

  /// Creates a configuration.
  ///
  /// - Parameters:
  ///   - scenarios: Scenarios per campaign.
  ///   - seed: The seed.
  ///   - shard: This runner's part, or `nil`.
  ///   - only: The only campaign to check, or `nil`.
  ///   - timeLimit: When to stop generating, or `nil`.
  ///   - factory: The checkout under test (the engine by default).
  ///   - shrinkSteps: The most shrinking steps per finding.
  ///   - threads: How many threads; 0 for one per core.
  ///   - invocation: How the person ran the tool, or `nil`.
  package init(
    scenarios: Int = defaultScenarios, seed: UInt64 = defaultSeed, shard: Shard? = nil,
    only: String? = nil, timeLimit: Duration? = nil,
    factory: any CheckoutEvaluatorFactory = EngineEvaluatorFactory(), shrinkSteps: Int = 64,
    threads: Int = 0, invocation: Invocation? = nil
  ) {
    self.scenarios = scenarios
    self.seed = seed
    self.shard = shard
    self.only = only
    self.timeLimit = timeLimit
    self.factory = factory
    self.shrinkSteps = shrinkSteps
    self.threads = threads
    self.invocation = invocation
  }
}
