extension Timestamp {
  /// The English weekday names, Monday first (ISO weekday 1).
  static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  /// The moment as a customer and a support agent read it: the weekday, date and wall-clock time in the
  /// campaign's zone, then the same instant in UTC.
  ///
  /// `Sunday 13 December 2026, 23:30 New York time (2026-12-14T04:30:00Z)`. Seconds appear only when
  /// non-zero, with a fraction when that is non-zero. The zone is named by its city (`America/New_York` reads
  /// `New York time`); `UTC` and zones without a city read `UTC`, `GMT` or the identifier followed by `time`.
  /// A wall-clock time that happens twice (the hour repeated when daylight saving ends) also names its offset:
  /// `Sunday 1 November 2026, 01:30 New York time, UTC-04:00 (2026-11-01T05:30:00Z)`.
  ///
  /// - Parameters:
  ///   - instant: The moment.
  ///   - zone: The campaign's zone.
  /// - Returns: The local moment and the UTC instant.
  package static func moment(_ instant: Instant, in zone: Zone) -> String {
    let fields = localFields(of: instant, in: zone)
    let weekday =
      (1...7).contains(fields.weekday) ? weekdayNames[fields.weekday - 1] : "day \(fields.weekday)"
    var clock =
      CivilCalendar.padded(fields.hour, width: 2) + ":"
      + CivilCalendar.padded(fields.minute, width: 2)
    if fields.second != 0 || fields.microsecond != 0 {
      clock +=
        ":" + CivilCalendar.padded(fields.second, width: 2)
        + CivilCalendar.fractionText(microseconds: Int64(fields.microsecond))
    }
    var zoneText = zoneName(zone)
    // Supported instants are far from Int64's limits, so the wall-clock time cannot overflow.
    if instant.isSupported,
      case .repeated = zone.resolve(
        localMicroseconds: instant.microsecondsSinceEpoch + Int64(fields.utcOffsetSeconds)
          * 1_000_000)
    {
      let offset = fields.utcOffsetSeconds.magnitude
      zoneText +=
        ", UTC" + (fields.utcOffsetSeconds < 0 ? "-" : "+")
        + CivilCalendar.padded(offset / 3_600, width: 2) + ":"
        + CivilCalendar.padded(offset % 3_600 / 60, width: 2)
    }
    return "\(weekday) \(fields.day) \(CivilCalendar.monthName(fields.month)) "
      + CivilCalendar.padded(fields.year, width: 4) + ", \(clock) \(zoneText) (\(instant))"
  }

  /// `New York time` for `America/New_York`, `UTC` for UTC, `GMT` for GMT.
  ///
  /// - Parameter zone: The zone.
  /// - Returns: The name a person says.
  package static func zoneName(_ zone: Zone) -> String {
    if zone.identifier == "UTC" || zone.identifier == "GMT" { return zone.identifier }
    let city = zone.identifier.split(separator: "/").last.map(String.init) ?? zone.identifier
    return String(city.map { $0 == "_" ? " " : $0 }) + " time"
  }
}
