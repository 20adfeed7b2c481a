import PromoGuard
import Testing

/// Shared helpers for the time tests: instants from hand-computed epoch seconds, and zones by name.
///
/// Epoch seconds in these tests are worked out by hand as days × 86 400 + seconds of the day, where
/// the days from 1970-01-01 to 1 January of year Y are 365 × (Y − 1970) plus one per leap year in
/// between, for example to 2024: 54 × 365 + 13 (1972 … 2020) = 19 723 days; to 2006: 36 × 365 + 9 =
/// 13 149; to 2026: 56 × 365 + 14 = 20 454. Days into a year add the month lengths (31, 28 or 29,
/// 31, 30, 31, 30, 31, 31, 30, 31, 30, 31) plus the day of the month minus one.
enum TimeFixtures {
  /// The instant `seconds` (plus `microseconds`) after 1970-01-01T00:00:00Z.
  static func instant(seconds: Int64, microseconds: Int64 = 0) -> Instant {
    Instant(microsecondsSinceEpoch: seconds * 1_000_000 + microseconds)
  }

  /// The zone named `identifier`, failing the test if it is unknown.
  static func zone(
    _ identifier: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Zone {
    try #require(Zone(identifier: identifier), sourceLocation: sourceLocation)
  }

  /// 2006-09-15T14:00:00Z, 1 158 328 800 s after the epoch.
  ///
  /// 13 149 + 257 (Jan–Aug 243, + 14) = 13 406 days × 86 400 = 1 158 278 400, + 14 h (50 400).
  static let september15th2006 = instant(seconds: 1_158_328_800)
}
