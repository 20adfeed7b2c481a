import PromoGuard
import Testing

/// `Timestamp.moment`: the weekday, date and time in the campaign's zone, then UTC.
@Suite struct TimestampMomentTests {
  struct MomentCase: Sendable, CustomTestStringConvertible {
    var zone: String
    var seconds: Int64
    var expected: String
    var testDescription: String { "\(seconds) in \(zone)" }
  }

  static let cases: [MomentCase] = [
    // Winter: New York is UTC-5, so 04:30Z is 23:30 the evening before.
    MomentCase(
      zone: "America/New_York", seconds: 1_797_222_600,
      expected: "Sunday 13 December 2026, 23:30 New York time (2026-12-14T04:30:00Z)"),
    // Summer: UTC-4.
    MomentCase(
      zone: "America/New_York", seconds: 1_783_222_200,
      expected: "Saturday 4 July 2026, 23:30 New York time (2026-07-05T03:30:00Z)"),
    // The first instant of daylight saving: 07:00Z is 03:00 EDT (02:00 never happens).
    MomentCase(
      zone: "America/New_York", seconds: 1_772_953_200,
      expected: "Sunday 8 March 2026, 03:00 New York time (2026-03-08T07:00:00Z)"),
    // 01:30 happens twice when daylight saving ends: the offset says which.
    MomentCase(
      zone: "America/New_York", seconds: 1_793_511_000,
      expected: "Sunday 1 November 2026, 01:30 New York time, UTC-04:00 (2026-11-01T05:30:00Z)"),
    MomentCase(
      zone: "America/New_York", seconds: 1_793_514_600,
      expected: "Sunday 1 November 2026, 01:30 New York time, UTC-05:00 (2026-11-01T06:30:00Z)"),
    MomentCase(
      zone: "America/New_York", seconds: 1_797_222_601,
      expected: "Sunday 13 December 2026, 23:30:01 New York time (2026-12-14T04:30:01Z)"),
    MomentCase(
      zone: "UTC", seconds: 1_797_222_600,
      expected: "Monday 14 December 2026, 04:30 UTC (2026-12-14T04:30:00Z)"),
    MomentCase(
      zone: "Europe/London", seconds: 1_783_222_200,
      expected: "Sunday 5 July 2026, 04:30 London time (2026-07-05T03:30:00Z)"),
  ]

  @Test(arguments: cases) func aMomentReadsInTheZoneAndInUTC(_ moment: MomentCase) throws {
    let zone = try #require(Zone(identifier: moment.zone))
    let instant = Instant(microsecondsSinceEpoch: moment.seconds * 1_000_000)
    #expect(Timestamp.moment(instant, in: zone) == moment.expected)
  }

  @Test func zonesAreNamedByTheirCity() throws {
    #expect(
      Timestamp.zoneName(try #require(Zone(identifier: "America/Los_Angeles")))
        == "Los Angeles time")
    #expect(Timestamp.zoneName(.utc) == "UTC")
  }
}
