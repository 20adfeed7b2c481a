/// The fields of a timestamp exactly as written, checked for shape and range but not yet placed in
/// time.
///
/// Reads `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH:MM]` with a space allowed for the
/// `T`. An offset may also carry seconds (`±HH:MM:SS`), which ``Timestamp/iso8601(_:in:)`` writes
/// for local mean time before standard time, so its output always reads back.
struct WrittenTimestamp: Hashable {
  /// The calendar date.
  var date: CivilCalendar.YearMonthDay
  /// The hour, 0...23.
  var hour: Int = 0
  /// The minute, 0...59.
  var minute: Int = 0
  /// The second, 0...59.
  var second: Int = 0
  /// The fraction of the second, truncated to microseconds.
  var microsecond: Int64 = 0
  /// The written offset in seconds east of UTC (`Z` is 0), or `nil` for a local time.
  var offsetSeconds: Int?
  /// Whether only a date was written.
  var isDateOnly: Bool

  /// The wall-clock time as seconds since 1970-01-01T00:00:00 on the same clock (offset not
  /// applied).
  var localSecondsSinceEpoch: Int64 {
    CivilCalendar.dayNumber(of: date) * CivilCalendar.secondsPerDay + Int64(hour) * 3_600
      + Int64(minute) * 60 + Int64(second)
  }

  /// The most digits of a second's fraction the text may have.
  static let maximumFractionDigits = 9

  /// Reads `text`, or says what is wrong with it.
  static func read(_ text: String) -> Result<WrittenTimestamp, TimestampError> {
    var scanner = Scanner(bytes: Array(text.utf8))
    guard let shape = scanner.readShape(), scanner.isAtEnd else {
      return .failure(
        TimestampError(
          message: "expected a date and time like \"2026-09-01T00:00:00\" or "
            + "\"2026-09-01T00:00:00-04:00\", found \"\(abbreviated(text))\""))
    }
    return shape.validated()
  }

  /// `text`, cut to its first 40 characters followed by `…` when longer.
  static func abbreviated(_ text: String) -> String {
    text.count > 40 ? String(text.prefix(40)) + "…" : text
  }
}

extension WrittenTimestamp {
  /// The digit groups of a timestamp that has the right shape, before range checks.
  struct Shape {
    var year: [UInt8]
    var month: Int
    var day: Int
    var time: (hour: Int, minute: Int, second: Int?, fraction: [UInt8]?)?
    var offset: Offset?

    /// A written offset: `Z`, or a sign with hours, minutes and perhaps seconds.
    enum Offset {
      case zulu
      case numeric(sign: Int, hours: Int, minutes: Int, seconds: Int?)
    }

    /// Checks every field's range and makes the timestamp, or the first error in reading order.
    func validated() -> Result<WrittenTimestamp, TimestampError> {
      let yearText = String(decoding: year, as: UTF8.self)
      // Four digits fit in Int64; longer runs are out of range without being converted.
      let yearValue = year.count == 4 ? Int64(yearText) ?? 0 : 0
      guard yearValue >= 1 else {
        return failure("years run 0001–9999, found \(WrittenTimestamp.abbreviated(yearText))")
      }
      guard (1...12).contains(month) else {
        return failure("months run 01–12, found \(twoDigits(month))")
      }
      guard (1...31).contains(day) else {
        return failure("days run 01–31, found \(twoDigits(day))")
      }
      guard day <= CivilCalendar.daysInMonth(month, of: yearValue) else {
        if month == 2, day == 29 {
          return failure("\(yearText) is not a leap year, so there is no 29 February")
        }
        return failure("there is no \(day) \(CivilCalendar.monthName(month))")
      }
      let date = CivilCalendar.YearMonthDay(year: yearValue, month: month, day: day)
      guard let time else {
        return .success(WrittenTimestamp(date: date, isDateOnly: true))
      }
      guard time.hour <= 23 else {
        return failure("hours run 00–23, found \(twoDigits(time.hour))")
      }
      guard time.minute <= 59 else {
        return failure("minutes run 00–59, found \(twoDigits(time.minute))")
      }
      let second = time.second ?? 0
      guard second <= 59 else { return failure("seconds run 00–59, found \(twoDigits(second))") }
      var microsecond: Int64 = 0
      if let fraction = time.fraction {
        guard fraction.count <= WrittenTimestamp.maximumFractionDigits else {
          return failure(
            "a second has at most \(WrittenTimestamp.maximumFractionDigits) fraction digits, "
              + "found \(fraction.count)")
        }
        // Pad or cut to six digits: truncation toward zero within the second.
        for index in 0..<6 {
          let digit = index < fraction.count ? Int64(fraction[index] &- UInt8(ascii: "0")) : 0
          microsecond = microsecond * 10 + digit
        }
      }
      var offsetSeconds: Int?
      switch offset {
      case nil: offsetSeconds = nil
      case .zulu: offsetSeconds = 0
      case .numeric(let sign, let hours, let minutes, let seconds):
        let written = offsetText(sign: sign, hours: hours, minutes: minutes, seconds: seconds)
        guard minutes <= 59 else {
          return failure("offset minutes run 00–59, found \(twoDigits(minutes)) in \(written)")
        }
        guard (seconds ?? 0) <= 59 else {
          return failure("offset seconds run 00–59, found \(twoDigits(seconds ?? 0)) in \(written)")
        }
        let magnitude = hours * 3_600 + minutes * 60 + (seconds ?? 0)
        guard magnitude <= 18 * 3_600 else {
          return failure("offsets run from -18:00 to +18:00, found \(written)")
        }
        offsetSeconds = sign * magnitude
      }
      return .success(
        WrittenTimestamp(
          date: date, hour: time.hour, minute: time.minute, second: second,
          microsecond: microsecond, offsetSeconds: offsetSeconds, isDateOnly: false))
    }

