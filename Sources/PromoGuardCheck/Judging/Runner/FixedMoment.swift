package import PromoGuard

/// The moment every scenario of a run was moved to (`check --at`), and whether it was `--at now`.
///
/// ```swift
/// let moment = FixedMoment(instant: Instant(microsecondsSinceEpoch: 1_791_201_600_000_000), isNow: true)
/// moment.instant.description  // "2026-10-05T12:00:00Z"
/// ```
package struct FixedMoment: Sendable, Equatable {
  /// The moment, in UTC.
  package var instant: Instant
  /// Whether it was given as `now`: the moment the run started, to the second.
  package var isNow: Bool

  /// Creates a fixed moment.
  ///
  /// - Parameters:
  ///   - instant: The moment.
  ///   - isNow: Whether it was given as `now`.
  package init(instant: Instant, isNow: Bool) {
    self.instant = instant
    self.isNow = isNow
  }

  /// What the reports say: window boundaries are tested only where they fall at this moment.
  package var note: String {
    "Every scenario at \(instant) (--at\(isNow ? " now, the moment the run started" : "")): window "
      + "boundaries are tested only where they fall at that moment."
  }
}
