import Foundation
import PromoGuard
import Testing

@Suite struct InstantTests {
  struct DescriptionCase: Sendable, CustomTestStringConvertible {
    var name: String
    var instant: Instant
    var expected: String
    var testDescription: String { name }
  }

  static let descriptionCases: [DescriptionCase] = [
    DescriptionCase(
      name: "the epoch", instant: Instant(microsecondsSinceEpoch: 0),
      expected: "1970-01-01T00:00:00Z"),
    DescriptionCase(
      name: "whole seconds have no fraction", instant: TimeFixtures.september15th2006,
      expected: "2006-09-15T14:00:00Z"),
    DescriptionCase(
      name: "whole milliseconds show three digits",
      instant: TimeFixtures.instant(seconds: 1_158_328_800, microseconds: 250_000),
      expected: "2006-09-15T14:00:00.250Z"),
    DescriptionCase(
      name: "other fractions show six digits",
      instant: TimeFixtures.instant(seconds: 1_158_328_800, microseconds: 1),
      expected: "2006-09-15T14:00:00.000001Z"),
    DescriptionCase(
      name: "one microsecond before the epoch",
      instant: Instant(microsecondsSinceEpoch: -1), expected: "1969-12-31T23:59:59.999999Z"),
    // 0001-01-01 is 719 162 days before 1970-01-01 (1969 years, 477 leap days): −62 135 596 800 s.
    DescriptionCase(
      name: "the first supported instant",
      instant: TimeFixtures.instant(seconds: -62_135_596_800), expected: "0001-01-01T00:00:00Z"),
    // 10000-01-01 is 2 932 897 days after 1970-01-01: 253 402 300 800 s, minus one microsecond.
    DescriptionCase(
      name: "the last supported instant",
      instant: TimeFixtures.instant(seconds: 253_402_300_799, microseconds: 999_999),
      expected: "9999-12-31T23:59:59.999999Z"),
  ]

  @Test(arguments: descriptionCases)
  func descriptionIsISO8601InUTC(_ testCase: DescriptionCase) {
    #expect(testCase.instant.description == testCase.expected)
  }

  @Test func instantsOrderByTime() {
    let earlier = Instant(microsecondsSinceEpoch: -5)
    let later = Instant(microsecondsSinceEpoch: 3)
    #expect(earlier < later)
    #expect(!(later < earlier))
    #expect([later, earlier].sorted() == [earlier, later])
  }

  @Test func addingSecondsMovesByWholeSeconds() {
    let start = TimeFixtures.september15th2006
    #expect(start.adding(seconds: 1) == TimeFixtures.instant(seconds: 1_158_328_801))
    #expect(start.adding(seconds: -86_400) == TimeFixtures.instant(seconds: 1_158_242_400))
    #expect(start.adding(seconds: 0) == start)
  }

  @Test func addingSecondsRefusesToLeaveTheSupportedYears() {
    let last = TimeFixtures.instant(seconds: 253_402_300_799)
    let first = TimeFixtures.instant(seconds: -62_135_596_800)
    #expect(last.adding(seconds: 0) == last)
    #expect(last.adding(seconds: 1) == nil)
    #expect(first.adding(seconds: -1) == nil)
    #expect(first.adding(seconds: 1) == TimeFixtures.instant(seconds: -62_135_596_799))
  }

  @Test func addingSecondsReportsOverflowAsNil() {
    #expect(TimeFixtures.september15th2006.adding(seconds: .max) == nil)
    #expect(TimeFixtures.september15th2006.adding(seconds: .min) == nil)
    #expect(Instant(microsecondsSinceEpoch: .max).adding(seconds: 1) == nil)
  }

  @Test func dateRoundTripsToTheMicrosecond() {
    let instant = TimeFixtures.instant(seconds: 1_158_328_800, microseconds: 123_456)
    #expect(Instant(instant.date) == instant)
    #expect(Instant(Date(timeIntervalSince1970: 1_158_328_800.123456)) == instant)
    let beforeEpoch = TimeFixtures.instant(seconds: -1, microseconds: 1)  // −0.999 999 s
    #expect(Instant(beforeEpoch.date) == beforeEpoch)
  }

  @Test func dateIsTruncatedToMicroseconds() {
    // Foundation's reference date 2001-01-01T00:00:00Z is 978 307 200 s after the epoch (11 323
    // days); 1.6 µs after it is truncated to 1 µs, 0.6 µs to 0 µs, not rounded up.
    #expect(
      Instant(Date(timeIntervalSinceReferenceDate: 0.000_001_6))
        == TimeFixtures.instant(seconds: 978_307_200, microseconds: 1))
    #expect(
      Instant(Date(timeIntervalSinceReferenceDate: 0.000_000_6))
        == TimeFixtures.instant(seconds: 978_307_200))
    #expect(
      Instant(Date(timeIntervalSinceReferenceDate: -0.000_000_6))
        == TimeFixtures.instant(seconds: 978_307_199, microseconds: 999_999))
  }

  @Test func datesOutsideTheSupportedYearsAreClamped() {
    #expect(
      Instant(Date(timeIntervalSince1970: -1e13))
        == TimeFixtures.instant(seconds: -62_135_596_800))
    #expect(
      Instant(Date(timeIntervalSince1970: 1e13))
        == TimeFixtures.instant(seconds: 253_402_300_799, microseconds: 999_999))
    #expect(
      Instant(Date(timeIntervalSinceReferenceDate: .nan))
        == TimeFixtures.instant(seconds: -62_135_596_800))
  }

  @Test func dateHasTheSameMoment() {
    #expect(TimeFixtures.september15th2006.date.timeIntervalSince1970 == 1_158_328_800)
  }
}
