import PromoGuard
import Testing

/// Campaign windows: `starts` inclusive, `ends` exclusive, local times in America/New_York across the
/// March 2024 gap and the November 2024 overlap (Evaluation.md §4), checkouts written with other offsets.
@Suite struct WindowTests {
  struct WindowCase: Sendable, CustomTestStringConvertible {
    var at: String
    var status: CodeStatus
    var testDescription: String { "\(at) → \(status)" }
  }

  /// A campaign from the March 2024 gap to the November 2024 overlap in New York.
  ///
  /// `starts` 2024-03-10T02:30 does not exist in New York (clocks jump 02:00 → 03:00): read with the offset
  /// before the change, −05:00, it is 07:30Z (03:30 EDT). `ends` 2024-11-03T01:30 happens twice: the earlier,
  /// 01:30 EDT (−04:00), is 05:30Z.
  static let gapAndOverlap = [
    EngineFixture.campaign(
      "dst", name: "Daylight", code: "CODE",
      "\"timeZone\": \"America/New_York\", \"starts\": \"2024-03-10T02:30:00\", "
        + "\"ends\": \"2024-11-03T01:30:00\", \"benefit\": {\"percentOff\": 10}")
  ]

  static let cases: [WindowCase] = [
    WindowCase(at: "2024-03-10T07:29:59.999999Z", status: .notYetActive),
    WindowCase(at: "2024-03-10T07:30:00Z", status: .applied),
    // 03:30 EDT is 07:30Z: the first instant.
    WindowCase(at: "2024-03-10T03:30:00-04:00", status: .applied),
    // 08:30 at +01:00 is 07:30Z.
    WindowCase(at: "2024-03-10T08:30:00+01:00", status: .applied),
    // 02:29:59 EST is 07:29:59Z: one second early.
    WindowCase(at: "2024-03-10T02:29:59-05:00", status: .notYetActive),
    // 16:29:59 at +09:00 is 07:29:59Z.
    WindowCase(at: "2024-03-10T16:29:59+09:00", status: .notYetActive),
    WindowCase(at: "2024-11-03T05:29:59.999999Z", status: .applied),
    WindowCase(at: "2024-11-03T05:30:00Z", status: .expired),
    // The second 01:30 (EST, −05:00) is 06:30Z, an hour after the end.
    WindowCase(at: "2024-11-03T01:30:00-05:00", status: .expired),
    // 01:29:59 EDT is 05:29:59Z, still inside.
    WindowCase(at: "2024-11-03T01:29:59-04:00", status: .applied),
    // 01:00 EST (the second 01:00) is 06:00Z: after the end.
    WindowCase(at: "2024-11-03T01:00:00-05:00", status: .expired),
  ]

