/// A length of time written as an ISO 8601 duration, such as a pool's `validFor`: `P14D`, `PT48H`, `P1DT12H`, `P2W`.
///
/// Days and weeks are calendar days in the campaign's zone (14 days after 18:00 on 20 October is 18:00 on
/// 3 November, even across a daylight saving change); hours, minutes and seconds are exact. Months and years are
/// refused: they vary in length, so a promise of "valid one month" is written as days (`P30D`).
///
/// ```swift
/// let fortnight = try ISODuration.parse("P14D").get()   // days: 14, seconds: 0
/// fortnight.adding(to: sentAt, in: newYork)                // the same wall-clock time 14 days later
/// ```
package struct ISODuration: Sendable, Hashable, CustomStringConvertible {
  /// Calendar days (a week counts seven).
  package var days: Int
  /// Exact seconds (hours, minutes and seconds together).
  package var seconds: Int
  /// The duration as written, for messages and reports.
  package var text: String

  /// The longest duration accepted, in days: ten years of days.
  package static let maximumDays = 3_660

  /// Creates a duration.
  ///
  /// - Parameters:
  ///   - days: Calendar days.
  ///   - seconds: Exact seconds.
  ///   - text: The duration as written.
  package init(days: Int, seconds: Int, text: String) {
    self.days = days
    self.seconds = seconds
    self.text = text
  }

  /// The duration as written.
  package var description: String { text }

  /// The duration in words: "14 days", "48 hours", "1 day and 12 hours", "90 minutes".
  package var spoken: String {
    var parts = [String]()
    func add(_ count: Int, _ unit: String) {
      if count > 0 { parts.append(count == 1 ? "1 \(unit)" : "\(count) \(unit)s") }
    }
    add(days, "day")
    let hours = seconds / 3_600
    let minutes = seconds % 3_600 / 60
    if minutes > 0 && hours > 0 {
      add(seconds / 60, "minute")
    } else {
      add(hours, "hour")
      add(minutes, "minute")
    }
    add(seconds % 60, "second")
    return EnglishList.joined(parts)
  }

  /// Whether the duration is zero.
  package var isZero: Bool { days == 0 && seconds == 0 }

  /// Reads `P[nW][nD][T[nH][nM][nS]]`.
  ///
  /// - Parameter text: The duration as written, upper case designators.
  /// - Returns: The duration, or a message saying what to write instead.
  package static func parse(_ text: String) -> Result<ISODuration, ISODurationError> {
    let example = "write a duration like \"P14D\" (14 days), \"PT48H\" (48 hours) or \"P1DT12H\""
    var bytes = Array(text.utf8)
    guard bytes.first == UInt8(ascii: "P") else {
      return .failure(
        ISODurationError(message: "expected an ISO 8601 duration starting with \"P\" — \(example)"))
    }
    bytes.removeFirst()
    guard !bytes.isEmpty else {
      return .failure(ISODurationError(message: "the duration \"P\" says no length — \(example)"))
    }
    var days = 0
    var seconds = 0
    var inTime = false
    var number: Int?
    var sawUnit = false
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let digit = Int(byte - UInt8(ascii: "0"))
        let (times, overflow1) = (number ?? 0).multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = times.addingReportingOverflow(digit)
        guard !overflow1, !overflow2, sum <= 1_000_000_000 else {
          return .failure(
            ISODurationError(message: "the duration \"\(text)\" is too long — \(example)"))
        }
        number = sum
      case UInt8(ascii: "T"):
        guard !inTime, number == nil else {
          return .failure(ISODurationError(message: "misplaced \"T\" in \"\(text)\" — \(example)"))
        }
        inTime = true
      case UInt8(ascii: "Y"),
        UInt8(ascii: "M") where !inTime:
        return .failure(
          ISODurationError(
            message: "months and years vary in length — write days, e.g. P30D (found \"\(text)\")"))
      case UInt8(ascii: "W"), UInt8(ascii: "D"), UInt8(ascii: "H"), UInt8(ascii: "M"),
        UInt8(ascii: "S"):
        guard let value = number else {
          return .failure(
            ISODurationError(
              message:
                "a number is missing before \"\(Character(Unicode.Scalar(byte)))\" in \"\(text)\" — \(example)"
            ))
        }
        let isDateUnit = byte == UInt8(ascii: "W") || byte == UInt8(ascii: "D")
        guard isDateUnit != inTime else {
          return .failure(
            ISODurationError(
              message: isDateUnit
                ? "days and weeks come before \"T\" in \"\(text)\" — \(example)"
                : "hours, minutes and seconds come after \"T\" in \"\(text)\" — \(example)"))
        }
        switch byte {
        case UInt8(ascii: "W"): days += value * 7
        case UInt8(ascii: "D"): days += value
        case UInt8(ascii: "H"): seconds += value * 3_600
        case UInt8(ascii: "M"): seconds += value * 60
        default: seconds += value
        }
        guard days <= maximumDays, seconds <= maximumDays * 86_400 else {
          return .failure(
            ISODurationError(
              message:
                "the duration \"\(text)\" is longer than \(maximumDays) days — write a shorter one")
          )
        }
        number = nil
        sawUnit = true
      default:
        return .failure(
          ISODurationError(
            message:
              "unexpected \(FoundValue.quoted(String(Unicode.Scalar(byte)))) in the duration \"\(text)\" — \(example)"
          ))
      }
    }
    guard number == nil, sawUnit else {
      return .failure(
        ISODurationError(
          message: "the duration \"\(text)\" ends without a unit (D, W, H, M or S) — \(example)"))
    }
    return .success(ISODuration(days: days, seconds: seconds, text: text))
  }

  /// The instant this long after `start`: days added on the wall clock of `zone`, then seconds exactly.
  ///
  /// A wall-clock time that falls in a daylight saving gap or overlap is read as ``Timestamp`` reads
  /// local times (the offset before the gap; the earlier of two).
  ///
  /// - Parameters:
  ///   - start: Where the duration starts (a send time).
  ///   - zone: The campaign's zone, whose calendar days count.
  /// - Returns: The end, or `nil` past the latest supported instant.
  package func adding(to start: Instant, in zone: Zone) -> Instant? {
    var moment = start
    if days > 0 {
      let offset = Int64(zone.utcOffsetSeconds(at: start)) * 1_000_000
      let local = start.microsecondsSinceEpoch + offset + Int64(days) * 86_400_000_000
      switch zone.resolve(localMicroseconds: local) {
      case .unique(let instant): moment = instant
      case .skipped(let instant, _): moment = instant
      case .repeated(let earlier, _): moment = earlier
      }
    }
    guard let end = moment.adding(seconds: Int64(seconds)), end <= Instant.latestSupported else {
      return nil
    }
    return end
  }
}

/// Why a duration could not be read; the message says what to write instead.
package struct ISODurationError: Error, Sendable, Hashable {
  /// What is wrong and what to write.
  package var message: String
}
