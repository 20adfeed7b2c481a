/// Proleptic Gregorian calendar arithmetic on whole days, with no Foundation and no time zones.
///
/// Day numbers count from 1970-01-01 (day 0); the algorithms are Howard Hinnant's `days_from_civil`
/// and `civil_from_days`, exact for every `Int64` day number whose year fits in `Int64` arithmetic,
/// which covers every instant an `Int64` count of microseconds can name.
enum CivilCalendar {
  /// A calendar date: year, month 1...12, day 1...31.
  struct YearMonthDay: Hashable {
    var year: Int64
    var month: Int
    var day: Int
  }

  /// The number of seconds in a day; time zones never make a civil day longer here.
  static let secondsPerDay: Int64 = 86_400

  /// The English month names, January first.
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October",
    "November", "December",
  ]

  /// The English name of `month`, or `"month \(month)"` outside 1...12.
  static func monthName(_ month: Int) -> String {
    guard (1...12).contains(month) else { return "month \(month)" }
    return monthNames[month - 1]
  }

  /// Whether `year` has a 29 February: divisible by 4, except centuries not divisible by 400.
  static func isLeapYear(_ year: Int64) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// The number of days in `month` (1...12) of `year`; 0 for a month outside 1...12.
  static func daysInMonth(_ month: Int, of year: Int64) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: return 31
    case 4, 6, 9, 11: return 30
    case 2: return isLeapYear(year) ? 29 : 28
    default: return 0
    }
  }

  /// The day number of `date`, counted from 1970-01-01 = 0.
  ///
  /// `date.month` must be in 1...12 and `date.year` within ±(2^53); callers validate both.
  static func dayNumber(of date: YearMonthDay) -> Int64 {
    let month = Int64(date.month)
    let year = month <= 2 ? date.year - 1 : date.year
    let era = (year >= 0 ? year : year - 399) / 400
    let yearOfEra = year - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + Int64(date.day) - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of day number `day`, counted from 1970-01-01 = 0.
  ///
  /// Exact for `|day| < 2^62`, far beyond the ±1.1e8 days an `Int64` of microseconds reaches.
  static func date(ofDayNumber day: Int64) -> YearMonthDay {
    let shifted = day + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return YearMonthDay(year: year, month: Int(month), day: Int(day))
  }

  /// The ISO weekday of day number `day`, from 1 (Monday) to 7 (Sunday); day 0, 1970-01-01, was a
  /// Thursday.
  static func weekday(ofDayNumber day: Int64) -> Int {
    let remainder = Int(((day % 7) + 7) % 7)  // 0 = Thursday
    return (remainder + 3) % 7 + 1
  }

  /// `value` divided by `divisor`, rounded toward negative infinity, with the non-negative
  /// remainder.
  ///
  /// `divisor` must be positive (callers pass constants).
  static func floorDivision(_ value: Int64, by divisor: Int64) -> (
    quotient: Int64, remainder: Int64
  ) {
    let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
    return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
  }

  /// `value` as a decimal string of at least `width` digits, zero-padded (a minus sign comes
  /// first).
  static func padded(_ value: some BinaryInteger, width: Int) -> String {
    let digits = String(value.magnitude)
    let padding = String(repeating: "0", count: max(0, width - digits.count))
    return (value < 0 ? "-" : "") + padding + digits
  }

  /// A fraction of a second in microseconds (0...999_999) as `.fff` when whole milliseconds, else
  /// `.ffffff`; the empty string for zero.
  static func fractionText(microseconds: Int64) -> String {
    guard microseconds != 0 else { return "" }
    if microseconds % 1_000 == 0 { return "." + padded(microseconds / 1_000, width: 3) }
    return "." + padded(microseconds, width: 6)
  }
}
