import PromoGuard
import Testing

/// `validFor` durations: reading them, refusing months and years, and adding calendar days in a zone.
@Suite struct ISODurationTests {
  @Test(arguments: [
    ("P14D", 14, 0),
    ("PT48H", 0, 172_800),  // 48 × 3,600
    ("P1DT12H", 1, 43_200),  // 12 × 3,600
    ("P2W", 14, 0),  // 2 × 7
    ("PT90M", 0, 5_400),  // 90 × 60
    ("P1DT1H1M1S", 1, 3_661),  // 3,600 + 60 + 1
  ])
  func readsDaysWeeksAndTimes(_ text: String, _ days: Int, _ seconds: Int) throws {
    let duration = try ISODuration.parse(text).get()
    #expect(duration.days == days)
    #expect(duration.seconds == seconds)
    #expect(duration.description == text)
  }

  @Test(arguments: [
    ("P1M", "months and years vary in length — write days, e.g. P30D (found \"P1M\")"),
    ("P1Y", "months and years vary in length — write days, e.g. P30D (found \"P1Y\")"),
    (
      "14D",
      "expected an ISO 8601 duration starting with \"P\" — write a duration like \"P14D\" (14 days), \"PT48H\" (48 hours) or \"P1DT12H\""
    ),
    (
      "P1H",
      "hours, minutes and seconds come after \"T\" in \"P1H\" — write a duration like \"P14D\" (14 days), \"PT48H\" (48 hours) or \"P1DT12H\""
    ),
    (
      "PT",
      "the duration \"PT\" ends without a unit (D, W, H, M or S) — write a duration like \"P14D\" (14 days), \"PT48H\" (48 hours) or \"P1DT12H\""
    ),
    (
      "P14",
      "the duration \"P14\" ends without a unit (D, W, H, M or S) — write a duration like \"P14D\" (14 days), \"PT48H\" (48 hours) or \"P1DT12H\""
    ),
    ("P3661D", "the duration \"P3661D\" is longer than 3660 days — write a shorter one"),
  ])
  func refusesWithAMessage(_ text: String, _ message: String) {
    switch ISODuration.parse(text) {
    case .success: Issue.record("\(text) was read")
    case .failure(let error): #expect(error.message == message)
    }
  }

  static func instant(_ text: String) throws -> Instant {
    try Timestamp.parse(text, in: .utc).get().instant
  }

  @Test func daysAreCalendarDaysInTheZoneAcrossADaylightSavingChange() throws {
    let newYork = try #require(Zone(identifier: "America/New_York"))
    // Sent 2026-10-20 09:15 EDT (13:15Z). New York leaves daylight saving on 1 November 2026, so 14 calendar
    // days later is 2026-11-03 09:15 EST = 14:15Z: 14 days and one hour of elapsed time.
    let sent = try Self.instant("2026-10-20T13:15:00Z")
    let fortnight = try ISODuration.parse("P14D").get()
    #expect(fortnight.adding(to: sent, in: newYork) == (try Self.instant("2026-11-03T14:15:00Z")))
    // 336 hours are exact: 13:15Z + 14 × 24 h = 2026-11-03T13:15Z (08:15 EST).
    let hours = try ISODuration.parse("PT336H").get()
    #expect(hours.adding(to: sent, in: newYork) == (try Self.instant("2026-11-03T13:15:00Z")))
    // One day and 12 hours: 2026-10-21 09:15 EDT, then 12 h later 2026-10-21T21:15 EDT = 2026-10-22T01:15Z.
    let mixed = try ISODuration.parse("P1DT12H").get()
    #expect(mixed.adding(to: sent, in: newYork) == (try Self.instant("2026-10-22T01:15:00Z")))
  }
}
