import PromoGuard
import Testing

/// Campaign files with mistakes: every problem is reported with its exact `file:line:col: path: message`.
@Suite struct CampaignDecodingErrorTests {
  /// A file and its text.
  struct Source: Sendable {
    var path: String
    var text: String
  }

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var sources: [Source]
    var expected: [String]
    var testDescription: String { name }
  }

  /// Line 1 opens the file; campaign *k* is on line *k* + 2; the last line closes it.
  static func file(_ campaigns: String...) -> String {
    "{\"format\": \"promoguard/1\", \"campaigns\": [\n" + campaigns.joined(separator: ",\n")
      + "\n]}"
  }

  static func test(_ name: String, _ text: String, _ expected: String...) -> ErrorCase {
    ErrorCase(name: name, sources: [Source(path: "test.json", text: text)], expected: expected)
  }

  /// A valid campaign; the columns below are counted on this text and its variants.
  static let base =
    #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "benefit": {"percentOff": 20}}"#
  /// Another valid campaign whose code "a-1" collides with "A1"; its "activation" key is at column 45.
  static let other =
    #"{"id": "b", "name": "B", "currency": "USD", "activation": {"codes": ["a-1"]}, "benefit": {"percentOff": 20}}"#

  /// `base` with more members before its closing brace.
  static func with(_ members: String) -> String { String(base.dropLast()) + ", " + members + "}" }

  static let misspelt = base.replacing("\"percentOff\"", with: "\"percentof\"")
  static let lowerCurrency = base.replacing("\"USD\"", with: "\"usd\"")
  static let badID = base.replacing("\"id\": \"a\"", with: "\"id\": \"Sept 20\"")

  static let cases: [ErrorCase] = [
    // The key "percentof" starts at column 90.
    test(
      "misspelt key", file(misspelt),
      #"test.json:2:90: campaigns[0].benefit: unknown key "percentof" — did you mean "percentOff"?"#
    ),
    test(
      "unknown key", file(with(#""flavour": "red""#)),
      #"test.json:2:109: campaigns[0]: unknown key "flavour" — the keys allowed here are "id", "name", "currency", "timeZone", "starts", "ends", "activation", "codeMatching", "audience", "channels", "conditions", "target", "benefit", "maxDiscount", "maxItems", "limits", "stacking", "rounding", "terms", "messages", "expectFindings""#
    ),
    // The second "name" key is at column 26.
    test(
      "duplicate key",
      file(base.replacing("\"name\": \"A\",", with: "\"name\": \"A\", \"name\": \"B\",")),
      #"test.json:2:26: campaigns[0]: the key "name" appears twice (first on line 2) — keep only one of them"#
    ),
    test(
      "missing currency and benefit",
      file(#"{"id": "a", "name": "A", "activation": {"codes": ["A1"]}}"#),
      #"test.json:2:1: campaigns[0]: missing "currency" — add the ISO 4217 code of the campaign's prices, like "currency": "USD""#,
      #"test.json:2:1: campaigns[0]: missing "benefit" — say what the campaign gives, for example "benefit": {"percentOff": 20}"#
    ),
    test(
      "missing format", #"{"campaigns": []}"#,
      #"test.json:1:1: missing "format" — add "format": "promoguard/1" at the top of the file"#),
    test(
      "text for a count", file(with(#""maxItems": "two""#)),
      #"test.json:2:121: campaigns[0].maxItems: expected maxItems as a whole number, found "two""#),
    test(
      "quoted count", file(with(#""maxItems": "2""#)),
      #"test.json:2:121: campaigns[0].maxItems: expected maxItems as a number, found the text "2" — remove the quotes"#
    ),
    test(
      "number for a name", file(base.replacing("\"name\": \"A\"", with: "\"name\": 5")),
      #"test.json:2:21: campaigns[0].name: expected the campaign name (text in double quotes), found 5"#
    ),
    test(
      "text for a flag", file(with(#""stacking": {"exclusive": "yes"}"#)),
      #"test.json:2:135: campaigns[0].stacking.exclusive: expected true or false for exclusive, found "yes""#
    ),
    test(
      "money as a number with too many digits", file(with(#""maxDiscount": 12.505"#)),
      #"test.json:2:124: campaigns[0].maxDiscount: US dollars have 2 decimal places; "12.505" has 3 — write "12.51" or "12.50""#
    ),
    test(
      "money as a string with too many digits", file(with(#""maxDiscount": "12.505""#)),
      #"test.json:2:124: campaigns[0].maxDiscount: US dollars have 2 decimal places; "12.505" has 3 — write "12.51" or "12.50""#
    ),
    test(
      "negative money", file(with(#""maxDiscount": "-5.00""#)),
      #"test.json:2:124: campaigns[0].maxDiscount: "-5.00" is negative; an amount must not be negative, so write it without the minus sign, like "5.00""#
    ),
    test(
      "unknown currency", file(base.replacing("\"USD\"", with: "\"QQQ\"")),
      #"test.json:2:38: campaigns[0].currency: unknown currency "QQQ" — expected an ISO 4217 code like "USD", "EUR" or "JPY""#
    ),
    test(
      "mistyped currency", file(base.replacing("\"USD\"", with: "\"GPB\"")),
      #"test.json:2:38: campaigns[0].currency: unknown currency "GPB" — did you mean "GBP"?"#
    ),
    test(
      "lower-case currency", file(lowerCurrency),
      #"test.json:2:38: campaigns[0].currency: unknown currency "usd" — currency codes are upper case: write "USD""#
    ),
    test(
      "unknown time zone", file(with(#""timeZone": "America/New_Yrok""#)),
      #"test.json:2:121: campaigns[0].timeZone: unknown time zone "America/New_Yrok" — did you mean "America/New_York"?"#
    ),
    test(
      "starts after ends", file(with(#""starts": "2026-10-01", "ends": "2026-09-01""#)),
      #"test.json:2:141: campaigns[0].ends: the campaign ends (2026-09-01T00:00:00Z) before or when it starts (2026-10-01T00:00:00Z) — "ends" is the first moment after the campaign and must be later than "starts""#
    ),
    test(
      "tiers out of order",
      file(
        base.replacing(
          "{\"percentOff\": 20}",
          with:
            #"{"tiers": [{"minSubtotal": "50.00", "percentOff": 10}, {"minSubtotal": "40.00", "percentOff": 20}]}"#
        )),
      #"test.json:2:160: campaigns[0].benefit.tiers[1].minSubtotal: tiers must go up: this tier starts at $40.00, not above the tier before it ($50.00) — list tiers from the smallest minSubtotal to the largest"#
    ),
    test(
      "colliding codes in one campaign",
      file(base.replacing("[\"A1\"]", with: "[\"SEPT20\", \"sept-20\"]")),
      #"test.json:2:59: campaigns[0].activation.codes[1]: the codes "SEPT20" and "sept-20" are the same to checkout (case, spaces, dashes and underscores are ignored) — remove one"#
    ),
    test(
      "colliding codes across campaigns", file(base, other),
      #"test.json:3:45: campaigns[1].activation.codes: the code "a-1" collides with "A1" of campaign "a" (test.json:2:45): checkout could not tell them apart (case, spaces, dashes and underscores are ignored) — change one of them"#
    ),
    ErrorCase(
      name: "colliding codes across files",
      sources: [
        Source(path: "one.json", text: file(base)), Source(path: "two.json", text: file(other)),
      ],
      expected: [
        #"two.json:2:45: campaigns[0].activation.codes: the code "a-1" collides with "A1" of campaign "a" (one.json:2:45): checkout could not tell them apart (case, spaces, dashes and underscores are ignored) — change one of them"#
      ]),
    ErrorCase(
      name: "duplicate campaign ids across files",
      sources: [
        Source(path: "one.json", text: file(base)),
        Source(path: "two.json", text: file(base.replacing("A1", with: "B1"))),
      ],
      expected: [
        #"two.json:2:2: campaigns[0].id: the campaign id "a" is already used at one.json:2:1 — campaign ids must be unique across all files"#
      ]),
    test(
      "bad campaign id", file(badID),
      #"test.json:2:8: campaigns[0].id: campaign ids use lower-case letters, digits and dashes, at most 100, found "Sept 20" — rename it (for example "sept-20")"#
    ),
    test(
      "unknown finding kind", file(with(#""expectFindings": ["silentFailur"]"#)),
      #"test.json:2:128: campaigns[0].expectFindings[0]: unknown finding kind "silentFailur" — did you mean "silentFailure"?"#
    ),
    // The text ends at column 42; the end of the file is column 43.
    test(
      "syntax error", #"{"format": "promoguard/1", "campaigns": []"#,
      #"test.json:1:43: expected "," or "}" after the value of "campaigns", found the end of the file — close the object that starts at line 1, column 1 with "}""#
    ),
    test(
      "several errors in one file", file(misspelt, lowerCurrency, badID),
      #"test.json:2:90: campaigns[0].benefit: unknown key "percentof" — did you mean "percentOff"?"#,
      #"test.json:3:38: campaigns[1].currency: unknown currency "usd" — currency codes are upper case: write "USD""#,
      #"test.json:4:8: campaigns[2].id: campaign ids use lower-case letters, digits and dashes, at most 100, found "Sept 20" — rename it (for example "sept-20")"#
    ),
  ]

  @Test(arguments: cases) func diagnostics(_ errorCase: ErrorCase) {
    let sources = errorCase.sources.map {
      CampaignSource(path: $0.path, bytes: Array($0.text.utf8))
    }
    do {
      let set = try CampaignSet(sources: sources)
      Issue.record("loaded \(set.campaignIDs) instead of failing")
    } catch {
      #expect(error.diagnostics.map(\.description) == errorCase.expected)
    }
  }

  struct AmountCase: Sendable, CustomTestStringConvertible {
    var written: String
    var minorUnits: Int64
    var testDescription: String { written }
  }

  /// Amounts read from their exact digits: 100% off a 100.00 line, capped by `maxDiscount`, gives the cap.
  @Test(arguments: [
    AmountCase(written: #""12.500""#, minorUnits: 1_250),
    AmountCase(written: "12.5", minorUnits: 1_250),
    AmountCase(written: "1.25e1", minorUnits: 1_250),
    AmountCase(written: #""12""#, minorUnits: 1_200),
    AmountCase(written: "0.01", minorUnits: 1),
  ])
  func acceptedAmounts(_ amount: AmountCase) throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "a", code: "A1", "\"benefit\": {\"percentOff\": 100}, \"maxDiscount\": \(amount.written)")
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: 10_000)], codes: ["A1"]))
    #expect(quote.discount.minorUnits == amount.minorUnits)
  }

  /// 250 bad campaigns: the first 200 problems are listed, then one line counts the other 50.
  @Test func manyProblemsAreSummarised() {
    let campaigns = (0..<250).map { index in
      Self.lowerCurrency.replacing("\"id\": \"a\"", with: "\"id\": \"a\(index)\"")
    }
    let text =
      "{\"format\": \"promoguard/1\", \"campaigns\": [\n" + campaigns.joined(separator: ",\n")
      + "\n]}"
    do {
      _ = try CampaignSet(sources: [CampaignSource(path: "test.json", bytes: Array(text.utf8))])
      Issue.record("loaded")
    } catch {
      #expect(error.diagnostics.count == 201)
      // The id grows by up to 3 characters ("a199"), so the currency moves from column 38 to 41.
      #expect(
        error.diagnostics.dropLast().last?.description
          == #"test.json:201:41: campaigns[199].currency: unknown currency "usd" — currency codes are upper case: write "USD""#
      )
      #expect(
        error.diagnostics.last?.description
          == "test.json:201:41: 50 more problems not shown — fix the ones above and run again")
    }
  }

  @Test func theValidCampaignsLoad() throws {
    let set = try CampaignSet(sources: [
      CampaignSource(path: "one.json", bytes: Array(Self.file(Self.base).utf8))
    ])
    #expect(set.campaignIDs == ["a"])
  }
}
