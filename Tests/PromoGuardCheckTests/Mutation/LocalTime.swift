import Foundation

/// Moments as campaign files write them: local wall-clock times in the campaign's zone
/// ("2026-12-14T00:00:00"), or with an offset ("2026-12-14T05:00:00Z", "2026-12-14T00:00:00-05:00").
enum LocalTime {
  /// A Gregorian calendar in a zone.
  private static func calendar(_ zone: String) -> Calendar? {
    guard let timeZone = TimeZone(identifier: zone) else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }

  /// Reads a moment written without an offset in `zone`, or with one.
  ///
  /// - Parameters:
  ///   - text: The moment as the file writes it (`yyyy-MM-ddTHH:mm:ss`, then `Z` or `±hh:mm` or nothing).
  ///   - zone: The IANA zone of times without an offset.
  /// - Returns: The moment, or `nil` when the text is not one.
  static func date(_ text: String, zone: String) -> Date? {
    let characters = Array(text)
    guard characters.count >= 19 else { return nil }
    func field(_ from: Int, _ length: Int) -> Int? { Int(String(characters[from..<from + length])) }
    guard let year = field(0, 4), let month = field(5, 2), let day = field(8, 2),
      let hour = field(11, 2), let minute = field(14, 2), let second = field(17, 2)
    else { return nil }
    let suffix = String(characters[19...])
    let components = DateComponents(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    if suffix.isEmpty { return calendar(zone)?.date(from: components) }
    var offset = 0
    if suffix != "Z" {
      let sign = suffix.first == "-" ? -1 : 1
      let parts = suffix.dropFirst().split(separator: ":").compactMap { Int($0) }
      guard parts.count == 2 else { return nil }
      offset = sign * (parts[0] * 3_600 + parts[1] * 60)
    }
    return calendar("UTC")?.date(from: components).map { $0.addingTimeInterval(-Double(offset)) }
  }

  /// Writes a moment as a local time in `zone`.
  ///
  /// - Parameters:
  ///   - date: The moment.
  ///   - zone: The IANA zone.
  ///   - withOffset: Whether to add the offset (`Z` for UTC, else `±hh:mm`).
  /// - Returns: The text.
  static func text(_ date: Date, zone: String, withOffset: Bool = false) -> String {
    guard let calendar = calendar(zone) else { return "" }
    let fields = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String {
      let value = value ?? 0
      return value < 10 ? "0\(value)" : "\(value)"
    }
    var text =
      "\(fields.year ?? 0)-\(two(fields.month))-\(two(fields.day))T"
      + "\(two(fields.hour)):\(two(fields.minute)):\(two(fields.second))"
    guard withOffset else { return text }
    let offset = offset(of: zone, at: date)
    if offset == 0 { return text + "Z" }
    text += offset < 0 ? "-" : "+"
    return text + "\(two(abs(offset) / 3_600)):\(two(abs(offset) % 3_600 / 60))"
  }

  /// The same wall-clock time `days` calendar days later in `zone` (earlier when negative).
  ///
  /// - Parameters:
  ///   - text: A local time without an offset.
  ///   - days: How many days to move.
  ///   - zone: The IANA zone.
  /// - Returns: The moved local time, or `nil` when `text` is not one.
  static func shifted(_ text: String, days: Int, zone: String) -> String? {
    guard let date = date(text, zone: zone), let calendar = calendar(zone) else { return nil }
    return calendar.date(byAdding: .day, value: days, to: date).map { Self.text($0, zone: zone) }
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
