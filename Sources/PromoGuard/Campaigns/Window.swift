/// When a campaign runs: `starts` inclusive, `ends` exclusive; either may be open.
package struct Window: Sendable, Hashable {
  /// The first instant of the campaign, or `nil` when it has always run.
  package var starts: Instant?
  /// The first instant after the campaign, or `nil` when it never ends.
  package var ends: Instant?

  /// A window open at both ends.
  package static let always = Window(starts: nil, ends: nil)

  /// Creates a window.
  package init(starts: Instant?, ends: Instant?) {
    self.starts = starts
    self.ends = ends
  }

  /// Whether `instant` is before the window.
  package func isBeforeStart(_ instant: Instant) -> Bool {
    if let starts { return instant < starts }
    return false
  }

  /// Whether `instant` is at or after the end of the window.
  package func isAtOrAfterEnd(_ instant: Instant) -> Bool {
    if let ends { return instant >= ends }
    return false
  }

  /// Whether `instant` is inside the window.
  package func contains(_ instant: Instant) -> Bool {
    !isBeforeStart(instant) && !isAtOrAfterEnd(instant)
  }
}
