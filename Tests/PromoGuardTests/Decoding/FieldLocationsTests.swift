import Testing

@testable import PromoGuard

/// A campaign's field locations, kept compactly, answer every key they were given and nothing else.
@Suite struct FieldLocationsTests {
  static let given: [String: FileLocation] = [
    "id": FileLocation(file: "a.json", line: 3, column: 5),
    "benefit": FileLocation(file: "a.json", line: 9, column: 7),
    "target.include.categories": FileLocation(file: "a.json", line: 12, column: 21),
    "target.include.categories.17": FileLocation(file: "a.json", line: 12, column: 60),
    "terms.conditions": FileLocation(file: "a.json", line: 30, column: 9),
    "some.key.no.campaign.writes": FileLocation(file: "a.json", line: 1_000_000, column: 2),
  ]

  @Test(arguments: given.keys.sorted())
  func everyKeyGivesItsLocation(key: String) {
    #expect(FieldLocations(Self.given)[key] == Self.given[key])
  }

  @Test(arguments: ["", "ids", "benefit.percentOff", "target.include", "terms"])
  func aKeyNotGivenHasNoLocation(key: String) {
    #expect(FieldLocations(Self.given)[key] == nil)
    #expect(FieldLocations()[key] == nil)
  }

  @Test func locationsInSeveralFilesKeepTheirFiles() {
    let mixed = [
      "id": FileLocation(file: "a.json", line: 1, column: 2),
      "name": FileLocation(file: "b.json", line: 3, column: 4),
    ]
    let locations = FieldLocations(mixed)
    #expect(locations["id"] == mixed["id"])
    #expect(locations["name"] == mixed["name"])
    #expect(locations.count == 2)
  }

  @Test(arguments: [(1 << 26) - 1, 1 << 26, 40_000_000, Int(Int32.max) + 1])
  func aLineOrColumnPastThePackedRangeIsKeptExactly(position: Int) {
    // 26 bits a position: 67,108,863 is the last that packs; the others are kept as given, not clamped.
    let given = [
      "id": FileLocation(file: "a.json", line: position, column: 7),
      "name": FileLocation(file: "a.json", line: 8, column: position),
    ]
    let locations = FieldLocations(given)
    #expect(locations["id"] == given["id"])
    #expect(locations["name"] == given["name"])
    #expect(locations.count == 2)
  }

  @Test func moreKeysThanAWordCanNumberAreAllFound() {
    // 12 bits of key number: 4,096 numbers, some taken by the usual keys; 5,000 list elements do not fit.
    var given = [String: FileLocation]()
    for index in 0..<5_000 {
      given["target.include.skus.\(index)"] = FileLocation(
        file: "a.json", line: 2, column: 10 + index)
    }
    let locations = FieldLocations(given)
    #expect(locations.count == 5_000)
    #expect(locations["target.include.skus.0"]?.column == 10)
    #expect(locations["target.include.skus.4999"]?.column == 5_009)
    #expect(locations["target.include.skus.5000"] == nil)
  }

  @Test func theOrderLocationsAreGivenInDoesNotMatter() {
    var reversed = [String: FileLocation]()
    for key in Self.given.keys.sorted().reversed() { reversed[key] = Self.given[key] }
    #expect(FieldLocations(reversed) == FieldLocations(Self.given))
    #expect(FieldLocations(reversed).hashValue == FieldLocations(Self.given).hashValue)
  }

  @Test func aDecodedCampaignLocatesItsFields() throws {
    // Line 1 of the file is `{"format": …, "campaigns": [`; line 2 is the campaign, indented by two spaces.
    // A field's location is where its key starts (a list element's, where the element starts): its
    // 0-based offset in the ASCII line + 1.
    let campaign = EngineFixture.campaign(
      "c", code: nil,
      "\"benefit\": {\"percentOff\": 5}, \"target\": {\"include\": {\"categories\": [\"home\"]}}")
    let text = EngineFixture.file(["  " + campaign])
    let files = try CampaignLoader.load([CampaignSource(path: "t.json", bytes: Array(text.utf8))])
    let loaded = try #require(files.first?.campaigns.first)
    let prefix = "  " + campaign
    let benefitColumn =
      try #require(prefix.range(of: "\"benefit\"")).lowerBound.utf16Offset(in: prefix) + 1
    let homeColumn =
      try #require(prefix.range(of: "\"home\"")).lowerBound.utf16Offset(in: prefix) + 1
    #expect(
      loaded.fieldLocations["benefit"]
        == FileLocation(file: "t.json", line: 2, column: benefitColumn))
    #expect(
      loaded.fieldLocations["target.include.categories.0"]
        == FileLocation(file: "t.json", line: 2, column: homeColumn))
    #expect(loaded.fieldLocations["terms"] == nil)
  }
}
