public import Foundation

extension Instant {
  /// The offset between Foundation's reference date (2001-01-01T00:00:00Z) and the Unix epoch, in
  /// seconds.
  ///
  /// 31 years of 365 days plus 8 leap days (1972 ... 2000): 11 323 days × 86 400 s.
  private static let referenceDateSecondsSinceEpoch: Int64 = 978_307_200

  /// Creates the instant of a Foundation `Date`, truncated to whole microseconds and clamped to the
  /// supported years 0001–9999.
  ///
  /// `Date` stores a `Double`, which cannot hold most microsecond values exactly (near 2006 it is
  /// off by up to a quarter of a microsecond when made from seconds since 1970). So a value within
  /// that rounding error of a whole microsecond counts as that microsecond, and any other value is
  /// truncated toward the earlier microsecond; `Instant(instant.date) == instant` for instants
  /// within a few centuries of 2001. Dates before 0001-01-01T00:00:00Z (and NaN) become that
  /// instant; dates after 9999-12-31T23:59:59.999999Z become that one.
  ///
  /// ```swift
  /// let now = Instant(Date())
  /// ```
  ///
  /// - Parameter date: The moment to convert.
  public init(_ date: Date) {
    let interval = date.timeIntervalSinceReferenceDate
    let earliestSeconds = Double(
      Self.earliestSupported.microsecondsSinceEpoch / 1_000_000
        - Self.referenceDateSecondsSinceEpoch)
    let latestSeconds = Double(
      Self.latestSupported.microsecondsSinceEpoch / 1_000_000 - Self.referenceDateSecondsSinceEpoch)
    guard interval >= earliestSeconds else {  // also catches NaN
      self = Self.earliestSupported
      return
    }
    guard interval < latestSeconds + 1 else {
      self = Self.latestSupported
      return
    }
    var wholeSeconds = interval.rounded(.down)
    let fraction = (interval - wholeSeconds) * 1e6  // exact subtraction; microseconds in [0, 1e6)
    let nearest = fraction.rounded()
    // Two units in the last place of the larger of the two ways to count seconds (since 2001, since
    // 1970).
    let roundingError = 2e6 * (abs(interval) + Double(Self.referenceDateSecondsSinceEpoch)).ulp
    var microseconds =
      abs(fraction - nearest) <= min(roundingError, 0.5) ? nearest : fraction.rounded(.down)
    if microseconds >= 1e6 {
      wholeSeconds += 1
      microseconds -= 1e6
    }
    // Both values are in range: |wholeSeconds| < 2.6e11 and 0 <= microseconds < 1e6.
    let secondsSinceEpoch = Int64(wholeSeconds) + Self.referenceDateSecondsSinceEpoch
    self.init(
      microsecondsSinceEpoch: min(
        secondsSinceEpoch * 1_000_000 + Int64(microseconds),
        Self.latestSupported.microsecondsSinceEpoch))
  }

  /// The instant as a Foundation `Date` (exact to the microsecond for dates within a few centuries
  /// of 2001; `Date`'s `Double` holds fewer fraction digits further away).
  public var date: Date {
    let (seconds, microseconds) = CivilCalendar.floorDivision(
      microsecondsSinceEpoch, by: 1_000_000)
    let sinceReference = Double(seconds - Self.referenceDateSecondsSinceEpoch)
    return Date(timeIntervalSinceReferenceDate: sinceReference + Double(microseconds) / 1e6)
  }
}