  @Test(arguments: cases) func dstWindow(_ window: WindowCase) throws {
    let set = try EngineFixture.set(Self.gapAndOverlap)
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 1_000)], codes: ["CODE"],
        at: try EngineFixture.instant(window.at)))
    #expect(quote.codes.map(\.status) == [window.status])
    // 10% of 1000¢ when applied.
    #expect(quote.discount.minorUnits == (window.status == .applied ? 100 : 0))
  }

  /// A date alone is local midnight: `"ends": "2026-10-01"` in New York (EDT, −04:00) is 2026-10-01T04:00Z.
  @Test(arguments: [
    WindowCase(at: "2026-10-01T03:59:59.999999Z", status: .applied),
    WindowCase(at: "2026-09-30T23:59:59.999999-04:00", status: .applied),
    WindowCase(at: "2026-10-01T04:00:00Z", status: .expired),
    WindowCase(at: "2026-10-01T00:00:00-04:00", status: .expired),
  ])
  func dateOnlyEnd(_ window: WindowCase) throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "september", code: "CODE",
        "\"timeZone\": \"America/New_York\", \"ends\": \"2026-10-01\", \"benefit\": {\"percentOff\": 10}"
      )
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 1_000)], codes: ["CODE"],
        at: try EngineFixture.instant(window.at)))
    #expect(quote.codes.map(\.status) == [window.status])
  }

  /// The detail carries the instants and the message speaks them in the campaign's zone.
  @Test func notYetActiveDetailAndMessage() throws {
    let set = try EngineFixture.set(Self.gapAndOverlap)
    let at = try EngineFixture.instant("2024-03-10T07:00:00Z")
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: 1_000)], codes: [" code "], at: at))
    let code = try #require(quote.codes.first)
    #expect(code.status == .notYetActive)
    #expect(code.detail.reasons == [.notYetActive])
    #expect(code.detail.starts == (try EngineFixture.instant("2024-03-10T07:30:00Z")))
    #expect(code.detail.at == at)
    // The entered code is shown trimmed; 07:30Z is 03:30 EDT.
    #expect(
      code.message
        == "The code code for \"Daylight\" can be used from 10 March 2024 at 03:30 (America/New_York); "
        + "it is not active yet.")
  }

  @Test func expiredDetailAndMessage() throws {
    let set = try EngineFixture.set(Self.gapAndOverlap)
    let at = try EngineFixture.instant("2024-12-01T00:00:00Z")
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: 1_000)], codes: ["CODE"], at: at))
    let code = try #require(quote.codes.first)
    #expect(code.status == .expired)
    #expect(code.detail.ends == (try EngineFixture.instant("2024-11-03T05:30:00Z")))
    // 05:30Z is the first of the two 01:30s, so the offset is named.
    #expect(
      code.message
        == "The offer \"Daylight\" ended on 3 November 2024 at 01:30 (America/New_York, UTC-04:00), "
        + "so the code CODE can no longer be used.")
  }

  struct LocalStartCase: Sendable, CustomTestStringConvertible {
    var zone: String
    var starts: String
    /// The first instant, worked out by hand.
    var firstInstant: String
    /// The last instant before it.
    var lastBefore: String
    var testDescription: String { "\(starts) in \(zone)" }
  }

  /// Gap and overlap rules in other zones: a skipped time takes the offset before the change, a repeated time
  /// is the earlier of the two.
  @Test(arguments: [
    // London, 31 March 2024: 01:00 GMT → 02:00 BST; 01:30 is skipped, read at +00:00 → 01:30Z.
    LocalStartCase(
      zone: "Europe/London", starts: "2024-03-31T01:30:00", firstInstant: "2024-03-31T01:30:00Z",
      lastBefore: "2024-03-31T01:29:59.999999Z"),
    // London, 27 October 2024: 02:00 BST → 01:00 GMT; 01:30 happens twice, the earlier at +01:00 → 00:30Z.
    LocalStartCase(
      zone: "Europe/London", starts: "2024-10-27T01:30:00", firstInstant: "2024-10-27T00:30:00Z",
      lastBefore: "2024-10-27T00:29:59.999999Z"),
    // Sydney, 6 October 2024: 02:00 AEST → 03:00 AEDT; 02:30 is skipped, read at +10:00 → 16:30Z the day before.
    LocalStartCase(
      zone: "Australia/Sydney", starts: "2024-10-06T02:30:00", firstInstant: "2024-10-05T16:30:00Z",
      lastBefore: "2024-10-05T16:29:59.999999Z"),
    // Sydney, 7 April 2024: 03:00 AEDT → 02:00 AEST; 02:30 happens twice, the earlier at +11:00 → 15:30Z.
    LocalStartCase(
      zone: "Australia/Sydney", starts: "2024-04-07T02:30:00", firstInstant: "2024-04-06T15:30:00Z",
      lastBefore: "2024-04-06T15:29:59.999999Z"),
    // New York, ordinary winter time: 2024-01-15T09:00 EST is 14:00Z.
    LocalStartCase(
      zone: "America/New_York", starts: "2024-01-15T09:00:00", firstInstant: "2024-01-15T14:00:00Z",
      lastBefore: "2024-01-15T13:59:59.999999Z"),
  ])
  func localStart(_ local: LocalStartCase) throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "local", code: "CODE",
        "\"timeZone\": \"\(local.zone)\", \"starts\": \"\(local.starts)\", \"benefit\": {\"percentOff\": 10}"
      )
    ])
    func status(at text: String) throws -> CodeStatus? {
      try set.evaluate(
        EngineFixture.checkout(
          [LineSpec(sku: "A", price: 1_000)], codes: ["CODE"], at: try EngineFixture.instant(text))
      ).codes.first?.status
    }
    #expect(try status(at: local.firstInstant) == .applied)
    #expect(try status(at: local.lastBefore) == .notYetActive)
  }
}
