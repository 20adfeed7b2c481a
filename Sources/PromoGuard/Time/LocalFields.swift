/// The wall-clock calendar fields of an instant in a time zone.
///
/// ``Timestamp/localFields(of:in:)`` makes these; `weekday` follows ISO 8601, so 1 is Monday and 7
/// Sunday.
package struct LocalFields: Sendable, Hashable {
  /// The year, 1...9999 for supported instants.
  package var year: Int
  /// The month, from 1 (January) to 12 (December).
  package var month: Int
  /// The day of the month, 1...31.
  package var day: Int
  /// The hour, 0...23.
  package var hour: Int
  /// The minute, 0...59.
  package var minute: Int
  /// The second, 0...59.
  package var second: Int
  /// The microseconds within the second, 0...999_999.
  package var microsecond: Int
  /// The day of the week, from 1 (Monday) to 7 (Sunday).
  package var weekday: Int
  /// The zone's offset from UTC at the instant, in seconds east of Greenwich.
  package var utcOffsetSeconds: Int

  /// Creates local fields from their values.
  ///
  /// - Parameters:
  ///   - year: The year.
  ///   - month: The month, 1...12.
  ///   - day: The day of the month.
  ///   - hour: The hour, 0...23.
  ///   - minute: The minute, 0...59.
  ///   - second: The second, 0...59.
  ///   - microsecond: The microseconds within the second.
  ///   - weekday: The day of the week, from 1 (Monday) to 7 (Sunday).
  ///   - utcOffsetSeconds: The offset from UTC in seconds.
  package init(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microsecond: Int,
    weekday: Int, utcOffsetSeconds: Int
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
    self.microsecond = microsecond
    self.weekday = weekday
    self.utcOffsetSeconds = utcOffsetSeconds
  }
}
