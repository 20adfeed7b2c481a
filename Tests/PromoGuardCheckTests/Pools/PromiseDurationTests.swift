import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The oracle's own reading of `validFor` durations and of the window end they give.
@Suite struct PromiseDurationTests {
  /// A duration as written and the days and seconds it reads as.
  struct Reading: Sendable, CustomTestStringConvertible {
    var text: String
    var days: Int64?
    var seconds: Int64
    var testDescription: String { text }
  }

  static let readings: [Reading] = [
    Reading(text: "P14D", days: 14, seconds: 0),
    // 2 weeks = 2 × 7 = 14 calendar days.
    Reading(text: "P2W", days: 14, seconds: 0),
    // 48 hours = 48 × 3,600 = 172,800 s.
    Reading(text: "PT48H", days: 0, seconds: 172_800),
    // 1 day, then 12 × 3,600 = 43,200 s.
    Reading(text: "P1DT12H", days: 1, seconds: 43_200),
    // 90 minutes = 5,400 s.
    Reading(text: "PT90M", days: 0, seconds: 5_400),
    Reading(text: "P1M", days: nil, seconds: 0),
    Reading(text: "P1Y", days: nil, seconds: 0),
    Reading(text: "14D", days: nil, seconds: 0),
    Reading(text: "P", days: nil, seconds: 0),
    Reading(text: "PT", days: nil, seconds: 0),
    Reading(text: "P1H", days: nil, seconds: 0),
  ]

  @Test(arguments: readings)
  func reads(_ reading: Reading) {
    let duration = PromiseDuration(reading.text)
    #expect(duration?.days == reading.days)
    if reading.days != nil { #expect(duration?.seconds == reading.seconds) }
  }

  @Test func weeksAndDaysAreTheSameDuration() {
    #expect(PromiseDuration("P2W") == PromiseDuration("P14D"))
    #expect(PromiseDuration("P2W")?.description == "P14D")
    #expect(PromiseDuration("P1DT12H")?.description == "P1DT12H")
  }

  /// Calendar days across the end of daylight saving time in New York (1 November 2026, 02:00 EDT → 01:00
  /// EST): 14 days from 25 October 10:00 EDT (14:00Z) is 8 November 10:00 EST (15:00Z), 14 × 24 + 1 = 337 hours
  /// later; 336 exact hours would end an hour early.
  @Test func daysAreCalendarDaysInTheZone() throws {
    let zone = try #require(Zone(identifier: "America/New_York"))
    // 2026-10-25T14:00:00Z = 1,792,936,800 s since the epoch.
    let sent = Instant(microsecondsSinceEpoch: 1_792_936_800 * 1_000_000)
    let end = try #require(PromiseDuration(days: 14).end(from: sent, in: zone))
    // 1,792,936,800 + 337 × 3,600 = 1,794,150,000.
    #expect(end.microsecondsSinceEpoch == 1_794_150_000 * 1_000_000)
    let hours = try #require(PromiseDuration("PT336H")?.end(from: sent, in: zone))
    // 1,792,936,800 + 336 × 3,600 = 1,794,146,400.
    #expect(hours.microsecondsSinceEpoch == 1_794_146_400 * 1_000_000)
  }
}
