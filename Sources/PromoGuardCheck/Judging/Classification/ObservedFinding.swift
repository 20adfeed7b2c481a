package import PromoGuard

/// A problem one scenario shows.
package struct ObservedFinding: Sendable, Hashable {
  /// The kind (`FindingKind`).
  package var kind: FindingKind
  /// One line, the same for every scenario that shows the same problem of the same campaign (no amounts that
  /// vary with the basket): "checkout refuses SEPT20 with notEligible, a reason the terms do not state".
  package var summary: String
  /// What the promise gives this checkout (`PromiseOracle.describe`).
  package var promised: String
  /// What checkout did, one line: "refused SEPT20: notEligible", "applied $10.00", "nothing, and no reason
  /// shown".
  package var actual: String
  /// What checkout said to the customer (`Classifier.told(_:)`), or `nil` when it said nothing.
  package var told: String?

  /// Creates a finding.
  ///
  /// - Parameters:
  ///   - kind: The kind.
  ///   - summary: The line that names the problem.
  ///   - promised: What the promise gives.
  ///   - actual: What checkout did.
  ///   - told: What checkout said, or `nil`.
  package init(
    kind: FindingKind, summary: String, promised: String, actual: String, told: String? = nil
  ) {
    self.kind = kind
    self.summary = summary
    self.promised = promised
    self.actual = actual
    self.told = told
  }
}
