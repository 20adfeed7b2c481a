package import PromoGuard

/// What a run learned about the external checkout it tested (`check --evaluator`), for the reports: which
/// checkout, how it was driven, how many requests it answered and which checks its answers left out.
///
/// ```swift
/// let summary = ExternalCheckoutSummary(
///   command: "python3 adapter.py", window: 16, timeout: .seconds(10), requests: 6_169,
///   refusedCodeResults: 12)
/// summary.checksSkipped  // [.wrongReason]
/// ```
package struct ExternalCheckoutSummary: Sendable, Equatable {
  /// The command line given to `--evaluator`.
  package var command: String
  /// The requests in flight per process (`--evaluator-window`).
  package var window: Int
  /// The longest wait for one answer (`--evaluator-timeout`).
  package var timeout: Duration
  /// The requests answered with a quote.
  package var requests: Int
  /// The code results that said only `"refused"`, without a reason PromoGuard knows.
  package var refusedCodeResults: Int

  /// Creates a summary.
  ///
  /// - Parameters:
  ///   - command: The command line.
  ///   - window: The requests in flight per process.
  ///   - timeout: The longest wait for one answer.
  ///   - requests: The requests answered with a quote.
  ///   - refusedCodeResults: The code results that said only `"refused"`.
  package init(
    command: String, window: Int, timeout: Duration, requests: Int, refusedCodeResults: Int
  ) {
    self.command = command
    self.window = window
    self.timeout = timeout
    self.requests = requests
    self.refusedCodeResults = refusedCodeResults
  }

  /// The checks the answers did not allow for some scenarios: `wrongReason` when some code result said only
  /// `"refused"` (its amount and its being a refusal were still judged).
  package var checksSkipped: [FindingKind] {
    refusedCodeResults > 0 ? [.wrongReason] : []
  }

  /// The checks made on every answer.
  package static let checksPossible = "amounts, applied or refused, invariants"
}
