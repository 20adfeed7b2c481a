import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite("The mapping audit: every recipient row against the pool")
struct MappingAuditTests {
  typealias Row = ArrayRecipients.Row

  /// The tallies as `[issue: (total, listed row indexes)]`.
  func audit(
    _ rows: [Row], pool: ArrayPool, rules: MappingRules = MappingRules(zone: .utc)
  ) -> [MappingIssue: (total: Int, rows: [Int])] {
    var result = [MappingIssue: (total: Int, rows: [Int])]()
    for (issue, tally) in MappingAudit.tallies(
      recipients: ArrayRecipients(rows: rows), pool: pool, rules: rules
    ).issues {
      result[issue] = (tally.total, tally.rows.map(\.index))
    }
    return result
  }

  func row(_ customer: String?, _ code: String?, at seconds: Int64 = 0, email: String? = nil)
    -> Row
  {
    Row(customer: customer, email: email, code: code, sentAt: MappingTime.at(seconds))
  }

  static let pool = ArrayPool(["WELCOME-A1", "WELCOME-A2", "WELCOME-A3", "WELCOME-A4"])

  @Test("A clean mapping: each recipient their own pool code, typed in any case and spacing")
  func clean() {
    let rows = [
      row("c-1001", "WELCOME-A1"), row("c-1002", "welcome a2"), row("c-1003", "WELCOMEA3"),
    ]
    #expect(audit(rows, pool: Self.pool).isEmpty)
  }

  @Test("A code the pool does not have is unknown; another campaign's code is named as such")
  func unknownAndOtherCampaign() {
    let rows = [
      row("c-1001", "WELCOME-A1"), row("c-1002", "WELCOME-Z9"), row("c-1003", "AUTUMN-20"),
    ]
    let rules = MappingRules(zone: .utc, otherCampaign: { $0 == "AUTUMN-20" ? "autumn" : nil })
    let found = audit(rows, pool: Self.pool, rules: rules)
    #expect(found[.unknownCode]?.total == 1)
    #expect(found[.unknownCode]?.rows == [1])
    #expect(found[.otherCampaignCode]?.rows == [2])
    #expect(found.count == 2)
  }

  @Test("A single-use code sent to two recipients: the second row, not the first")
  func sentTwice() {
    // Rows 0 and 2 share WELCOME-A1: row 2 is the second recipient; row 3 (a third) too.
    let rows = [
      row("c-1001", "WELCOME-A1"), row("c-1002", "WELCOME-A2"), row("c-1003", "welcome-a1"),
      row(nil, "WELCOME-A1", email: "dana@example.com"),
    ]
    let found = audit(rows, pool: Self.pool)
    #expect(found[.sentTwice]?.total == 2)
    #expect(found[.sentTwice]?.rows == [2, 3])
    #expect(found.count == 1)
  }

  @Test(
    "Near misses of a code sent twice: a resend to the same customer or address, a reusable pool",
    arguments: [
      (
        [Row(customer: "c-1001", code: "WELCOME-A1"), Row(customer: "c-1001", code: "WELCOME-A1")],
        true
      ),
      (
        [
          Row(email: "Jane@Example.com", code: "WELCOME-A1"),
          Row(email: "jane@example.com", code: "WELCOME-A1"),
        ], true
      ),
      (
        [Row(customer: "c-1001", code: "WELCOME-A1"), Row(customer: "c-1002", code: "WELCOME-A1")],
        false
      ),
    ] as [([Row], Bool)])
  func sentTwiceNearMiss(rows: [Row], singleUse: Bool) {
    let pool = ArrayPool(Self.pool.codes, singleUse: singleUse)
    #expect(audit(rows, pool: pool).isEmpty)
  }

  @Test(
    "A code bound to one customer shown to another; near misses: its owner, a row without an id")
  func boundToAnother() {
    let pool = ArrayPool(
      ["RECOVER-1", "RECOVER-2", "RECOVER-3"], owners: ["c-2000", "c-2001", "c-2002"])
    let found = audit(
      [
        row("c-2000", "RECOVER-1"), row("c-9999", "RECOVER-2"),
        row(nil, "RECOVER-3", email: "x@e.com"),
      ],
      pool: pool)
    #expect(found[.boundToAnother]?.rows == [1])
    #expect(found.count == 1)
  }

  @Test("A recipient outside audience.customers; a listed one is clean")
  func outsideAudience() {
    let rules = MappingRules(zone: .utc, admittedCustomers: ["c-1001", "c-1002"])
    let found = audit(
      [row("c-1001", "WELCOME-A1"), row("c-7777", "WELCOME-A2"), row("c-1002", "WELCOME-A3")],
      pool: Self.pool, rules: rules)
    #expect(found[.outsideAudience]?.rows == [1])
    #expect(found.count == 1)
  }

  @Test("A refused channel affects every recipient of the message")
  func refusedChannel() {
    let rules = MappingRules(zone: .utc, refusedChannel: "app")
    let found = audit(
      [row("c-1001", "WELCOME-A1"), row("c-1002", "WELCOME-A2")], pool: Self.pool, rules: rules)
    #expect(found[.refusedChannel]?.total == 2)
    #expect(found.count == 1)
  }

