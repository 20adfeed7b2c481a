import PromoGuard
import Testing

@Suite struct TimestampParseTests {
  struct ParseCase: Sendable, CustomTestStringConvertible {
    var text: String
    var zone: String
    var seconds: Int64
    var microseconds: Int64 = 0
    var resolution: ResolvedTimestamp.Resolution
    var isDateOnly = false
    var testDescription: String { "\(text) in \(zone)" }
  }

  /// 2006-09-15T14:00:00Z, worked out in ``TimeFixtures/september15th2006``.
  static let sept15 = Int64(1_158_328_800)

  static let absoluteCases: [ParseCase] = [
    ParseCase(text: "2006-09-15T14:00:00Z", zone: "UTC", seconds: sept15, resolution: .offsetGiven),
    // An offset wins over the zone: 10:00 −04:00 is 14:00Z whatever the campaign's zone.
    ParseCase(
      text: "2006-09-15T10:00:00-04:00", zone: "Europe/London", seconds: sept15,
      resolution: .offsetGiven),
    ParseCase(
      text: "2006-09-15T19:30:00+05:30", zone: "UTC", seconds: sept15, resolution: .offsetGiven),
    ParseCase(
      text: "2006-09-15T14:00:00+00:00", zone: "America/New_York", seconds: sept15,
      resolution: .offsetGiven),
    ParseCase(
      text: "2006-09-15T14:00:00-00:00", zone: "UTC", seconds: sept15, resolution: .offsetGiven),
    ParseCase(text: "2006-09-15T14:00Z", zone: "UTC", seconds: sept15, resolution: .offsetGiven),
    // The extreme offsets: 14:00 +18:00 is 20:00Z the day before (−18 h); 14:00 −18:00 is 08:00Z
    // next day.
    ParseCase(
      text: "2006-09-15T14:00:00+18:00", zone: "UTC", seconds: sept15 - 64_800,
      resolution: .offsetGiven),
    ParseCase(
      text: "2006-09-15T14:00:00-18:00", zone: "UTC", seconds: sept15 + 64_800,
      resolution: .offsetGiven),
    // Local mean time offsets with seconds, as iso8601 writes them: 04:56:02 is 17 762 s.
    ParseCase(
      text: "2006-09-15T09:03:58-04:56:02", zone: "UTC", seconds: sept15, resolution: .offsetGiven),
  ]

  static let localCases: [ParseCase] = [
    ParseCase(text: "2006-09-15T14:00:00", zone: "UTC", seconds: sept15, resolution: .local),
    ParseCase(text: "2006-09-15 14:00:00", zone: "UTC", seconds: sept15, resolution: .local),
    ParseCase(text: "2006-09-15T14:00", zone: "UTC", seconds: sept15, resolution: .local),
    ParseCase(text: "2006-09-15 14:00", zone: "UTC", seconds: sept15, resolution: .local),
    // 10:00 EDT (−4 h) is 14:00Z; 15:00 BST (+1 h) is 14:00Z; 00:30 the next day at +10:30 is
    // 14:00Z.
    ParseCase(
      text: "2006-09-15T10:00:00", zone: "America/New_York", seconds: sept15, resolution: .local),
    ParseCase(text: "2006-09-15T15:00", zone: "Europe/London", seconds: sept15, resolution: .local),
    ParseCase(
      text: "2006-09-16T00:30", zone: "Australia/Lord_Howe", seconds: sept15, resolution: .local),
  ]

  static let fractionCases: [ParseCase] = [
    ParseCase(
      text: "2006-09-15T14:00:00.5Z", zone: "UTC", seconds: sept15, microseconds: 500_000,
      resolution: .offsetGiven),
    ParseCase(
      text: "2006-09-15T14:00:00.000001", zone: "UTC", seconds: sept15, microseconds: 1,
      resolution: .local),
    // Nine digits are accepted and truncated (not rounded) to six.
    ParseCase(
      text: "2006-09-15T14:00:00.123456789Z", zone: "UTC", seconds: sept15, microseconds: 123_456,
      resolution: .offsetGiven),
    ParseCase(
      text: "2006-09-15T14:00:00.9999999Z", zone: "UTC", seconds: sept15, microseconds: 999_999,
      resolution: .offsetGiven),
    ParseCase(
      text: "2006-09-15T10:00:00.25-04:00", zone: "UTC", seconds: sept15, microseconds: 250_000,
      resolution: .offsetGiven),
  ]

