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
