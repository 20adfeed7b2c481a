import PromoGuard
import Testing

@Suite struct TimestampFormattingTests {
  struct FormatCase: Sendable, CustomTestStringConvertible {
    var zone: String
    var instant: Instant
    var expected: String
    var testDescription: String { "\(instant) in \(zone)" }
  }

  static let sept15 = TimeFixtures.september15th2006

  static let iso8601Cases: [FormatCase] = [
    FormatCase(zone: "America/New_York", instant: sept15, expected: "2006-09-15T10:00:00-04:00"),
    FormatCase(zone: "UTC", instant: sept15, expected: "2006-09-15T14:00:00Z"),
    FormatCase(zone: "GMT", instant: sept15, expected: "2006-09-15T14:00:00+00:00"),
    FormatCase(zone: "Europe/London", instant: sept15, expected: "2006-09-15T15:00:00+01:00"),
    FormatCase(zone: "Asia/Kolkata", instant: sept15, expected: "2006-09-15T19:30:00+05:30"),
    // 14:00Z + 10:30 = 00:30 the next day.
    FormatCase(zone: "Australia/Lord_Howe", instant: sept15, expected: "2006-09-16T00:30:00+10:30"),
    // 2024-01-15T12:00Z (1 705 320 000, see ZoneTests): London is on GMT, written +00:00.
    FormatCase(
      zone: "Europe/London", instant: TimeFixtures.instant(seconds: 1_705_320_000),
      expected: "2024-01-15T12:00:00+00:00"),
    FormatCase(
      zone: "America/New_York",
      instant: TimeFixtures.instant(seconds: 1_158_328_800, microseconds: 500_000),
      expected: "2006-09-15T10:00:00.500-04:00"),
    FormatCase(
      zone: "UTC", instant: TimeFixtures.instant(seconds: 1_158_328_800, microseconds: 123_456),
      expected: "2006-09-15T14:00:00.123456Z"),
    // 1800-01-01: 170 years and 41 leap days (1804 … 1896; 1900 is not one) before 1970 = 62 091
    // days, −5 364 662 400 s. New York then kept local mean time, −4:56:02 (17 762 s) behind UTC.
    FormatCase(
      zone: "America/New_York", instant: TimeFixtures.instant(seconds: -5_364_662_400 + 17_762),
      expected: "1800-01-01T00:00:00-04:56:02"),
  ]

  @Test(arguments: iso8601Cases)
  func iso8601WritesTheZoneOffset(_ testCase: FormatCase) throws {
    let zone = try TimeFixtures.zone(testCase.zone)
    #expect(Timestamp.iso8601(testCase.instant, in: zone) == testCase.expected)
  }

  @Test(arguments: iso8601Cases)
  func iso8601ReadsBackToTheSameInstant(_ testCase: FormatCase) throws {
    let zone = try TimeFixtures.zone(testCase.zone)
    let parsed = try Timestamp.parse(Timestamp.iso8601(testCase.instant, in: zone), in: zone).get()
    #expect(parsed.instant == testCase.instant)
  }

  static let spokenCases: [FormatCase] = [
    FormatCase(
      zone: "America/New_York", instant: sept15,
      expected: "15 September 2006 at 10:00 (America/New_York)"),
    FormatCase(zone: "UTC", instant: sept15, expected: "15 September 2006 at 14:00 (UTC)"),
    FormatCase(
      zone: "Australia/Lord_Howe", instant: sept15,
      expected: "16 September 2006 at 00:30 (Australia/Lord_Howe)"),
    // An end of 2026-10-01T00:00 in New York is 04:00Z (EDT): 20 454 + 273 = 20 727 days →
    // 1 790 812 800, + 14 400. Its last second, one before the exclusive end, is 23:59:59 the day
    // before.
    FormatCase(
      zone: "America/New_York", instant: TimeFixtures.instant(seconds: 1_790_827_199),
      expected: "30 September 2026 at 23:59:59 (America/New_York)"),
    FormatCase(
      zone: "UTC", instant: TimeFixtures.instant(seconds: 1_158_328_800, microseconds: 250_000),
      expected: "15 September 2006 at 14:00:00.250 (UTC)"),
    // 2026-09-01 was computed in TimestampParseTests: 1 788 220 800; + 9 h 5 min = + 32 700.
    FormatCase(
      zone: "UTC", instant: TimeFixtures.instant(seconds: 1_788_220_800 + 32_700),
      expected: "1 September 2026 at 09:05 (UTC)"),
    // The repeated hour of 2024-11-03 in New York (20 030 days → 1 730 592 000) names the offset:
    // 05:30Z is 01:30 EDT, 06:30Z is 01:30 EST; 06:00Z is 01:00 EST; 07:00Z (02:00 EST) is not
    // repeated.
    FormatCase(
      zone: "America/New_York", instant: TimeFixtures.instant(seconds: 1_730_592_000 + 19_800),
      expected: "3 November 2024 at 01:30 (America/New_York, UTC-04:00)"),
    FormatCase(
      zone: "America/New_York", instant: TimeFixtures.instant(seconds: 1_730_592_000 + 23_400),
      expected: "3 November 2024 at 01:30 (America/New_York, UTC-05:00)"),
    FormatCase(
      zone: "America/New_York", instant: TimeFixtures.instant(seconds: 1_730_592_000 + 21_600),
      expected: "3 November 2024 at 01:00 (America/New_York, UTC-05:00)"),
    FormatCase(
      zone: "America/New_York", instant: TimeFixtures.instant(seconds: 1_730_592_000 + 25_200),
      expected: "3 November 2024 at 02:00 (America/New_York)"),
    // Lord Howe's repeated half hour, 2024-04-07 01:30–02:00 (see TimestampParseTests): 14:45Z is
    // +11:00.
    FormatCase(
      zone: "Australia/Lord_Howe", instant: TimeFixtures.instant(seconds: 1_712_361_600 + 53_100),
      expected: "7 April 2024 at 01:45 (Australia/Lord_Howe, UTC+11:00)"),
  ]