  @Test("More recipients than single-use codes; as many is clean, and so is a reusable pool")
  func moreRecipientsThanCodes() {
    let pool = ArrayPool(["WELCOME-A1", "WELCOME-A2"])
    // Two codes, three rows: the third recipient (row 2) has no code left; as a planned send it is also
    // the one the pool runs out for (2 codes − 2 shown = 0 unused, 1 planned).
    let found = audit(
      [row("c-1", "WELCOME-A1"), row("c-2", "WELCOME-A2"), row("c-3", nil)], pool: pool)
    #expect(found[.moreRecipientsThanCodes]?.total == 1)
    #expect(found[.moreRecipientsThanCodes]?.rows == [2])
    #expect(found[.poolRunsOut]?.rows == [2])
    #expect(found.count == 2)
    #expect(audit([row("c-1", "WELCOME-A1"), row("c-2", nil)], pool: pool).isEmpty)
    let reusable = ArrayPool(["WELCOME-A1"], singleUse: false)
    #expect(
      audit([row("c-1", "WELCOME-A1"), row("c-2", nil), row("c-3", nil)], pool: reusable).isEmpty)
  }

  @Test("Planned sends take the unused codes in send order; the last sends are left without")
  func poolRunsOut() {
    // 5 codes, A1 shown on row 0: 4 unused. Five planned sends at +3h, +1h, +2h, +5h, +4h: in send order
    // rows 2 (+1h), 3 (+2h), 1 (+3h), 5 (+4h) get codes; row 4 (+5h) is left without.
    let pool = ArrayPool(["A1", "A2", "A3", "A4", "A5"])
    let hour: Int64 = 3_600
    let rows = [
      row("c-0", "A1"), row("c-1", nil, at: 3 * hour), row("c-2", nil, at: hour),
      row("c-3", nil, at: 2 * hour), row("c-4", nil, at: 5 * hour), row("c-5", nil, at: 4 * hour),
    ]
    let found = audit(rows, pool: pool)
    #expect(found[.poolRunsOut]?.total == 1)
    #expect(found[.poolRunsOut]?.rows == [4])
    // 6 rows for 5 codes: the sixth row (index 5) is past the pool's size.
    #expect(found[.moreRecipientsThanCodes]?.rows == [5])
    #expect(found.count == 2)
    // Near miss: one planned send fewer, four unused codes for four planned sends.
    #expect(audit(Array(rows.dropLast()), pool: pool).isEmpty)
  }

  @Test(
    "A code that has ended when it is sent: expires at the send time is dead (ends are exclusive)")
  func expiresBeforeSend() {
    let pool = ArrayPool(
      ["A1", "A2", "A3"], ends: [MappingTime.at(0), MappingTime.at(-1), MappingTime.at(1)])
    let found = audit([row("c-1", "A1"), row("c-2", "A2"), row("c-3", "A3")], pool: pool)
    // A1 ends at the send time, A2 a second before: both dead; A3 a second after: usable (no validFor).
    #expect(found[.expiresBeforeSend]?.rows == [0, 1])
    #expect(found.count == 1)
  }

  @Test(
    "A code ending before send + validFor; ending exactly at send + validFor covers the promise")
  func expiresBeforePromise() {
    let fourteenDays = 14 * MappingTime.day  // 1,209,600 s
    let pool = ArrayPool(
      ["A1", "A2", "A3"],
      ends: [
        MappingTime.at(fourteenDays - 1), MappingTime.at(fourteenDays),
        MappingTime.at(fourteenDays + 1),
      ])
    let rules = MappingRules(
      zone: .utc, validFor: "14 days",
      promisedEnd: { $0.adding(seconds: 14 * 86_400) })
    let found = audit(
      [row("c-1", "A1"), row("c-2", "A2"), row("c-3", "A3")], pool: pool, rules: rules)
    #expect(found[.expiresBeforePromise]?.rows == [0])
    #expect(found.count == 1)
  }

  @Test("The campaign's end counts as every code's end")
  func campaignEnd() {
    // The campaign ends 10 days after t0; a send at t0 promises 14 days; a send 10 days later is dead.
    let rules = MappingRules(
      zone: .utc, campaignEnds: MappingTime.at(10 * MappingTime.day), validFor: "14 days",
      promisedEnd: { $0.adding(seconds: 14 * 86_400) })
    let found = audit(
      [row("c-1", "WELCOME-A1"), row("c-2", "WELCOME-A2", at: 10 * MappingTime.day)],
      pool: Self.pool, rules: rules)
    #expect(found[.expiresBeforePromise]?.rows == [0])
    #expect(found[.expiresBeforeSend]?.rows == [1])
  }

  @Test("Every affected row is counted; the first ten are listed")
  func capped() {
    // 25 rows with unknown codes against a pool of 30: total 25, rows 0–9 listed.
    let rows = (0..<25).map { row("c-\($0)", "UNKNOWN-\($0)") }
    let pool = ArrayPool((0..<30).map { "WELCOME-\($0)" })
    let tallies = MappingAudit.tallies(
      recipients: ArrayRecipients(rows: rows), pool: pool, rules: MappingRules(zone: .utc)
    ).issues
    #expect(tallies.count == 1)
    #expect(tallies.first?.tally.total == 25)
    #expect(tallies.first?.tally.rows.map(\.index) == Array(0..<10))
    #expect(
      tallies.first?.tally.rows.first?.detail
        == "code \"UNKNOWN-0\", not in the pool, sent 1 October 2026 at 09:00 (UTC)")
  }
}
