import PromoGuard

/// Days and wall-clock times of the wording turned into instants, in a zone the wording names or the terms'.
enum WordingClock {
  /// A zone to read a wall-clock time in.
  enum Reading: Sendable, Hashable {
    /// An IANA zone.
    case zone(Zone)
    /// A fixed offset from UTC, in seconds.
    case offset(Int)

    /// The readings of a zone the wording names (the ones this system knows).
    static func readings(of zone: WordingZone) -> [Reading] {
      zone.readings.compactMap {
        switch $0 {
        case .zone(let identifier): return Zone(identifier: identifier).map(Reading.zone)
        case .offset(let seconds): return .offset(seconds)
        }
      }
    }

    /// The offset from UTC at `instant`, in seconds.
    func offset(at instant: Instant) -> Int {
      switch self {
      case .zone(let zone): return zone.utcOffsetSeconds(at: instant)
      case .offset(let seconds): return seconds
      }
    }
  }

  /// A calendar day.
  struct Day: Sendable, Hashable {
    /// The year.
    var year: Int
    /// The month, 1 to 12.
    var month: Int
    /// The day of the month.
    var day: Int

    /// "13 December 2026".
    var spoken: String { "\(day) \(WordingClock.monthNames[month - 1]) \(year)" }

    /// The day of an instant in a zone.
    init(of instant: Instant, in reading: Reading) {
      let shifted =
        instant.adding(seconds: Int64(reading.offset(at: instant))) ?? instant
      let fields = Timestamp.localFields(of: shifted, in: .utc)
      self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// A day.
    init(year: Int, month: Int, day: Int) {
      self.year = year
      self.month = month
      self.day = day
    }

    /// Noon UTC on this day, or `nil` when there is no such day (30 February).
    var noonUTC: Instant? {
      WordingClock.instant(self, hour: 12, minute: 0, in: .offset(0))
    }

    /// The day `count` days later (or earlier, when negative).
    func adding(days count: Int) -> Day? {
      guard let noon = noonUTC, let moved = noon.adding(seconds: Int64(count) * 86_400) else {
        return nil
      }
      return Day(of: moved, in: .offset(0))
    }

    /// The ISO weekday, 1 (Monday) to 7.
    var weekday: Int? {
      noonUTC.map { Timestamp.localFields(of: $0, in: .utc).weekday }
    }
  }

  /// Month names for summaries.
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Weekday names for summaries, Monday first.
  static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  /// The instant of a wall-clock time on a day, or `nil` when the day does not exist.
  ///
  /// A time skipped by a daylight saving change is read as the zone's rules read it.
  static func instant(_ day: Day, hour: Int, minute: Int, in reading: Reading) -> Instant? {
    guard (1...9999).contains(day.year), (1...12).contains(day.month) else { return nil }
    let text =
      "\(padded(day.year, 4))-\(padded(day.month, 2))-\(padded(day.day, 2))T"
      + "\(padded(hour, 2)):\(padded(minute, 2)):00"
    switch reading {
    case .zone(let zone):
      guard case .success(let resolved) = Timestamp.parse(text, in: zone) else { return nil }
      return resolved.instant
    case .offset(let seconds):
      let sign = seconds < 0 ? "-" : "+"
      let magnitude = abs(seconds)
      let offset = "\(sign)\(padded(magnitude / 3_600, 2)):\(padded(magnitude % 3_600 / 60, 2))"
      guard case .success(let resolved) = Timestamp.parse(text + offset, in: .utc) else {
        return nil
      }
      return resolved.instant
    }
  }

  /// The wall-clock time of an instant in a zone: "23:59".
  static func clockText(_ instant: Instant, in reading: Reading) -> String {
    let shifted = instant.adding(seconds: Int64(reading.offset(at: instant))) ?? instant
    let fields = Timestamp.localFields(of: shifted, in: .utc)
    return "\(padded(fields.hour, 2)):\(padded(fields.minute, 2))"
  }

  /// A duration for people: "3 hours", "1 day", "2 hours 30 minutes".
  static func duration(seconds: Int64) -> String {
    let minutes = abs(seconds) / 60
    let (days, hours, rest) = (minutes / 1_440, minutes % 1_440 / 60, minutes % 60)
    var parts = [String]()
    if days > 0 { parts.append(AuditPhrases.plural(days, "day", "days")) }
    if hours > 0 { parts.append(AuditPhrases.plural(hours, "hour", "hours")) }
    if rest > 0 || parts.isEmpty { parts.append(AuditPhrases.plural(rest, "minute", "minutes")) }
    return parts.joined(separator: " ")
  }

  /// How a summary names the zone of the structured terms: "New York time", "UTC".
  static func name(of zone: Zone) -> String {
    if zone.identifier == "UTC" || zone.identifier == "GMT" { return zone.identifier }
    let city = zone.identifier.split(separator: "/").last.map(String.init) ?? zone.identifier
    return String(city.map { $0 == "_" ? " " : $0 }) + " time"
  }

  /// `value` in decimal with at least `width` digits.
  private static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value.magnitude)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