    private func failure(_ message: String) -> Result<WrittenTimestamp, TimestampError> {
      .failure(TimestampError(message: message))
    }

    private func twoDigits(_ value: Int) -> String {
      CivilCalendar.padded(value, width: 2)
    }

    private func offsetText(sign: Int, hours: Int, minutes: Int, seconds: Int?) -> String {
      (sign < 0 ? "-" : "+") + twoDigits(hours) + ":" + twoDigits(minutes)
        + (seconds.map { ":" + twoDigits($0) } ?? "")
    }
  }

  /// Reads the shape of a timestamp from UTF-8 bytes, one field at a time.
  struct Scanner {
    let bytes: [UInt8]
    var position = 0

    var isAtEnd: Bool { position == bytes.count }

    /// Reads a whole timestamp's shape, or `nil` when the text does not have it.
    mutating func readShape() -> Shape? {
      let year = readDigits()
      guard year.count >= 4, read("-"), let month = readTwoDigits(), read("-"),
        let day = readTwoDigits()
      else { return nil }
      var shape = Shape(year: year, month: month, day: day)
      guard !isAtEnd else { return shape }
      guard read("T") || read(" "), let hour = readTwoDigits(), read(":"),
        let minute = readTwoDigits()
      else { return nil }
      var second: Int?
      var fraction: [UInt8]?
      if read(":") {
        guard let value = readTwoDigits() else { return nil }
        second = value
        if read(".") {
          let digits = readDigits()
          guard !digits.isEmpty else { return nil }
          fraction = digits
        }
      }
      shape.time = (hour, minute, second, fraction)
      if read("Z") {
        shape.offset = .zulu
      } else if read("+") || read("-") {
        let sign = bytes[position - 1] == UInt8(ascii: "-") ? -1 : 1
        guard let hours = readTwoDigits(), read(":"), let minutes = readTwoDigits() else {
          return nil
        }
        var seconds: Int?
        if read(":") {
          guard let value = readTwoDigits() else { return nil }
          seconds = value
        }
        shape.offset = .numeric(sign: sign, hours: hours, minutes: minutes, seconds: seconds)
      }
      return shape
    }

    /// Consumes `character` if it comes next.
    private mutating func read(_ character: Unicode.Scalar) -> Bool {
      guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
      position += 1
      return true
    }

    /// Consumes the run of ASCII digits that comes next (possibly empty).
    private mutating func readDigits() -> [UInt8] {
      let start = position
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
      return Array(bytes[start..<position])
    }

    /// Consumes exactly two ASCII digits, not followed by a third, and returns their value.
    private mutating func readTwoDigits() -> Int? {
      let digits = readDigits()
      guard digits.count == 2 else { return nil }
      return Int(digits[0] - UInt8(ascii: "0")) * 10 + Int(digits[1] - UInt8(ascii: "0"))
    }

    private func isDigit(_ byte: UInt8) -> Bool {
      byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
  }
}