  @Test(arguments: spokenCases)
  func spokenSpellsTheTimeOut(_ testCase: FormatCase) throws {
    let zone = try TimeFixtures.zone(testCase.zone)
    #expect(Timestamp.spoken(testCase.instant, in: zone) == testCase.expected)
  }

  @Test func lastSecondBeforeAnExclusiveEnd() throws {
    let zone = try TimeFixtures.zone("America/New_York")
    let end = try Timestamp.parse("2026-10-01", in: zone).get().instant
    let lastSecond = try #require(end.adding(seconds: -1))
    #expect(
      Timestamp.spoken(lastSecond, in: zone) == "30 September 2026 at 23:59:59 (America/New_York)")
    #expect(Timestamp.iso8601(lastSecond, in: zone) == "2026-09-30T23:59:59-04:00")
  }

  struct FieldsCase: Sendable, CustomTestStringConvertible {
    var name: String
    var zone: String
    var instant: Instant
    var expected: LocalFields
    var testDescription: String { name }
  }

  static let fieldsCases: [FieldsCase] = [
    // 2006-09-15 was a Friday.
    FieldsCase(
      name: "Friday morning in New York", zone: "America/New_York", instant: sept15,
      expected: LocalFields(
        year: 2006, month: 9, day: 15, hour: 10, minute: 0, second: 0, microsecond: 0, weekday: 5,
        utcOffsetSeconds: -14_400)),
    // 02:00Z on Friday is 22:00 EDT on Thursday the 14th: 1 158 328 800 − 12 h.
    FieldsCase(
      name: "the local day can be the day before UTC's", zone: "America/New_York",
      instant: TimeFixtures.instant(seconds: 1_158_328_800 - 43_200),
      expected: LocalFields(
        year: 2006, month: 9, day: 14, hour: 22, minute: 0, second: 0, microsecond: 0, weekday: 4,
        utcOffsetSeconds: -14_400)),
    FieldsCase(
      name: "the epoch was a Thursday", zone: "UTC", instant: Instant(microsecondsSinceEpoch: 0),
      expected: LocalFields(
        year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0, weekday: 4,
        utcOffsetSeconds: 0)),
    FieldsCase(
      name: "just before the epoch, a Wednesday", zone: "UTC",
      instant: Instant(microsecondsSinceEpoch: -1),
      expected: LocalFields(
        year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59, microsecond: 999_999,
        weekday: 3, utcOffsetSeconds: 0)),
    // 2024-01-01T00:00Z (19 723 days) was a Monday.
    FieldsCase(
      name: "Monday is 1", zone: "UTC", instant: TimeFixtures.instant(seconds: 1_704_067_200),
      expected: LocalFields(
        year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0, weekday: 1,
        utcOffsetSeconds: 0)),
    // 2024-03-10 07:30Z is 03:30 EDT on a Sunday.
    FieldsCase(
      name: "Sunday is 7", zone: "America/New_York",
      instant: TimeFixtures.instant(seconds: 1_710_055_800),
      expected: LocalFields(
        year: 2024, month: 3, day: 10, hour: 3, minute: 30, second: 0, microsecond: 0, weekday: 7,
        utcOffsetSeconds: -14_400)),
    // 2000-01-01T00:00Z (10 957 days × 86 400 = 946 684 800) was a Saturday; +05:30 makes it 05:30.
    FieldsCase(
      name: "a half-hour offset", zone: "Asia/Kolkata",
      instant: TimeFixtures.instant(seconds: 946_684_800, microseconds: 42),
      expected: LocalFields(
        year: 2000, month: 1, day: 1, hour: 5, minute: 30, second: 0, microsecond: 42, weekday: 6,
        utcOffsetSeconds: 19_800)),
    // 0001-01-01T00:00Z was a Monday (the proleptic Gregorian calendar starts on one).
    FieldsCase(
      name: "the first supported day", zone: "UTC",
      instant: TimeFixtures.instant(seconds: -62_135_596_800),
      expected: LocalFields(
        year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0, weekday: 1,
        utcOffsetSeconds: 0)),
  ]

  @Test(arguments: fieldsCases)
  func localFieldsReadTheWallClock(_ testCase: FieldsCase) throws {
    let zone = try TimeFixtures.zone(testCase.zone)
    #expect(Timestamp.localFields(of: testCase.instant, in: zone) == testCase.expected)
  }

  @Test func extremeInstantsAreStillWrittenOut() {
    // Outside the supported years the text is still produced, with the year as it falls. Int64.max
    // µs is 9 223 372 036 854 s + 775 807 µs: 106 751 991 days (to 294247-01-10) and 14 454 s
    // (04:00:54).
    #expect(
      Timestamp.spoken(Instant(microsecondsSinceEpoch: .max), in: .utc)
        == "10 January 294247 at 04:00:54.775807 (UTC)")
    #expect(
      Instant(microsecondsSinceEpoch: .max).description == "294247-01-10T04:00:54.775807Z")
    // Int64.min µs is 1 µs before −Int64.max µs, mirrored: −290308-12-21T19:59:05.224192Z.
    #expect(
      Timestamp.iso8601(Instant(microsecondsSinceEpoch: .min), in: .utc)
        == "-290308-12-21T19:59:05.224192Z")
  }
}
