import Testing

@testable import PromoGuard

/// How a loaded set keeps its campaigns compactly (issue 13, `mem13`): the code and id indices find every
/// code and id and nothing else, and the out-of-line parts of a campaign keep value semantics.
@Suite struct CampaignSetStorageTests {
  /// `count` coded campaigns `c-0`, `c-1`, …; campaign *i* writes three codes, `K<i>-A`, `K<i>-B` and
  /// `K<i>-C`, and every third campaign matches them exactly.
  static func campaigns(_ count: Int) -> [String] {
    (0..<count).map { index in
      let matching = index % 3 == 0 ? "\"codeMatching\": \"exact\", " : ""
      return
        "{\"id\": \"c-\(index)\", \"name\": \"Offer \(index)\", \"currency\": \"USD\", \(matching)"
        + "\"activation\": {\"codes\": [\"K\(index)-A\", \"K\(index)-B\", \"K\(index)-C\"]}, "
        + "\"benefit\": {\"percentOff\": 10}}"
    }
  }

  @Test func everyCodeFindsItsCampaignAndItsCodeAsWritten() throws {
    let set = try EngineFixture.set(Self.campaigns(1_000))
    for index in 0..<1_000 {
      for suffix in ["A", "B", "C"] {
        let entry = try #require(set.lookUp(" K\(index)-\(suffix) "))
        #expect(entry.campaign.id == "c-\(index)")
        #expect(entry.code == "K\(index)-\(suffix)")
        #expect(entry.pool == nil)
      }
    }
  }

  @Test func relaxedCodesMatchLooselyAndExactCodesOnlyAsWritten() throws {
    let set = try EngineFixture.set(Self.campaigns(6))
    // Campaign 1 is relaxed: case, dashes and spaces are ignored.
    #expect(set.lookUp("k1 b")?.campaign.id == "c-1")
    // Campaign 3 is exact: only surrounding white space is ignored.
    #expect(set.lookUp("\tK3-C\n")?.campaign.id == "c-3")
    #expect(set.lookUp("k3-c") == nil)
    #expect(set.lookUp("K3C") == nil)
    #expect(set.lookUp("K6-A") == nil)
    #expect(set.lookUp("") == nil)
  }

  @Test func anExactCodeMatchesItsCanonicallyEquivalentSpellings() throws {
    // Written with é as one scalar (U+00E9); typed with e and a combining acute accent (U+0301): the same
    // text to a reader and to `String` equality, which the code dictionaries used before `mem13`.
    let set = try EngineFixture.set([
      "{\"id\": \"cafe\", \"name\": \"Café\", \"currency\": \"USD\", \"codeMatching\": \"exact\", "
        + "\"activation\": {\"codes\": [\"Caf\u{E9}-1\"]}, \"benefit\": {\"percentOff\": 10}}"
    ])
    let entry = try #require(set.lookUp("Cafe\u{301}-1"))
    #expect(entry.campaign.id == "cafe")
    #expect(entry.code.unicodeScalars.map(\.value) == [0x43, 0x61, 0x66, 0xE9, 0x2D, 0x31])
    #expect(set.lookUp("Caf\u{E9}-1")?.campaign.id == "cafe")
    #expect(set.lookUp("cafe\u{301}-1") == nil)
  }

  @Test func everyIDFindsItsCampaignAndNoOther() throws {
    let set = try EngineFixture.set(Self.campaigns(500))
    for index in 0..<500 {
      #expect(set.byID["c-\(index)"]?.name == "Offer \(index)")
      #expect(set.campaign(id: "c-\(index)")?.mechanics.activation.codes.first == "K\(index)-A")
    }
    #expect(set.byID["c-500"] == nil)
    #expect(set.byID["C-1"] == nil)
    #expect(set.byID[""] == nil)
  }

  @Test func aLoadedCampaignKeepsItsSourceAndRankInThirtyTwoBits() throws {
    // Ranks follow priority (all 0 here), then id: "c-0" < "c-1" < "c-10" < "c-11" < "c-2".
    let set = try EngineFixture.set(Self.campaigns(12))
    #expect(set.byID["c-0"]?.rank == 0)
    #expect(set.byID["c-1"]?.rank == 1)
    #expect(set.byID["c-10"]?.rank == 2)
    #expect(set.byID["c-2"]?.rank == 4)
    #expect(set.byID["c-11"]?.source.file == 0)
    #expect(set.byID["c-11"]?.source.campaign == 11)
  }

  /// A campaign with none of the parts kept out of line.
  static func bare() -> Campaign {
    Campaign(
      id: "bare", name: "Bare",
      mechanics: Rules(currency: .usd, benefit: .percentOff(.init(millionths: 1))),
      terms: nil, location: FileLocation(file: "a.json", line: 2, column: 3))
  }

  @Test func partsSetAndClearedLeaveACampaignEqualToOneThatNeverHadThem() {
    var campaign = Self.bare()
    campaign.expectFindings = ["promiseBroken"]
    campaign.terms = Terms(
      rules: campaign.mechanics, combinable: true, text: "10% off", stated: [.benefit])
    #expect(campaign.expectFindings == ["promiseBroken"])
    #expect(campaign.terms?.text == "10% off")
    #expect(campaign != Self.bare())
    campaign.expectFindings = []
    campaign.terms = nil
    #expect(campaign == Self.bare())
    #expect(campaign.hashValue == Self.bare().hashValue)
  }

  @Test func changingACopyLeavesTheOriginal() {
    var original = Self.bare()
    original.warnings = [
      Diagnostic(file: "a.json", line: 1, column: 1, path: "starts", message: "skipped")
    ]
    var copy = original
    copy.warnings = []
    copy.terms?.text = "never set: terms are nil"
    #expect(original.warnings.count == 1)
    #expect(copy.warnings.isEmpty)
    #expect(copy.terms == nil)
  }

  @Test func aCampaignWithoutTermsOrMessagesIsSmallInline() {
    // id and name (16 bytes each), the shared mechanics and the out-of-line parts (8 each), the location
    // (32) and the field locations (file 16, packed words 8, other keys 8, unpackable locations 8): 120.
    // Before `mem13` the terms alone were inline: 512 bytes.
    #expect(MemoryLayout<Campaign>.stride == 120)
  }

  @Test func rulesLeaveNoPaddingAfterTheWindow() {
    // zone 32, activation 8, audience 16, channels 8, target 48, window 25 + three one-byte fields + currency
    // 4 (= 32), conditions 46 (→ 48), benefit 25 (→ 32), maxItems 9 (→ 16), maxDiscount 13 (→ 16),
    // limits 45 (→ 48), stacking 9: 313 bytes (337 in the file format's order).
    #expect(MemoryLayout<Rules>.size == 313)
  }
}
