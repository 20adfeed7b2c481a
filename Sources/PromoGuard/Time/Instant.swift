/// A point in time, in whole microseconds since 1970-01-01T00:00:00Z.
///
/// An `Instant` has no time zone: it is the same moment everywhere. Comparing two instants is
/// comparing two integers, which is all the evaluation engine does with time. Conversions to and
/// from local times live in `Timestamp` (package API) and use a time zone's rules.
///
/// The supported range is the years 0001 to 9999 in UTC, from `0001-01-01T00:00:00Z` to
/// `9999-12-31T23:59:59.999999Z`. Any `Int64` can be stored, and ``description`` renders it, but
/// arithmetic such as `adding(seconds:)` refuses to leave the supported range.
///
/// ```swift
/// let start = Instant(microsecondsSinceEpoch: 1_158_328_800_000_000)
/// print(start)  // 2006-09-15T14:00:00Z
/// ```
public struct Instant: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The number of microseconds since 1970-01-01T00:00:00Z; negative before it.
  public var microsecondsSinceEpoch: Int64

  /// Creates the instant `microsecondsSinceEpoch` microseconds after 1970-01-01T00:00:00Z.
  ///
  /// The value is stored as given, even outside the supported years 0001–9999.
  ///
  /// - Parameter microsecondsSinceEpoch: Microseconds since the Unix epoch; negative before it.
  public init(microsecondsSinceEpoch: Int64) {
    self.microsecondsSinceEpoch = microsecondsSinceEpoch
  }

  /// The earliest supported instant, `0001-01-01T00:00:00Z`.
  ///
  /// Day number −719 162 (days from 0001-01-01 to 1970-01-01) times 86 400 seconds.
  static let earliestSupported = Instant(microsecondsSinceEpoch: -62_135_596_800_000_000)

  /// The latest supported instant, `9999-12-31T23:59:59.999999Z`.
  ///
  /// One microsecond before 10000-01-01, day number 2 932 897 times 86 400 seconds.
  static let latestSupported = Instant(microsecondsSinceEpoch: 253_402_300_799_999_999)

  /// Whether the instant lies in the supported years 0001–9999 (UTC).
  var isSupported: Bool {
    self >= Self.earliestSupported && self <= Self.latestSupported
  }

  /// Whether the first instant is earlier than the second.
  ///
  /// - Parameters:
  ///   - lhs: An instant.
  ///   - rhs: Another instant.
  /// - Returns: `true` when `lhs` happens before `rhs`.
  public static func < (lhs: Instant, rhs: Instant) -> Bool {
    lhs.microsecondsSinceEpoch < rhs.microsecondsSinceEpoch
  }

  /// The instant in ISO 8601 form in UTC, such as `2006-09-15T14:00:00Z`.
  ///
  /// A fraction of a second appears only when non-zero: three digits when it is whole milliseconds
  /// (`…:00.250Z`), else six (`…:00.000001Z`).
  public var description: String {
    let (seconds, microseconds) = CivilCalendar.floorDivision(
      microsecondsSinceEpoch, by: 1_000_000)
    let (day, secondOfDay) = CivilCalendar.floorDivision(seconds, by: CivilCalendar.secondsPerDay)
    let date = CivilCalendar.date(ofDayNumber: day)
    return CivilCalendar.padded(date.year, width: 4) + "-"
      + CivilCalendar.padded(date.month, width: 2) + "-" + CivilCalendar.padded(date.day, width: 2)
      + "T" + CivilCalendar.padded(secondOfDay / 3_600, width: 2) + ":"
      + CivilCalendar.padded(secondOfDay % 3_600 / 60, width: 2) + ":"
      + CivilCalendar.padded(secondOfDay % 60, width: 2)
      + CivilCalendar.fractionText(microseconds: microseconds) + "Z"
  }

  /// The instant `seconds` seconds later (earlier when negative), if it is still in the years
  /// 0001–9999.
  ///
  /// ```swift
  /// let end = Instant(microsecondsSinceEpoch: 1_790_000_000_000_000)
  /// let lastSecond = end.adding(seconds: -1)  // the last whole second before an exclusive end
  /// ```
  ///
  /// - Parameter seconds: The number of seconds to add; negative to go back.
  /// - Returns: The moved instant, or `nil` when the arithmetic overflows or the result falls
  ///   outside the supported years 0001–9999 (UTC).
  package func adding(seconds: Int64) -> Instant? {
    let (microseconds, multiplyOverflow) = seconds.multipliedReportingOverflow(by: 1_000_000)
    guard !multiplyOverflow else { return nil }
    let (sum, addOverflow) = microsecondsSinceEpoch.addingReportingOverflow(microseconds)
    guard !addOverflow else { return nil }
    let result = Instant(microsecondsSinceEpoch: sum)
    return result.isSupported ? result : nil
  }
}
