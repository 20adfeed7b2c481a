/// A timestamp as written in a file, resolved to an instant, with how it was resolved.
///
/// ``Timestamp/parse(_:in:)`` makes these. A timestamp with an offset (`Z`, `-04:00`) names an
/// instant outright; one without is a local wall-clock time in the campaign's zone, and daylight
/// saving can make such a time skipped (spring forward) or repeated (fall back). ``resolution``
/// records which happened, so that a linter can warn about a campaign that starts at a time that
/// does not exist.
package struct ResolvedTimestamp: Sendable, Hashable {
  /// How the written time became an instant.
  package enum Resolution: Sendable, Hashable {
    /// The text carried an offset (`…Z` or `…-04:00`), so the instant is absolute and the zone was
    /// not used.
    case offsetGiven
    /// A local time in the zone that happened exactly once.
    case local
    /// A local time that did not exist, because the clocks jumped forward over it by `seconds`
    /// (3600 for most zones, 1800 for Lord Howe Island); it was read with the offset in effect
    /// just before the gap, so `2024-03-10T02:30` in New York is `03:30` EDT, `07:30Z`.
    case skippedByDSTGap(seconds: Int)
    /// A local time that happened twice, because the clocks went back over it; the earlier instant
    /// was taken, so `2024-11-03T01:30` in New York is `01:30` EDT, `05:30Z`.
    case ambiguousTookEarlier
  }

  /// The resolved moment.
  package var instant: Instant
  /// How ``instant`` was found.
  package var resolution: Resolution
  /// Whether the text was a date alone (`2026-09-01`), read as local midnight at the start of that
  /// day.
  package var isDateOnly: Bool

  /// Creates a resolved timestamp.
  ///
  /// - Parameters:
  ///   - instant: The resolved moment.
  ///   - resolution: How it was found.
  ///   - isDateOnly: Whether the text was a date without a time.
  package init(instant: Instant, resolution: Resolution, isDateOnly: Bool) {
    self.instant = instant
    self.resolution = resolution
    self.isDateOnly = isDateOnly
  }
}
