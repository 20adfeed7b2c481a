import PromoGuard
import Testing

@Suite struct ZoneTests {
  @Test(arguments: [
    "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "GMT",
  ])
  func knownIdentifiersAreAccepted(_ identifier: String) throws {
    let zone = try TimeFixtures.zone(identifier)
    #expect(zone.identifier == identifier)
    #expect(zone.description == identifier)
  }

  @Test(arguments: ["america/new_york", "utc", "EST", "US/Eastern", "Mars/Olympus", "", " UTC"])
  func otherIdentifiersAreRejected(_ identifier: String) {
    #expect(Zone(identifier: identifier) == nil)
  }

  @Test func utcIsTheZoneNamedUTC() throws {
    #expect(Zone.utc.identifier == "UTC")
    #expect(try TimeFixtures.zone("UTC") == Zone.utc)
    #expect(try TimeFixtures.zone("GMT") != Zone.utc)
  }

  struct SuggestionCase: Sendable, CustomTestStringConvertible {
    var written: String
    var expected: String?
    var testDescription: String { "\(written) → \(expected ?? "nil")" }
  }

  static let suggestionCases: [SuggestionCase] = [
    SuggestionCase(written: "america/new_york", expected: "America/New_York"),  // case only
    SuggestionCase(written: "AMERICA/NEW_YORK", expected: "America/New_York"),
    SuggestionCase(written: "utc", expected: "UTC"),
    SuggestionCase(written: "Europe/Londn", expected: "Europe/London"),  // one deletion
    SuggestionCase(written: "America/New_Yrok", expected: "America/New_York"),  // one swap
    SuggestionCase(written: "america/new york", expected: "America/New_York"),  // space for _
    SuggestionCase(written: "Australia/LordHowe", expected: "Australia/Lord_Howe"),
    SuggestionCase(written: "Mars/Olympus", expected: nil),  // nothing within 3 edits
    SuggestionCase(written: "EST", expected: nil),  // too short to guess at
    SuggestionCase(written: "", expected: nil),
  ]

  @Test(arguments: suggestionCases)
  func suggestionFindsTheIntendedZone(_ testCase: SuggestionCase) {
    #expect(Zone.suggestion(for: testCase.written) == testCase.expected)
  }

  struct OffsetCase: Sendable, CustomTestStringConvertible {
    var identifier: String
    var instant: Instant
    var expected: Int
    var testDescription: String { "\(identifier) at \(instant)" }
  }

  static let offsetCases: [OffsetCase] = [
    // 2006-09-15T14:00Z: summer. New York EDT −4 h, London BST +1 h, Lord Howe (winter) +10:30.
    OffsetCase(
      identifier: "America/New_York", instant: TimeFixtures.september15th2006, expected: -14_400),
    OffsetCase(
      identifier: "Europe/London", instant: TimeFixtures.september15th2006, expected: 3_600),
    OffsetCase(
      identifier: "Australia/Lord_Howe", instant: TimeFixtures.september15th2006,
      expected: 37_800),
    // 2024-01-15T12:00Z: 19 723 + 14 days = 19 737 × 86 400 = 1 705 276 800, + 12 h =
    // 1 705 320 000.
    OffsetCase(
      identifier: "America/New_York", instant: TimeFixtures.instant(seconds: 1_705_320_000),
      expected: -18_000),
    OffsetCase(
      identifier: "Europe/London", instant: TimeFixtures.instant(seconds: 1_705_320_000),
      expected: 0),
    OffsetCase(
      identifier: "Australia/Lord_Howe", instant: TimeFixtures.instant(seconds: 1_705_320_000),
      expected: 39_600),
    OffsetCase(identifier: "UTC", instant: TimeFixtures.september15th2006, expected: 0),
    OffsetCase(
      identifier: "Asia/Kolkata", instant: TimeFixtures.september15th2006, expected: 19_800),
  ]

  @Test(arguments: offsetCases)
  func utcOffsetFollowsTheZoneRules(_ testCase: OffsetCase) throws {
    let zone = try TimeFixtures.zone(testCase.identifier)
    #expect(zone.utcOffsetSeconds(at: testCase.instant) == testCase.expected)
  }

  /// 2024-01-01T00:00:00Z = 19 723 days × 86 400 = 1 704 067 200; 2025-01-01 is 366 days later.
  static let start2024 = TimeFixtures.instant(seconds: 1_704_067_200)
  static let start2025 = TimeFixtures.instant(seconds: 1_704_067_200 + 366 * 86_400)

