import PromoGuard
import Testing

/// Hostile input at the sizes that used to cost minutes or gigabytes: each test checks counts and bounded
/// output, never wall time, and finishes in well under a second or two in a debug build.
@Suite struct HostileScaleTests {
  /// One valid campaign with `id` and `code`, as JSON text on one line.
  static func campaign(_ id: String, code: String) -> String {
    #"{"id": "\#(id)", "name": "N", "currency": "USD", "activation": {"codes": ["\#(code)"]}, "#
      + #""benefit": {"percentOff": 5}}"#
  }

  /// Campaigns decoded once and copied with new ids, so cross-file checks can be tested at scale without
  /// decoding thousands of campaigns.
  static func copies(_ count: Int, code: (Int) -> String, id: (Int) -> String) throws
    -> [Campaign]
  {
    let file = try CampaignFileDecoder.decode(
      Array(EngineFixture.file([campaign("a", code: "SHARED-1")]).utf8), path: "a.json"
    ).get()
    let template = try #require(file.campaigns.first)
    return (0..<count).map { index in
      var copy = template
      copy.id = id(index)
      copy.mechanics.activation = .codes([code(index)])
      return copy
    }
  }

  @Test func twentyThousandCampaignsSharingACodeGiveTwoHundredProblemsAndACount() throws {
    let campaigns = try Self.copies(20_000, code: { _ in "SHARED-1" }, id: { "c-\($0)" })
    let problems = CampaignLoader.crossFileProblems([
      CampaignFile(path: "shared.json", campaigns: campaigns, catalog: nil)
    ])
    // Every campaign after the first collides with the first: 19,999 problems, 200 shown.
    #expect(problems.count == 201)
    #expect(
      problems[0].message
        == #"the code "SHARED-1" collides with "SHARED-1" of campaign "c-0" (a.json:2:45): "#
        + "checkout could not tell them apart (case, spaces, dashes and underscores are ignored) — "
        + "change one of them")
    #expect(
      problems[200].message
        == "and 19799 more problems between campaigns not shown — fix the ones above and run again")
  }

  @Test func duplicateIdsAcrossFilesAreCappedLikeOneFilesProblems() throws {
    let first = try Self.copies(5_000, code: { "CODE-\($0)-A" }, id: { "c-\($0)" })
    let second = try Self.copies(5_000, code: { "CODE-\($0)-B" }, id: { "c-\($0)" })
    let problems = CampaignLoader.crossFileProblems([
      CampaignFile(path: "one.json", campaigns: first, catalog: nil),
      CampaignFile(path: "two.json", campaigns: second, catalog: nil),
    ])
    #expect(problems.count == 201)
    #expect(problems[0].path == "campaigns[0].id")
    #expect(problems[200].message.hasPrefix("and 4800 more problems between campaigns not shown"))
  }

  @Test func exactCodesCollideOnlyWhenEqualAndTheEarliestClashIsNamed() throws {
    // Relaxed "ab-1" then exact "AB1" and "ab1" (same relaxed key): the exact codes differ from each
    // other, but each clashes with the relaxed one, which is named as the earliest.
    var campaigns = try Self.copies(3, code: { ["ab-1", "AB1", "ab1"][$0] }, id: { "c-\($0)" })
    campaigns[1].mechanics.codeMatching = .exact
    campaigns[2].mechanics.codeMatching = .exact
    var exactOnly = campaigns
    exactOnly[0].mechanics.codeMatching = .exact
    exactOnly[0].mechanics.activation = .codes(["AB1"])
    let problems = CampaignLoader.crossFileProblems([
      CampaignFile(path: "x.json", campaigns: campaigns, catalog: nil)
    ])
    #expect(
      problems.map { String($0.message.prefix(40)) } == [
        #"the code "AB1" collides with "ab-1" of c"#, #"the code "ab1" collides with "ab-1" of c"#,
      ])
    // All exact: "AB1" (c-0) and "AB1" (c-1) collide; "ab1" (c-2) collides with neither.
    let exact = CampaignLoader.crossFileProblems([
      CampaignFile(path: "x.json", campaigns: exactOnly, catalog: nil)
    ])
    #expect(
      exact.map { String($0.message.prefix(40)) } == [#"the code "AB1" collides with "AB1" of ca"#])
  }

  @Test func oneMegabyteUnknownKeysGetShortMessagesAndNoSuggestion() throws {
    // 1,048,572 bytes, under the 1 MiB limit of a key.
    let key = String(repeating: "percentOf", count: 116_508)
    let members = (0..<4).map { "\"\($0)\(key)\": 1" }.joined(separator: ", ")
    let text = "{\"format\": \"promoguard/1\", \"campaigns\": [], " + members + "}"
    let error = try #require(
      CampaignFileDecoder.decode(Array(text.utf8), path: "keys.json").failure)
    #expect(error.diagnostics.count == 4)
    #expect(error.diagnostics.allSatisfy { $0.description.utf8.count < 400 })
    #expect(
      error.diagnostics[0].message
        == #"unknown key "0percentOfpercentOfpercentOfpercentOfper…" (1048573 bytes) — the keys "#
        + #"allowed here are "format", "campaigns", "catalog", "$schema""#)
  }

  @Test func longUnknownTimeZoneAndCurrencyAreShortenedInMessages() throws {
    let zone = String(repeating: "Europe/", count: 100_000)
    let text = EngineFixture.file([
      EngineFixture.campaign(
        "a", code: "A1", "\"timeZone\": \"\(zone)\", \"benefit\": {\"percentOff\": 5}")
    ])
    let error = try #require(
      CampaignFileDecoder.decode(Array(text.utf8), path: "zone.json").failure)
    #expect(
      error.diagnostics.map(\.message) == [
        #"unknown time zone "Europe/Europe/Europe/Europe/Europe/Europ…" (700000 bytes) — "#
          + #"expected an IANA name like "America/New_York", "Europe/London" or "UTC""#
      ])
  }

  /// The banded distance agrees with the full table whenever the distance is within the band.
  @Test func boundedEditDistanceAgreesWithTheFullTable() {
    var generator = SplitMixGenerator(seed: 13)
    let alphabet = Array("abcd".unicodeScalars)
    for _ in 0..<2_000 {
      let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
        alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
      }
      let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
        alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
      }
      let full = NearestName.editDistance(a, b)
      for bound in 0...4 {
        let banded = NearestName.editDistance(a, b, atMost: bound)
        if full <= bound {
          #expect(banded == full, "\(a) \(b) bound \(bound)")
        } else {
          #expect(banded > bound, "\(a) \(b) bound \(bound)")
        }
      }
    }
  }

  @Test func suggestionsStillFindNearMisses() {
    #expect(
      NearestName.suggestion(for: "percentof", among: ["amountOff", "percentOff"]) == "percentOff")
    #expect(
      NearestName.suggestion(for: "pecrentOff", among: ["amountOff", "percentOff"]) == "percentOff")
    #expect(NearestName.suggestion(for: String(repeating: "a", count: 101), among: ["a"]) == nil)
  }

  @Test func twentyThousandBadCampaignsOnOneLineKeepTwoHundredDiagnostics() throws {
    let campaigns = (0..<20_000).map { "{\"id\": \"c-\($0)\", \"nme\": 1}" }
    let text =
      "{\"format\": \"promoguard/1\", \"campaigns\": [" + campaigns.joined(separator: ",") + "]}"
    let error = try #require(
      CampaignFileDecoder.decode(Array(text.utf8), path: "many.json").failure)
    #expect(error.diagnostics.count == 201)
    #expect(error.diagnostics.allSatisfy { $0.line == 1 })
    #expect(
      error.diagnostics[200].message.hasSuffix(
        "more problems not shown — fix the ones above and run again"))
  }
}

extension Result {
  /// The error, or `nil` on success.
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
