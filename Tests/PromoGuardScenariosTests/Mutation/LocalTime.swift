import Foundation

/// Moments as campaign files write them: local wall-clock times in the campaign's zone
/// ("2026-12-14T00:00:00"), or with an offset ("2026-12-14T05:00:00Z").
enum LocalTime {
  /// Reads a moment written without an offset in `zone`, or with one.
  ///
  /// - Parameters:
  ///   - text: The moment as the file writes it (seconds included).
  ///   - zone: The IANA zone of times without an offset.
  /// - Returns: The moment, or `nil` when the text is not one.
  static func date(_ text: String, zone: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.calendar = Calendar(identifier: .gregorian)
    formatter.timeZone = TimeZone(identifier: zone)
    formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssXXXXX"
    if let date = formatter.date(from: text) { return date }
    formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
    return formatter.date(from: text)
  }

  /// Writes a moment as a local time in `zone`, without an offset.
  ///
  /// - Parameters:
  ///   - date: The moment.
  ///   - zone: The IANA zone.
  ///   - withOffset: Whether to add the offset ("-05:00", "Z").
  /// - Returns: The text.
  static func text(_ date: Date, zone: String, withOffset: Bool = false) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.calendar = Calendar(identifier: .gregorian)
    formatter.timeZone = TimeZone(identifier: zone)
    formatter.dateFormat = withOffset ? "yyyy-MM-dd'T'HH:mm:ssXXXXX" : "yyyy-MM-dd'T'HH:mm:ss"
    return formatter.string(from: date)
  }

  /// The same wall-clock time `days` calendar days later in `zone` (earlier when negative).
  ///
  /// - Parameters:
  ///   - text: A local time without an offset.
  ///   - days: How many days to move.
  ///   - zone: The IANA zone.
  /// - Returns: The moved local time, or `nil` when `text` is not one.
  static func shifted(_ text: String, days: Int, zone: String) -> String? {
    guard let date = date(text, zone: zone), let timeZone = TimeZone(identifier: zone) else {
      return nil
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar.date(byAdding: .day, value: days, to: date).map {
      Self.text($0, zone: zone)
    }
  }

  /// A moment written in one zone, rewritten for another.
  ///
  /// - Parameters:
  ///   - text: The moment as written.
  ///   - zone: The zone it was written in.
  ///   - target: The zone to write it in.
  ///   - withOffset: Whether to add the offset.
  /// - Returns: The same moment, or `nil` when `text` is not one.
  static func rewritten(
    _ text: String, from zone: String, to target: String, withOffset: Bool
  ) -> String? {
    date(text, zone: zone).map { Self.text($0, zone: target, withOffset: withOffset) }
  }

  /// The zone's offset from UTC, in seconds, at a moment.
  ///
  /// - Parameters:
  ///   - zone: The IANA zone.
  ///   - date: The moment.
  /// - Returns: The offset (0 for an unknown zone).
  static func offset(of zone: String, at date: Date) -> Int {
    TimeZone(identifier: zone)?.secondsFromGMT(for: date) ?? 0
  }
}