  @Test func newYorkHasExactlyTwoTransitionsIn2024() throws {
    let zone = try TimeFixtures.zone("America/New_York")
    // 2024-03-10T07:00Z (02:00 EST): 19 723 + 31 + 29 + 9 = 19 792 days → 1 710 028 800 + 25 200.
    // 2024-11-03T06:00Z (02:00 EDT): 19 723 + 305 + 2 = 20 030 days → 1 730 592 000 + 21 600.
    #expect(
      zone.transitions(from: Self.start2024, to: Self.start2025) == [
        TimeFixtures.instant(seconds: 1_710_054_000), TimeFixtures.instant(seconds: 1_730_613_600),
      ])
  }

  @Test func londonAndLordHoweTransitionsIn2024() throws {
    // London: 2024-03-31T01:00Z, 19 723 + 90 = 19 813 days → 1 711 843 200 + 3 600;
    //         2024-10-27T01:00Z, 19 723 + 274 + 26 = 20 023 days → 1 729 987 200 + 3 600.
    #expect(
      try TimeFixtures.zone("Europe/London").transitions(from: Self.start2024, to: Self.start2025)
        == [
          TimeFixtures.instant(seconds: 1_711_846_800),
          TimeFixtures.instant(seconds: 1_729_990_800),
        ])
    // Lord Howe: DST ends 2024-04-07 02:00 +11:00 = 2024-04-06T15:00Z, 19 723 + 91 + 5 = 19 819
    // days → 1 712 361 600 + 54 000; starts 2024-10-06 02:00 +10:30 = 2024-10-05T15:30Z, 19 723 +
    // 274 + 4 = 20 001 days → 1 728 086 400 + 55 800.
    #expect(
      try TimeFixtures.zone("Australia/Lord_Howe").transitions(
        from: Self.start2024, to: Self.start2025)
        == [
          TimeFixtures.instant(seconds: 1_712_415_600),
          TimeFixtures.instant(seconds: 1_728_142_200),
        ])
  }

  @Test func transitionRangeIsHalfOpen() throws {
    let zone = try TimeFixtures.zone("America/New_York")
    let springForward = TimeFixtures.instant(seconds: 1_710_054_000)
    let justBefore = TimeFixtures.instant(seconds: 1_710_054_000, microseconds: -1)
    let justAfter = TimeFixtures.instant(seconds: 1_710_054_000, microseconds: 1)
    #expect(zone.transitions(from: springForward, to: justAfter) == [springForward])
    #expect(zone.transitions(from: justBefore, to: justAfter) == [springForward])
    #expect(zone.transitions(from: justBefore, to: springForward) == [])
    #expect(zone.transitions(from: justAfter, to: Self.start2025).count == 1)
  }

  @Test func emptyOrReversedRangesAndUTCHaveNoTransitions() throws {
    let zone = try TimeFixtures.zone("America/New_York")
    #expect(zone.transitions(from: Self.start2025, to: Self.start2024) == [])
    #expect(zone.transitions(from: Self.start2024, to: Self.start2024) == [])
    #expect(Zone.utc.transitions(from: Self.start2024, to: Self.start2025) == [])
    #expect(
      try TimeFixtures.zone("Asia/Kolkata").transitions(from: Self.start2024, to: Self.start2025)
        == [])
  }

  @Test func transitionRangesAreClippedToTheSupportedYears() throws {
    #expect(
      Zone.utc.transitions(
        from: Instant(microsecondsSinceEpoch: .min), to: Instant(microsecondsSinceEpoch: .max))
        == [])
    let zone = try TimeFixtures.zone("America/New_York")
    // 9999-12-01T00:00Z is 31 days before 10000-01-01 (253 402 300 800 s): 253 399 622 400. New
    // York has no transition in December, and none in January 0001 (local mean time until 1883).
    #expect(
      zone.transitions(
        from: TimeFixtures.instant(seconds: 253_399_622_400),
        to: Instant(microsecondsSinceEpoch: .max)) == [])
    #expect(
      zone.transitions(
        from: Instant(microsecondsSinceEpoch: .min),
        to: TimeFixtures.instant(seconds: -62_135_596_800 + 31 * 86_400)) == [])
  }
}
