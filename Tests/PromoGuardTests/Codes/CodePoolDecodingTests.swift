import Foundation
import PromoGuard
import Testing

/// Campaign files with a code pool and a recipients list: what they decode to, and every error located.
@Suite struct CodePoolDecodingTests {
  /// `Tests/PoolFixture`, next to this test target.
  static let fixtureFolder: String = {
    let file = #filePath
    let tests = file.components(separatedBy: "/Tests/")[0] + "/Tests/"
    return tests + "PoolFixture/"
  }()

  static func instant(_ text: String) throws -> Instant {
    try Timestamp.parse(text, in: .utc).get().instant
  }

  /// Loads one campaign file with its companions in memory.
  static func load(
    _ campaign: String, companions: [String: String], path: String = "shop/welcome.json"
  ) -> Result<[CampaignFile], LoadError> {
    let source = CampaignSource(
      path: path, bytes: Array(campaign.utf8),
      companions: companions.mapValues { Array($0.utf8) })
    do {
      return .success(try CampaignLoader.load([source]))
    } catch {
      return .failure(error)
    }
  }

  /// One campaign on line 2 with `activation` and optional messages.
  static func campaign(
    id: String = "w", activation: String, matching: String = "relaxed", messages: String = "[]"
  ) -> String {
    "{\"format\": \"promoguard/1\", \"campaigns\": [\n"
      + #"{"id": "\#(id)", "name": "W", "currency": "USD", "timeZone": "America/New_York", "codeMatching": "\#(matching)", "activation": \#(activation), "benefit": {"percentOff": 15}, "messages": \#(messages)}"#
      + "\n]}"
  }

  static func failure(_ result: Result<[CampaignFile], LoadError>) -> [String] {
    switch result {
    case .success: return ["loaded"]
    case .failure(let error): return error.diagnostics.map(\.description)
    }
  }

  @Test func theFixtureDecodesToItsPoolAndRecipients() throws {
    let path = Self.fixtureFolder + "welcome.json"
    let bytes = try #require(FileManagerBytes.read(path))
    let files = try CampaignLoader.load([CampaignSource(path: path, bytes: bytes)])
    let campaign = try #require(files.first?.campaigns.first)
    let pool = try #require(campaign.mechanics.activation.pool)
    #expect(campaign.mechanics.activation.codes == [])
    #expect(pool.file == "codes/welcome.csv")
    #expect(pool.path == Self.fixtureFolder + "codes/welcome.csv")
    #expect(pool.singleUse)
    #expect(pool.validFor?.days == 14)
    #expect(pool.count == 4)
    // Relaxed matching: case, spaces and dashes are ignored.
    #expect(pool.index(of: "welcome 7f3k q2zd") == 0)
    #expect(pool.index(of: "WELCOME7F3KQ2ZE") == nil)
    #expect(pool.code(at: 3) == "WELCOME-\"Q\"-1")
    #expect(pool.customer(at: 0) == nil)
    #expect(pool.customer(at: 1) == "c-4521")
    // 2026-11-15T00:00 in New York is EST (daylight saving ended on 1 November): 05:00Z.
    #expect(pool.expires(at: 2) == (try Self.instant("2026-11-15T05:00:00Z")))
    // 12:00 at −05:00 is 17:00Z.
    #expect(pool.expires(at: 3) == (try Self.instant("2026-11-20T17:00:00Z")))
    #expect(pool.expires(at: 0) == nil)
    // The header is line 1; codes are on lines 2–5.
    #expect(pool.line(at: 0) == 2)
    #expect(pool.location(at: 3).description == Self.fixtureFolder + "codes/welcome.csv:5:1")

    let list = try #require(campaign.messages.first?.recipients)
    #expect(list.file == "sends/welcome-oct.csv")
    #expect(list.count == 3)
    #expect(list.customer(at: 0) == "c-1001")
    #expect(list.email(at: 0) == "jane@example.com")
    #expect(list.code(at: 2) == "WELCOME-K2WN-R8JC")
    // 09:15 EDT (UTC−4) is 13:15Z.
    #expect(list.sentAt(at: 0) == (try Self.instant("2026-10-20T13:15:00Z")))
    // Row 2 has no send time: the message's 09:00 EDT, 13:00Z.
    #expect(list.sentAt(at: 1) == (try Self.instant("2026-10-20T13:00:00Z")))
    #expect(list.sentAt(at: 2) == (try Self.instant("2026-10-21T18:00:00Z")))
    #expect(list.line(at: 2) == 4)
  }

