package import PromoGuard

/// One difference between two versions of a campaign's promise, naming the clause with old and new values.
package struct PromiseChange: Sendable, Hashable {
  /// Whether a change takes something away from customers, gives them more, or neither.
  package enum Direction: String, Sendable, Hashable, CaseIterable {
    /// Some customer or basket gets less than before (or nothing): "never reduce the promise".
    case reduction
    /// Every customer and basket gets at least as much as before, some more.
    case increase
    /// Neither: wording, the name, the rounding rule (at most one minor unit).
    case other
  }

  /// Reduction, increase or neither.
  package var direction: Direction
  /// The clause by its path in the new file: `terms.conditions.minSubtotal`, `ends`, `campaign`.
  package var clause: String
  /// What changed, with old and new values: "minimum spend raised from $40.00 to $50.00".
  package var summary: String
  /// Where the clause is written in the new file (or, for a withdrawn campaign, where it was in the old).
  package var location: FileLocation?

  /// Creates a change.
  package init(direction: Direction, clause: String, summary: String, location: FileLocation?) {
    self.direction = direction
    self.clause = clause
    self.summary = summary
    self.location = location
  }

  /// The summary with the clause: "minimum spend raised from $40.00 to $50.00 (terms.conditions.minSubtotal)".
  package var sentence: String { "\(summary) (\(clause))" }
}
