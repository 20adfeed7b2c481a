import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The published wording's starts, ends, weekdays and time zones against the structured terms.
///
/// Sunday 13 December 2026 is the last day of the default offer: it runs from 1 December 2026 00:00 to
/// 14 December 2026 00:00, New York time (`ends` is exclusive).
@Suite struct WordingDatesTests {
  /// A case in New York's December offer, `fields` replacing its zone or period.
  static func december(
    _ text: String, _ fields: [(String, String)] = [], name: String, expected: [String] = []
  ) -> AuditCase {
    let kept = WordingFixture.newYorkDecember.filter { field in
      !fields.contains { $0.0 == field.0 }
    }
    return WordingFixture.worded(text, campaign: kept + fields, name: name, expected: expected)
  }

  /// Ends: days included whole, minutes, zones, years left out.
  static let ends: [AuditCase] = [
    december("20% off until Sunday 13 December 2026 at 23:59.", name: "the last minute, agreeing"),
    december(
      "20% off until 23:59 on 13 December 2026.", [("ends", #""2026-12-13T23:59:00""#)],
      name: "an end at the minute written"),
    december(
      "20% off until 23:59 on 13 December 2026.", [("ends", #""2026-12-13T23:59:59""#)],
      name: "an end in the last second of the minute written"),
    december("Offer ends 11:59pm ET on Dec 13.", name: "ET, a 12-hour clock and no year"),
    december(
      "Offer ends 11:59pm ET on Dec 13.", [("timeZone", #""America/Toronto""#)],
      name: "ET against Toronto, a zone with the same offsets"),
    december(
      "Offer ends 9pm PT on 13 December 2026.",
      name: "the same moment written in Pacific time"),
    december("20% off through 13 December.", name: "through a day, year omitted"),
    december("20% off, valid until 13 December.", name: "until a day includes the whole day"),
    december("20% off, ends midnight Sunday.", name: "midnight Sunday is the end of Sunday"),
    december(
      "20% off until 23:59 EST on 13 July 2026.",
      [("starts", #""2026-07-01T00:00:00""#), ("ends", #""2026-07-14T00:00:00""#)],
      name: "EST written for New York time in summer"),
    december(
      "20% off while stocks last. Printed 12 March 2026. Say hello to Friday deals.",
      name: "silent: no start or end stated"),
    december(
      "20% off. Delivery from 2 January 2027; returns accepted until 31 January 2027.",
      name: "silent: the moments of delivery and returns are not the offer's"),
    WordingFixture.worded(
      "Valid until 31 December.", campaign: [("ends", #""2027-01-01""#)],
      name: "the year nearest the end, across New Year", expected: []),
    december(
      "20% off, valid until 13 December 2026.", [("ends", #""2026-12-13T00:00:00""#)],
      name: "the classic: an end at the start of the last advertised day",
      expected: [
        "termsDrift: the published wording says the offer runs until 13 December 2026 "
          + "(terms.text), but the structured terms end at 00:00 on 13 December 2026 New York time "
          + "(terms.ends): customers on the last advertised day are refused"
      ]),
    december(
      "20% off until Sunday 13 December 2026.", [("ends", #""2026-12-13T00:00:00""#)],
      name: "the classic with a weekday",
      expected: [
        "termsDrift: the published wording says the offer runs until Sunday 13 December 2026 "
          + "(terms.text), but the structured terms end at 00:00 on 13 December 2026 New York time "
          + "(terms.ends): customers on the last advertised day are refused"
      ]),
    december(
      "20% off, ends midnight Sunday.", [("ends", #""2026-12-13T00:00:00""#)],
      name: "the classic with midnight and a weekday only",
      expected: [
        "termsDrift: the published wording says the offer runs until Sunday 13 December 2026 at "
          + "midnight (terms.text), but the structured terms end at 00:00 on 13 December 2026 New "
          + "York time (terms.ends): customers on the last advertised day are refused"
      ]),
    WordingFixture.worded(
      "20% off through 31 August.", campaign: [("ends", #""2026-08-31""#)],
      name: "the classic with the year omitted, in UTC",
      expected: [
        "termsDrift: the published wording says the offer runs until 31 August 2026 (terms.text), "
          + "but the structured terms end at 00:00 on 31 August 2026 UTC (terms.ends): customers "
          + "on the last advertised day are refused"
      ]),
    december(
      "20% off until 13 December 2026 at 23:59.", [("ends", #""2026-12-13T21:00:00""#)],
      name: "an end three hours before the minute written",
      expected: [
        "termsDrift: the published wording says the offer ends on 13 December 2026 at 23:59 "
          + "(terms.text) but the structured terms end 13 December 2026 at 21:00 "
          + "(America/New_York) (terms.ends)"
      ]),
    december(
      "20% off until 13 December 2026, UK time.",
      name: "a day read in the zone the wording names",
      expected: [
        "termsDrift: the published wording says the offer ends on 13 December 2026 UK time "
          + "(terms.text) but the structured terms end 14 December 2026 at 00:00 "
          + "(America/New_York) (terms.ends), which is 14 December 2026 at 05:00 UK time"
      ]),
    WordingFixture.worded(
      "20% off until 13 December 2026.", name: "an end where the terms state none",
      expected: [
        "termsDrift: the published wording says the offer ends on 13 December 2026 (terms.text) "
          + "but the structured terms state no end (terms.ends)"
      ]),
  ]

  @Test(arguments: ends) func comparesTheEnd(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  /// Starts, and weekdays that do or do not match their dates.
  static let startsAndWeekdays: [AuditCase] = [
    december("20% off from Tuesday 1 December 2026.", name: "a start with its weekday"),
    december("20% off, starts 1 Dec.", name: "an abbreviated start, year omitted"),
    december(
      "20% off from Friday 4 December 2026.", [("starts", #""2026-12-04T00:00:00""#)],
      name: "a later start the terms share"),
    december(
      "20% off from Friday 4 December 2026.", name: "a start three days after the terms'",
      expected: [
        "termsDrift: the published wording says the offer starts on 4 December 2026 (terms.text) "
          + "but the structured terms start 1 December 2026 at 00:00 (America/New_York) "
          + "(terms.starts)"
      ]),
    december(
      "20% off until Sunday 14 December 2026.",
      name: "a weekday that is not the date's: read as Sunday, the end agrees",
      expected: [
        "termsDrift: the published wording says Sunday 14 December 2026 (terms.text), but "
          + "14 December 2026 is a Monday: customers may read either day"
      ]),
    december(
      "20% off until Monday 20 December 2026.",
      name: "a weekday that is not the date's, and an end neither reading gives",
      expected: [
        "termsDrift: the published wording says Monday 20 December 2026 (terms.text), but "
          + "20 December 2026 is a Sunday: customers may read either day",
        "termsDrift: the published wording says the offer ends on 20 December 2026 (terms.text) "
          + "but the structured terms end 14 December 2026 at 00:00 (America/New_York) "
          + "(terms.ends)",
      ]),
  ]

  @Test(arguments: startsAndWeekdays) func comparesTheStartAndWeekdays(_ auditCase: AuditCase)
    throws
  {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  /// Zones named apart from any moment.
  static let zones: [AuditCase] = [
    december("All times are ET.", [("timeZone", #""America/Toronto""#)], name: "ET in Toronto"),
    december(
      "All times are Japan time.", [("timeZone", #""Asia/Tokyo""#)], name: "Japan time in Tokyo"),
    WordingFixture.worded(
      "All times are UK time.",
      campaign: [("starts", #""2026-12-01""#), ("ends", #""2026-12-14""#)],
      name: "UK time is UTC in winter (no timeZone means UTC)", expected: []),
    december(
      "All times are GMT.",
      [
        ("timeZone", #""Europe/London""#), ("starts", #""2026-07-01T00:00:00""#),
        ("ends", #""2026-08-01T00:00:00""#),
      ],
      name: "GMT written for UK time in summer"),
    december("20% off everything.", name: "silent: no zone named"),
    // 00:00 on 1 December in New York is 05:00 UTC; the end of 13 December there is 05:00 UTC on the 14th.
    WordingFixture.worded(
      "From Tuesday 1 December 2026 until Sunday 13 December 2026 at 23:59 New York time.",
      campaign: [("starts", #""2026-12-01T05:00:00Z""#), ("ends", #""2026-12-14T05:00:00Z""#)],
      name: "a zone written with the end applies to a start written without one", expected: []),
    WordingFixture.worded(
      "All times are Japan time.",
      campaign: [("starts", #""2026-12-01""#), ("ends", #""2026-12-14""#)],
      name: "Japan time against UTC",
      expected: [
        "termsDrift: the published wording gives its times in Japan time (terms.text), but the "
          + "structured terms run on UTC (terms.timeZone), 9 hours behind Japan time when the "
          + "offer starts (1 December 2026 at 00:00 (UTC)): the advertised times are not the real "
          + "ones"
      ]),
    WordingFixture.worded(
      "All times are UK time.",
      campaign: [("starts", #""2026-07-01""#), ("ends", #""2026-08-01""#)],
      name: "UK time against UTC in summer",
      expected: [
        "termsDrift: the published wording gives its times in UK time (terms.text), but the "
          + "structured terms run on UTC (terms.timeZone), 1 hour behind UK time when the offer "
          + "starts (1 July 2026 at 00:00 (UTC)): the advertised times are not the real ones"
      ]),
  ]

  @Test(arguments: zones) func comparesTheZone(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }
}