  @Test func companionsInMemoryAndAPlainListWithBlankLines() throws {
    let text = Self.campaign(activation: #"{"pool": {"file": "codes.txt", "singleUse": false}}"#)
    let files = try Self.load(text, companions: ["codes.txt": "A-1\n\nB-2\nC-3\n"]).get()
    let pool = try #require(files.first?.campaigns.first?.mechanics.activation.pool)
    #expect(!pool.singleUse)
    #expect(pool.count == 3)
    // Line 2 is blank, so the codes are on lines 1, 3 and 4.
    #expect((0..<3).map(pool.line(at:)) == [1, 3, 4])
    #expect(pool.index(of: "c3") == 2)
    #expect(pool.path == "shop/codes.txt")
  }

  @Test func exactMatchingFindsOnlyTheCodeAsWritten() throws {
    let text = Self.campaign(activation: #"{"pool": {"file": "p.csv"}}"#, matching: "exact")
    let files = try Self.load(text, companions: ["p.csv": "code\nAb-1\nab-1\n"]).get()
    let pool = try #require(files.first?.campaigns.first?.mechanics.activation.pool)
    #expect(pool.index(of: " Ab-1 ") == 0)
    #expect(pool.index(of: "ab-1") == 1)
    #expect(pool.index(of: "AB1") == nil)
  }

  @Test(arguments: [
    (
      #"{"pool": {"file": "p.csv", "singleuse": true}}"#,
      #"campaigns[0].activation.pool: unknown key "singleuse" — did you mean "singleUse"?"#
    ),
    (
      #"{"pool": {"singleUse": true}}"#,
      #"campaigns[0].activation.pool: missing "file" — name the CSV file of codes"#
    ),
    (
      #"{"pool": {"file": "p.csv", "validFor": "P1M"}}"#,
      #"campaigns[0].activation.pool.validFor: months and years vary in length — write days, e.g. P30D (found "P1M")"#
    ),
    (
      #"{"pool": {"file": "p.csv", "validFor": "PT0H"}}"#,
      #"campaigns[0].activation.pool.validFor: a duration of zero would end every code as it is sent"#
    ),
    (
      #"{"pool": {"file": "p.csv", "columns": {"cod": "x"}}}"#,
      #"campaigns[0].activation.pool.columns: unknown key "cod" — did you mean "code"?"#
    ),
    (
      #"{"pool": {"file": "p.csv", "columns": {"code": "x", "customer": "x"}}}"#,
      #"campaigns[0].activation.pool.columns.customer: the column "x" is already given for "code""#
    ),
    (
      #"{"pool": {"file": "p.csv"}, "codes": ["A1"]}"#,
      #"campaigns[0].activation: give one of "codes", "pool" or "automatic", not several"#
    ),
    (
      #"{"pool": {"file": "missing.csv"}}"#,
      #"campaigns[0].activation.pool.file: the file "missing.csv" was not supplied with the campaign file"#
    ),
    (
      #"{"pool": {"file": "p.csv", "singleUse": "yes"}}"#,
      #"campaigns[0].activation.pool.singleUse: expected"#
    ),
  ])
  func aBadPoolKeyIsLocated(_ activation: String, _ fragment: String) {
    let problems = Self.failure(
      Self.load(Self.campaign(activation: activation), companions: ["p.csv": "code\nA1\n"]))
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.hasPrefix("shop/welcome.json:2:") == true, "\(problems)")
    #expect(problems.first?.contains(fragment) == true, "\(problems) lacks \(fragment)")
  }

  @Test(arguments: [
    #"{"pool": {"file": "p.csv", "validFor": "P1M"}}"#,
    #"{"pool": {"file": "p.csv", "singleUse": "yes"}}"#,
  ])
  func aBadPoolOptionStillReportsTheFilesProblemsInTheSameRun(_ activation: String) {
    // Line 3 repeats line 2's code: a problem of the file, reported with the option's in one run.
    let problems = Self.failure(
      Self.load(Self.campaign(activation: activation), companions: ["p.csv": "code\nA1\nA1\n"]))
    #expect(problems.count == 2, "\(problems)")
    #expect(problems.contains { $0.hasPrefix("shop/welcome.json:2:") }, "\(problems)")
    #expect(problems.contains { $0.hasPrefix("shop/p.csv:3:1:") }, "\(problems)")
  }

  @Test func aCodeAfterOtherColumnsIsLocatedAtItsOwnColumn() {
    // The code column is the second: "c-22," is 5 characters, so line 3's code starts at column 6; a
    // campaign with exact codes "A1" elsewhere collides with line 2's "A1" at column 5 ("c-1," is 4).
    let pool = "customer,code\nc-1,A1\nc-22,A1\n"
    let problems = Self.failure(
      Self.load(
        Self.campaign(activation: #"{"pool": {"file": "p.csv"}}"#), companions: ["p.csv": pool]))
    #expect(
      problems == [
        #"shop/p.csv:3:6: the code "A1" is the same to checkout as "A1" on line 2 (case, spaces, dashes and underscores are ignored) — remove one"#
      ])
    let clean = "customer,code\nc-1,A1\nc-22,B2\n"
    let sources = [
      CampaignSource(
        path: "shop/welcome.json",
        bytes: Array(Self.campaign(activation: #"{"pool": {"file": "p.csv"}}"#).utf8),
        companions: ["p.csv": Array(clean.utf8)]),
      CampaignSource(
        path: "shop/other.json",
        bytes: Array(Self.campaign(id: "o", activation: #"{"codes": ["a1"]}"#).utf8)),
    ]
    var collisions = [String]()
    do { _ = try CampaignLoader.load(sources) } catch {
      collisions = error.diagnostics.map(\.description)
    }
    #expect(collisions.count == 1, "\(collisions)")
    #expect(
      collisions.first?.hasPrefix(
        "shop/p.csv:2:5: campaigns[0].activation.pool: the pool code \"A1\"") == true)
  }

  @Test func wrongColumnNamesLeaveThePoolFileForTheNextRun() {
    // With the code column misnamed every row would look wrong, so only the option is reported.
    let activation = #"{"pool": {"file": "p.csv", "columns": {"code": "x", "customer": "x"}}}"#
    let problems = Self.failure(
      Self.load(Self.campaign(activation: activation), companions: ["p.csv": "code\nA1\nA1\n"]))
    #expect(problems.count == 1, "\(problems)")
  }

  @Test(arguments: [
    (
      #"{"file": "s.csv", "colums": {}}"#,
      #"campaigns[0].messages[0].recipients: unknown key "colums" — did you mean "columns"?"#
    ),
    (
      #"{"file": "s.csv", "columns": {"sentat": "t"}}"#,
      #"campaigns[0].messages[0].recipients.columns: unknown key "sentat" — did you mean "sentAt"?"#
    ),
    (#"{"columns": {}}"#, #"campaigns[0].messages[0].recipients: missing "file""#),
    (#""s.csv""#, #"campaigns[0].messages[0].recipients: expected a recipients list like"#),
  ])
  func aBadRecipientsKeyIsLocated(_ recipients: String, _ fragment: String) {
    let messages = #"[{"id": "m", "channel": "email", "recipients": \#(recipients)}]"#
    let text = Self.campaign(activation: #"{"pool": {"file": "p.csv"}}"#, messages: messages)
    let problems = Self.failure(
      Self.load(text, companions: ["p.csv": "code\nA1\n", "s.csv": "email,code\na@x.com,A1\n"]))
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.contains(fragment) == true, "\(problems) lacks \(fragment)")
  }

  @Test func everyProblemInAPoolFileIsReportedWithItsLineAndColumn() {
    // Line 1 header; line 2 fine; line 3 an empty code; line 4 a bad expires (column 7); line 5 the same code as
    // line 2 under relaxed matching; line 6 a code of only dashes; line 7 a quote never closed (column 1).
    let pool =
      "code,expires\nAB-12,\n,\nCD-34,2026-13-01\nab 12,\n---,\n\"EF"
    let problems = Self.failure(
      Self.load(
        Self.campaign(activation: #"{"pool": {"file": "p.csv"}}"#), companions: ["p.csv": pool]))
    #expect(
      problems == [
        "shop/p.csv:3:1: expected a code, found an empty field — fill it in or remove the row",
        "shop/p.csv:4:7: \"expires\": months run 01–12, found 13",
        "shop/p.csv:6:1: the code \"---\" has no letters or digits — customers could not type it",
        "shop/p.csv:7:1: the quote opened here is never closed — add the closing \" (write a quote inside a value as \"\")",
        "shop/p.csv:5:1: the code \"ab 12\" is the same to checkout as \"AB-12\" on line 2 (case, spaces, dashes and underscores are ignored) — remove one",
      ])
  }

  @Test func aHeaderWithoutTheCodeColumnSuggestsTheName() {
    let activation = #"{"pool": {"file": "p.csv", "columns": {"code": "coupon"}}}"#
    let problems = Self.failure(
      Self.load(
        Self.campaign(activation: activation), companions: ["p.csv": "coupons,customer\nA1,c\n"]))
    #expect(
      problems == [
        "shop/p.csv:1:1: the header has no column \"coupon\" for the codes (it has \"coupons\", \"customer\") — did you mean \"coupons\"? name the code column with \"columns\": {\"code\": \"…\"}"
      ])
  }

  @Test func everyProblemInARecipientsFileIsReported() {
    // Line 2 names nobody; line 3 a bad send time at column 12; line 4 fine.
    let sends = "email,code,sentAt\n,A1,\nb@x.com,A1,yesterday\nc@x.com,A1,\n"
    let messages =
      #"[{"id": "m", "channel": "email", "sentAt": "2026-10-20T09:00:00", "recipients": {"file": "s.csv"}}]"#
    let text = Self.campaign(activation: #"{"pool": {"file": "p.csv"}}"#, messages: messages)
    let problems = Self.failure(
      Self.load(text, companions: ["p.csv": "A1\n", "s.csv": sends]))
    #expect(problems.count == 2, "\(problems)")
    #expect(
      problems.first
        == "shop/s.csv:2:1: the row names no recipient: \"customer\" and \"email\" are empty — fill it in or remove the row"
        || problems.first
          == "shop/s.csv:2:1: the row names no recipient: \"email\" is empty — fill it in or remove the row"
    )
    #expect(
      problems.last?.hasPrefix("shop/s.csv:3:12: \"sentAt\": expected a date and time") == true)
  }

  @Test func poolCodesCollidingWithAnotherCampaignAreLoadErrorsWithBothLocations() {
    let first = Self.campaign(id: "a", activation: #"{"pool": {"file": "a.csv"}}"#)
    let second = Self.campaign(id: "b", activation: #"{"codes": ["X-9"]}"#)
    let third = Self.campaign(id: "c", activation: #"{"pool": {"file": "c.csv"}}"#)
    let companions = ["a.csv": "code\nA-1\nx9\n", "c.csv": "code\nQ-7\na1\n"]
    let sources = [("one.json", first), ("two.json", second), ("three.json", third)].map {
      CampaignSource(
        path: $0.0, bytes: Array($0.1.utf8), companions: companions.mapValues { Array($0.utf8) })
    }
    var problems = [String]()
    do {
      _ = try CampaignLoader.load(sources)
    } catch {
      problems = error.diagnostics.map(\.description)
    }
    #expect(
      problems == [
        #"a.csv:3:1: campaigns[0].activation.pool: the pool code "x9" of campaign "a" collides with "X-9" of campaign "b" (two.json:2:104): checkout could not tell them apart (case, spaces, dashes and underscores are ignored) — change one of them"#,
        #"c.csv:3:1: campaigns[0].activation.pool: the pool code "a1" of campaign "c" collides with "A-1" of campaign "a" (a.csv:2:1): checkout could not tell them apart (case, spaces, dashes and underscores are ignored) — change one of them"#,
      ])
  }
}

/// Reads a file's bytes for tests.
enum FileManagerBytes {
  static func read(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
  }
}
