extension Timestamp {
  /// The instant in ISO 8601 form with the zone's offset at that instant, such as
  /// `2006-09-15T10:00:00-04:00`.
  ///
  /// Seconds are always written; a fraction only when non-zero (three digits for whole
  /// milliseconds, else six). The UTC zone writes `Z`; other zones write `±HH:MM` even when the
  /// offset is zero (`Europe/London` in winter gives `+00:00`), and `±HH:MM:SS` for local mean time
  /// offsets with seconds (New York before 1883: `-04:56:02`). ``parse(_:in:)`` reads every result
  /// back to the same instant.
  ///
  /// - Parameters:
  ///   - instant: The moment to write.
  ///   - zone: The zone whose wall clock and offset to use.
  /// - Returns: The ISO 8601 text.
  package static func iso8601(_ instant: Instant, in zone: Zone) -> String {
    let fields = localFields(of: instant, in: zone)
    let offset = zone == .utc ? "Z" : offsetText(fields.utcOffsetSeconds)
    return dateText(fields) + "T" + clockText(fields, alwaysSeconds: true) + offset
  }

  /// The instant for people: `15 September 2006 at 10:00 (America/New_York)`.
  ///
  /// Seconds appear only when non-zero (`30 September 2026 at 23:59:59 (America/New_York)`, the
  /// last second before an end at midnight), with a fraction when that is non-zero; the UTC zone
  /// reads `(UTC)`. A wall clock time that happens twice (the hour repeated when daylight saving
  /// ends) also names its offset, because the zone alone does not say which: `3 November 2024 at
  /// 01:30 (America/New_York, UTC-04:00)` and `… (America/New_York, UTC-05:00)` an hour later.
  ///
  /// - Parameters:
  ///   - instant: The moment to describe.
  ///   - zone: The zone whose wall clock to use.
  /// - Returns: The day, month name, year, time and zone.
  package static func spoken(_ instant: Instant, in zone: Zone) -> String {
    let fields = localFields(of: instant, in: zone)
    var zoneText = zone.identifier
    // Supported instants are far from Int64's limits, so the wall-clock time cannot overflow.
    if instant.isSupported,
      case .repeated = zone.resolve(
        localMicroseconds: instant.microsecondsSinceEpoch + Int64(fields.utcOffsetSeconds)
          * 1_000_000)
    {
      zoneText += ", UTC" + offsetText(fields.utcOffsetSeconds)
    }
    return "\(fields.day) \(CivilCalendar.monthName(fields.month)) "
      + CivilCalendar.padded(fields.year, width: 4) + " at "
      + clockText(fields, alwaysSeconds: false) + " (\(zoneText))"
  }

  /// The wall-clock calendar fields of an instant in a zone.
  ///
  /// ```swift
  /// Timestamp.localFields(of: Instant(microsecondsSinceEpoch: 1_158_328_800_000_000), in: newYork)
  /// // 2006-09-15 10:00:00.000000, weekday 5 (Friday), offset -14_400
  /// ```
  ///
  /// - Parameters:
  ///   - instant: The moment to break down.
  ///   - zone: The zone whose wall clock to read.
  /// - Returns: Year, month, day, time, ISO weekday (1 = Monday) and the UTC offset in seconds.
  package static func localFields(of instant: Instant, in zone: Zone) -> LocalFields {
    let offset = zone.utcOffsetSeconds(at: instant)
    let (seconds, microsecond) = CivilCalendar.floorDivision(
      instant.microsecondsSinceEpoch, by: 1_000_000)
    // |seconds| < 9.3e12 and |offset| < 1e6, so the sum cannot overflow.
    let (day, secondOfDay) = CivilCalendar.floorDivision(
      seconds + Int64(offset), by: CivilCalendar.secondsPerDay)
    let date = CivilCalendar.date(ofDayNumber: day)
    return LocalFields(
      year: Int(truncatingIfNeeded: date.year), month: date.month, day: date.day,
      hour: Int(secondOfDay / 3_600), minute: Int(secondOfDay % 3_600 / 60),
      second: Int(secondOfDay % 60), microsecond: Int(microsecond),
      weekday: CivilCalendar.weekday(ofDayNumber: day), utcOffsetSeconds: offset)
  }

  /// `YYYY-MM-DD`.
  private static func dateText(_ fields: LocalFields) -> String {
    CivilCalendar.padded(fields.year, width: 4) + "-" + CivilCalendar.padded(fields.month, width: 2)
      + "-" + CivilCalendar.padded(fields.day, width: 2)
  }

  /// `HH:MM`, then `:SS` and a fraction when asked or when non-zero.
  private static func clockText(_ fields: LocalFields, alwaysSeconds: Bool) -> String {
    var text =
      CivilCalendar.padded(fields.hour, width: 2) + ":"
      + CivilCalendar.padded(fields.minute, width: 2)
    if alwaysSeconds || fields.second != 0 || fields.microsecond != 0 {
      text +=
        ":" + CivilCalendar.padded(fields.second, width: 2)
        + CivilCalendar.fractionText(microseconds: Int64(fields.microsecond))
    }
    return text
  }

  /// `±HH:MM`, or `±HH:MM:SS` when the offset has seconds; `+00:00` for zero.
  private static func offsetText(_ offsetSeconds: Int) -> String {
    let magnitude = offsetSeconds.magnitude
    var text =
      (offsetSeconds < 0 ? "-" : "+") + CivilCalendar.padded(magnitude / 3_600, width: 2)
      + ":" + CivilCalendar.padded(magnitude % 3_600 / 60, width: 2)
    if magnitude % 60 != 0 { text += ":" + CivilCalendar.padded(magnitude % 60, width: 2) }
    return text
  }
}
