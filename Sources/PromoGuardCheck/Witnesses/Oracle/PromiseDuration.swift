import Foundation
package import PromoGuard

/// The oracle's own reading of an ISO 8601 duration such as `P14D` (a pool's `validFor`), written from
/// Docs/UniqueCodes.md rather than shared with the engine's `ISODuration`.
///
/// Weeks and days are calendar days in the campaign's zone (a day across a daylight-saving change is 23 or 25
/// hours); hours, minutes and seconds are exact. Months and years are not read: they vary in length.
///
/// ```swift
/// PromiseDuration("P2W") == PromiseDuration("P14D")  // true: both are 14 calendar days
/// ```
package struct PromiseDuration: Sendable, Hashable, CustomStringConvertible {
  /// Calendar days (a week is 7).
  package var days: Int64
  /// Exact seconds after the days.
  package var seconds: Int64

  /// Creates a duration of `days` calendar days and `seconds` exact seconds.
  package init(days: Int64, seconds: Int64 = 0) {
    self.days = days
    self.seconds = seconds
  }

  /// Reads `text` (`P14D`, `P2W`, `PT48H`, `P1DT12H`, `PT90M`), or `nil` when it is not such a duration.
  ///
  /// - Parameter text: The duration as written.
  package init?(_ text: String) {
    var scalars = Substring(text.uppercased())
    guard scalars.first == "P" else { return nil }
    scalars = scalars.dropFirst()
    var days: Int64 = 0
    var seconds: Int64 = 0
    var inTime = false
    var digits = ""
    var sawComponent = false
    for character in scalars {
      if character.isASCII, character.isNumber {
        digits.append(character)
        continue
      }
      if character == "T" {
        guard digits.isEmpty, !inTime else { return nil }
        inTime = true
        continue
      }
      guard let value = Int64(digits) else { return nil }
      digits = ""
      sawComponent = true
      let (unitDays, unitSeconds): (Int64, Int64)
      switch (character, inTime) {
      case ("W", false): (unitDays, unitSeconds) = (7, 0)
      case ("D", false): (unitDays, unitSeconds) = (1, 0)
      case ("H", true): (unitDays, unitSeconds) = (0, 3_600)
      case ("M", true): (unitDays, unitSeconds) = (0, 60)
      case ("S", true): (unitDays, unitSeconds) = (0, 1)
      default: return nil
      }
      let (addDays, dayOverflow) = value.multipliedReportingOverflow(by: unitDays)
      let (addSeconds, secondOverflow) = value.multipliedReportingOverflow(by: unitSeconds)
      guard !dayOverflow, !secondOverflow else { return nil }
      let (newDays, o1) = days.addingReportingOverflow(addDays)
      let (newSeconds, o2) = seconds.addingReportingOverflow(addSeconds)
      guard !o1, !o2 else { return nil }
      days = newDays
      seconds = newSeconds
    }
    guard digits.isEmpty, sawComponent else { return nil }
    self.init(days: days, seconds: seconds)
  }

  /// `P14D`, `PT48H`, `P1DT12H`: the days and the exact seconds, weeks written as days.
  package var description: String {
    var text = "P"
    if days > 0 || seconds == 0 { text += "\(days)D" }
    guard seconds > 0 else { return text }
    text += "T"
    let hours = seconds / 3_600
    let minutes = seconds % 3_600 / 60
    let rest = seconds % 60
    if hours > 0 { text += "\(hours)H" }
    if minutes > 0 { text += "\(minutes)M" }
    if rest > 0 { text += "\(rest)S" }
    return text
  }

  /// The instant `days` calendar days and `seconds` seconds after `start`, counted in `zone`.
  ///
  /// A local time that the calendar step lands in a daylight-saving gap moves forward, as clocks do.
  ///
  /// - Parameters:
  ///   - start: The send time.
  ///   - zone: The campaign's zone.
  /// - Returns: The end, or `nil` when it cannot be represented.
  package func end(from start: Instant, in zone: Zone) -> Instant? {
    let micros = start.microsecondsSinceEpoch
    let wholeSeconds = micros.quotientAndRemainder(dividingBy: 1_000_000)
    var whole = wholeSeconds.quotient
    var fraction = wholeSeconds.remainder
    if fraction < 0 {
      whole -= 1
      fraction += 1_000_000
    }
    var shifted = whole
    if days != 0 {
      guard let timeZone = TimeZone(identifier: zone.identifier), days <= Int64(Int32.max) else {
        return nil
      }
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = timeZone
      let date = Date(timeIntervalSince1970: TimeInterval(whole))
      guard let moved = calendar.date(byAdding: .day, value: Int(days), to: date) else {
        return nil
      }
      shifted = Int64(moved.timeIntervalSince1970.rounded())
    }
    let (withSeconds, overflow) = shifted.addingReportingOverflow(seconds)
    guard !overflow else { return nil }
    let (scaled, o1) = withSeconds.multipliedReportingOverflow(by: 1_000_000)
    let (total, o2) = scaled.addingReportingOverflow(fraction)
    guard !o1, !o2 else { return nil }
    return Instant(microsecondsSinceEpoch: total)
  }
}
