import PromoGuard
import Testing

@Suite struct JSONReaderValueTests {
  @Test func readsLiterals() throws {
    let items = try #require(try JSONReader.parse("[true, false, null]").value.arrayItems)
    #expect(items.map(\.value) == [.bool(true), .bool(false), .null])
  }

  @Test func readsEmptyListsAndObjects() throws {
    let members = try #require(try JSONReader.parse(#"{"a": [], "b": {}}"#).value.objectMembers)
    #expect(members.map(\.value.value) == [.array([]), .object(JSONObject(members: []))])
  }

  @Test func readsTopLevelScalars() throws {
    #expect(try JSONReader.parse(#""hi""#).value == .string("hi"))
    #expect(try JSONReader.parse("null").value == .null)
    #expect(try JSONReader.parse(" true ").value == .bool(true))
  }

  @Test func decodesEveryShortEscape() throws {
    let node = try JSONReader.parse(#""\"\\\/\b\f\n\r\t""#)
    #expect(node.value == .string("\"\\/\u{08}\u{0C}\n\r\t"))
  }

  @Test func decodesUnicodeEscapesInEitherCase() throws {
    #expect(try JSONReader.parse(#""\u00e9\u20AC\u0041""#).value == .string("é€A"))
  }

  @Test func decodesSurrogatePairsToOneScalar() throws {
    let upper = try JSONReader.parse(#""\uD83D\uDE00""#)
    let lower = try JSONReader.parse(#""a\ud83d\ude00b""#)
    #expect(upper.value == .string("\u{1F600}"))
    #expect(lower.value == .string("a\u{1F600}b"))
  }

  @Test func keepsEscapedNul() throws {
    #expect(try JSONReader.parse(#""a\u0000b""#).value == .string("a\u{0}b"))
  }

  @Test func readsRawUTF8AndEscapesInKeys() throws {
    let members = try #require(try JSONReader.parse(#"{"caf\u00e9 😀": "Été"}"#).value.objectMembers)
    #expect(members.map(\.key) == ["café 😀"])
    #expect(members.map(\.value.value) == [.string("Été")])
  }

  @Test func keepsDuplicateKeysInSourceOrder() throws {
    let node = try JSONReader.parse(#"{"a": 1, "a": 2}"#)
    guard case .object(let object) = node.value else {
      Issue.record("expected an object, got \(node.value)")
      return
    }
    #expect(object.members.map(\.key) == ["a", "a"])
    #expect(object.members.map(\.keyPosition) == [firstLine(column: 2), firstLine(column: 10)])
    #expect(object.members.map(\.value.value.numberValue?.text) == ["1", "2"])
    let first = try #require(object.first("a"))
    #expect(first.keyPosition == firstLine(column: 2))
    #expect(first.value.position == firstLine(column: 7))
  }

  @Test func firstFindsNothingForAMissingKeyAndComparesExactly() throws {
    let node = try JSONReader.parse(#"{"Code": 1}"#)
    guard case .object(let object) = node.value else {
      Issue.record("expected an object, got \(node.value)")
      return
    }
    #expect(object.first("code") == nil)
    #expect(object.first("Code")?.key == "Code")
  }

  @Test(arguments: [
    (JSONValue.null, "null"),
    (.bool(false), "true or false"),
    (
      .number(JSONNumber(text: "1", isNegative: false, decimalDigits: "1", decimalExponent: 0)),
      "a number"
    ),
    (.string(""), "a string"),
    (.array([]), "a list"),
    (.object(JSONObject(members: [])), "an object"),
  ])
  func kindDescriptionNamesTheKindInWords(value: JSONValue, expected: String) {
    #expect(value.kindDescription == expected)
  }

  @Test func acceptsAllFourWhitespaceCharactersBetweenTokens() throws {
    let node = try JSONReader.parse("\t[ 1 ,\r\n2\r,\n3 ]\n")
    let items = try #require(node.value.arrayItems)
    #expect(items.map(\.value.numberValue?.text) == ["1", "2", "3"])
    #expect(items.map(\.position.line) == [1, 2, 4])
  }

  @Test func readsAListNestedAsDeepAsTheLimitAllows() throws {
    var limits = JSONLimits.default
    limits.maxDepth = 1_000
    let text = String(repeating: "[", count: 1_000) + "7" + String(repeating: "]", count: 1_000)
    var node = try JSONReader.parse(text, limits: limits)
    var depth = 0
    while case .array(let items) = node.value, let inner = items.first {
      depth += 1
      node = inner
    }
    #expect(depth == 1_000)
    #expect(node.position == firstLine(column: 1_001))
  }
}