  static let dateOnlyCases: [ParseCase] = [
    // 2026-09-01: 20 454 + 243 (Jan–Aug) = 20 697 days × 86 400 = 1 788 220 800 (UTC midnight).
    ParseCase(
      text: "2026-09-01", zone: "UTC", seconds: 1_788_220_800, resolution: .local, isDateOnly: true),
    // New York midnight is 04:00Z in September (EDT, −4 h): + 14 400.
    ParseCase(
      text: "2026-09-01", zone: "America/New_York", seconds: 1_788_235_200, resolution: .local,
      isDateOnly: true),
  ]

  static let leapYearCases: [ParseCase] = [
    // 2024-02-29: 19 723 + 31 + 28 = 19 782 days × 86 400.
    ParseCase(
      text: "2024-02-29", zone: "UTC", seconds: 1_709_164_800, resolution: .local, isDateOnly: true),
    // 2000-02-29 (2000 is divisible by 400): 10 957 (30 × 365 + 7) + 59 = 11 016 days × 86 400.
    ParseCase(
      text: "2000-02-29", zone: "UTC", seconds: 951_782_400, resolution: .local, isDateOnly: true),
  ]

  static let daylightSavingCases: [ParseCase] = [
    // New York, 2024-03-10 (19 792 days → 1 710 028 800): clocks go from 02:00 EST to 03:00 EDT at
    // 07:00Z. 02:30 does not exist; read at EST (−5 h) it is 07:30Z, which is 03:30 EDT.
    ParseCase(
      text: "2024-03-10T02:30", zone: "America/New_York", seconds: 1_710_028_800 + 27_000,
      resolution: .skippedByDSTGap(seconds: 3_600)),
    ParseCase(
      text: "2024-03-10T02:00", zone: "America/New_York", seconds: 1_710_028_800 + 25_200,
      resolution: .skippedByDSTGap(seconds: 3_600)),
    ParseCase(
      text: "2024-03-10T01:59:59", zone: "America/New_York", seconds: 1_710_028_800 + 25_199,
      resolution: .local),
    ParseCase(
      text: "2024-03-10T03:00", zone: "America/New_York", seconds: 1_710_028_800 + 25_200,
      resolution: .local),
    // New York, 2024-11-03 (20 030 days → 1 730 592 000): clocks go from 02:00 EDT back to 01:00
    // EST at 06:00Z. 01:30 happens at 05:30Z (EDT) and 06:30Z (EST); the earlier is taken.
    ParseCase(
      text: "2024-11-03T01:30", zone: "America/New_York", seconds: 1_730_592_000 + 19_800,
      resolution: .ambiguousTookEarlier),
    ParseCase(
      text: "2024-11-03T01:00", zone: "America/New_York", seconds: 1_730_592_000 + 18_000,
      resolution: .ambiguousTookEarlier),
    ParseCase(
      text: "2024-11-03T00:59:59", zone: "America/New_York", seconds: 1_730_592_000 + 17_999,
      resolution: .local),
    ParseCase(
      text: "2024-11-03T02:00", zone: "America/New_York", seconds: 1_730_592_000 + 25_200,
      resolution: .local),
    // London, 2024-03-31 (19 813 days → 1 711 843 200): 01:00 GMT becomes 02:00 BST at 01:00Z.
    // 01:30 does not exist; read at GMT it is 01:30Z (02:30 BST).
    ParseCase(
      text: "2024-03-31T01:30", zone: "Europe/London", seconds: 1_711_843_200 + 5_400,
      resolution: .skippedByDSTGap(seconds: 3_600)),
    // London, 2024-10-27 (20 023 days → 1 729 987 200): 02:00 BST becomes 01:00 GMT at 01:00Z.
    // 01:30 is 00:30Z (BST) or 01:30Z (GMT); the earlier is taken.
    ParseCase(
      text: "2024-10-27T01:30", zone: "Europe/London", seconds: 1_729_987_200 + 1_800,
      resolution: .ambiguousTookEarlier),
    // Lord Howe, 2024-10-06: 02:00 +10:30 becomes 02:30 +11:00 (a 30-minute gap). 02:15 read at
    // +10:30 is 2024-10-05T15:45Z: 20 001 days → 1 728 086 400, + 15 h 45 min (56 700).
    ParseCase(
      text: "2024-10-06T02:15", zone: "Australia/Lord_Howe", seconds: 1_728_086_400 + 56_700,
      resolution: .skippedByDSTGap(seconds: 1_800)),
    // Lord Howe, 2024-04-07: 02:00 +11:00 becomes 01:30 +10:30. 01:45 happens at +11:00 first:
    // 2024-04-06T14:45Z, 19 819 days → 1 712 361 600, + 14 h 45 min (53 100).
    ParseCase(
      text: "2024-04-07T01:45", zone: "Australia/Lord_Howe", seconds: 1_712_361_600 + 53_100,
      resolution: .ambiguousTookEarlier),
    // The same wall-clock times written with an offset are absolute: the later 01:30 in New York.
    ParseCase(
      text: "2024-11-03T01:30-05:00", zone: "America/New_York", seconds: 1_730_592_000 + 23_400,
      resolution: .offsetGiven),
  ]

  static let extremeCases: [ParseCase] = [
    ParseCase(
      text: "0001-01-01T00:00:00Z", zone: "UTC", seconds: -62_135_596_800, resolution: .offsetGiven),
    ParseCase(
      text: "9999-12-31T23:59:59.999999Z", zone: "UTC", seconds: 253_402_300_799,
      microseconds: 999_999, resolution: .offsetGiven),
  ]

  @Test(
    arguments: absoluteCases + localCases + fractionCases + dateOnlyCases + leapYearCases
      + daylightSavingCases + extremeCases)
  func parsesToTheHandComputedInstant(_ testCase: ParseCase) throws {
    let zone = try TimeFixtures.zone(testCase.zone)
    let expected = ResolvedTimestamp(
      instant: TimeFixtures.instant(seconds: testCase.seconds, microseconds: testCase.microseconds),
      resolution: testCase.resolution, isDateOnly: testCase.isDateOnly)
    #expect(Timestamp.parse(testCase.text, in: zone) == .success(expected))
  }

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var text: String
    var zone = "UTC"
    var message: String
    var testDescription: String { text }
  }

  static func shapeMessage(_ found: String) -> String {
    "expected a date and time like \"2026-09-01T00:00:00\" or \"2026-09-01T00:00:00-04:00\", found "
      + "\"\(found)\""
  }

  static let shapeErrorCases: [ErrorCase] = [
    "09/01/2026", "", "2026-9-01", "2026-09-1", "026-09-01", "2026-09-01T10", "2026-09-01T10:0",
    "2026-09-01T1:00", "2026-09-01Z", "2026-09-01T10:00:00 ", " 2026-09-01", "2026-09-01t10:00",
    "2026-09-01T10:00z", "2026-09-01T10:00:00.", "2026-09-01T10:00:00+0400",
    "2026-09-01T10:00:00+04",
    "2026-09-01T10:00:00-4:00", "2026-09-01T10:00:00.5.5", "-2026-09-01",
    "2026-09-01T10:00:00Z+01:00",
    "2026/09/01", "tomorrow", "２０２６-09-01",
  ].map { ErrorCase(text: $0, message: shapeMessage($0)) }

  static let rangeErrorCases: [ErrorCase] = [
    ErrorCase(text: "2026-09-31", message: "there is no 31 September"),
    ErrorCase(text: "2026-04-31T10:00", message: "there is no 31 April"),
    ErrorCase(text: "2026-02-30", message: "there is no 30 February"),
    ErrorCase(text: "2024-02-30", message: "there is no 30 February"),
    ErrorCase(text: "2023-02-29", message: "2023 is not a leap year, so there is no 29 February"),
    ErrorCase(
      text: "1900-02-29T12:00Z", message: "1900 is not a leap year, so there is no 29 February"),
    ErrorCase(text: "2026-13-01", message: "months run 01–12, found 13"),
    ErrorCase(text: "2026-00-10", message: "months run 01–12, found 00"),
    ErrorCase(text: "2026-01-32", message: "days run 01–31, found 32"),
    ErrorCase(text: "2026-01-00", message: "days run 01–31, found 00"),
    ErrorCase(text: "2026-09-01T24:00", message: "hours run 00–23, found 24"),
    ErrorCase(text: "2026-09-01T24:00:00Z", message: "hours run 00–23, found 24"),
    ErrorCase(text: "2026-09-01T10:60", message: "minutes run 00–59, found 60"),
    ErrorCase(text: "2026-09-01T23:59:60Z", message: "seconds run 00–59, found 60"),
    ErrorCase(text: "0000-01-01", message: "years run 0001–9999, found 0000"),
    ErrorCase(text: "10000-01-01T00:00Z", message: "years run 0001–9999, found 10000"),
    ErrorCase(
      text: "2026-09-01T10:00:00.1234567890Z",
      message: "a second has at most 9 fraction digits, found 10"),
    ErrorCase(
      text: "2026-09-01T10:00:00+19:00", message: "offsets run from -18:00 to +18:00, found +19:00"),
    ErrorCase(
      text: "2026-09-01T10:00:00-18:01", message: "offsets run from -18:00 to +18:00, found -18:01"),
    ErrorCase(
      text: "2026-09-01T10:00:00+05:60", message: "offset minutes run 00–59, found 60 in +05:60"),
    ErrorCase(
      text: "2026-09-01T10:00:00+05:00:60",
      message: "offset seconds run 00–59, found 60 in +05:00:60"),
    // Checked in reading order: the month before the hour.
    ErrorCase(text: "2026-13-01T24:00", message: "months run 01–12, found 13"),
  ]

  static let outOfRangeCases: [ErrorCase] = [
    // Midnight at +01:00 on 1 January 0001 is 23:00Z on 31 December 0000.
    ErrorCase(
      text: "0001-01-01T00:00:00+01:00",
      message:
        "\"0001-01-01T00:00:00+01:00\" is before 0001-01-01T00:00:00Z, the earliest supported time"),
    ErrorCase(
      text: "9999-12-31T23:00:00-05:00",
      message:
        "\"9999-12-31T23:00:00-05:00\" is after 9999-12-31T23:59:59.999999Z, the latest supported time"
    ),
    // Tokyo's local mean time was ahead of UTC, so its first midnight of year 1 was still in year 0
    // in UTC.
    ErrorCase(
      text: "0001-01-01", zone: "Asia/Tokyo",
      message:
        "\"0001-01-01\" in Asia/Tokyo is before 0001-01-01T00:00:00Z, the earliest supported time"),
  ]

  @Test(arguments: shapeErrorCases + rangeErrorCases + outOfRangeCases)
  func rejectsWithAMessageForPeople(_ testCase: ErrorCase) throws {
    let zone = try TimeFixtures.zone(testCase.zone)
    #expect(
      Timestamp.parse(testCase.text, in: zone)
        == .failure(TimestampError(message: testCase.message)))
  }

  @Test func longTextIsAbbreviatedInTheMessage() {
    let text = String(repeating: "x", count: 50)
    let expected = Self.shapeMessage(String(repeating: "x", count: 40) + "…")
    #expect(Timestamp.parse(text, in: .utc) == .failure(TimestampError(message: expected)))
  }

  @Test func errorDescriptionIsTheMessage() {
    #expect(
      TimestampError(message: "there is no 31 September").description == "there is no 31 September")
  }
}
