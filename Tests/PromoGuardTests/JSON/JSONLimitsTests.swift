import PromoGuard
import Testing

@Suite struct JSONLimitsTests {
  static func limits(_ change: (inout JSONLimits) -> Void) -> JSONLimits {
    var limits = JSONLimits.default
    change(&limits)
    return limits
  }

  @Test func defaultsAreTheDocumentedValues() {
    let limits = JSONLimits.default
    #expect(limits.maxDepth == 64)
    #expect(limits.maxBytes == 33_554_432)
    #expect(limits.maxStringBytes == 1_048_576)
    #expect(limits.maxNumberLength == 64)
    #expect(limits.maxExponentMagnitude == 1_000)
    #expect(JSONLimits() == limits)
  }

  @Test func nestingUpToTheDepthLimitIsAccepted() throws {
    let limits = Self.limits { $0.maxDepth = 3 }
    let node = try JSONReader.parse("[[[1]]]", limits: limits)
    #expect(node.position == firstLine(column: 1))
  }

  @Test func listNestedDeeperThanTheLimitIsRefusedAtItsBracket() throws {
    let error = try #require(syntaxError("[[[[1]]]]", limits: Self.limits { $0.maxDepth = 3 }))
    #expect(error.position == firstLine(column: 4))
    #expect(
      error.message
        == "this list is nested more than 3 levels deep, the limit — flatten the structure")
  }

  @Test func objectNestedDeeperThanTheLimitIsRefusedAtItsBrace() throws {
    let text = #"{"a":{"b":{"c":{}}}}"#
    let error = try #require(syntaxError(text, limits: Self.limits { $0.maxDepth = 3 }))
    #expect(error.position == firstLine(column: 16))
    #expect(
      error.message
        == "this object is nested more than 3 levels deep, the limit — flatten the structure")
  }

  @Test func defaultDepthAllowsSixtyFourLevelsAndRefusesTheSixtyFifth() throws {
    let sixtyFour = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(throws: Never.self) { try JSONReader.parse(sixtyFour) }
    let sixtyFive = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    let error = try #require(syntaxError(sixtyFive))
    #expect(error.position == firstLine(column: 65))
  }

  @Test func hostileNestingIsRefusedWithoutExhaustingTheStack() throws {
    let error = try #require(syntaxError(String(repeating: "[", count: 1_000_000)))
    #expect(error.position == firstLine(column: 65))
  }

  @Test func documentLargerThanMaxBytesIsRefusedAtTheStart() throws {
    let limits = Self.limits { $0.maxBytes = 10 }
    #expect(throws: Never.self) { try JSONReader.parse(#"["123456"]"#, limits: limits) }
    let error = try #require(syntaxError(#"["1234567"]"#, limits: limits))
    #expect(error.position == firstLine(column: 1))
    #expect(
      error.message
        == "the file is 11 bytes, more than the limit of 10 bytes — split it into smaller files")
  }

  @Test func stringLongerThanTheLimitIsRefusedAtItsOpeningQuote() throws {
    let limits = Self.limits { $0.maxStringBytes = 5 }
    #expect(throws: Never.self) { try JSONReader.parse(#"["abcde"]"#, limits: limits) }
    let error = try #require(syntaxError(#"["abcdef"]"#, limits: limits))
    #expect(error.position == firstLine(column: 2))
    #expect(error.message == "this string is longer than the limit of 5 bytes — shorten it")
  }

  @Test func stringLimitCountsBytesAndAppliesToKeys() throws {
    let limits = Self.limits { $0.maxStringBytes = 5 }
    // "ééé" is three characters but six bytes.
    let value = try #require(syntaxError(#"["ééé"]"#, limits: limits))
    #expect(value.position == firstLine(column: 2))
    let key = try #require(syntaxError(#"{"abcdef": 1}"#, limits: limits))
    #expect(key.position == firstLine(column: 2))
    #expect(key.message == "this string is longer than the limit of 5 bytes — shorten it")
  }

  @Test func numberLongerThanTheLimitIsRefused() throws {
    let limits = Self.limits { $0.maxNumberLength = 5 }
    #expect(throws: Never.self) { try JSONReader.parse("[12345, -1234]", limits: limits) }
    let error = try #require(syntaxError("[123456]", limits: limits))
    #expect(error.position == firstLine(column: 2))
    #expect(error.message == "this number has 6 characters, more than the limit of 5 — shorten it")
  }

  @Test func defaultNumberLengthRefusesSixtyFiveDigits() throws {
    #expect(throws: Never.self) { try JSONReader.parse(String(repeating: "9", count: 64)) }
    let error = try #require(syntaxError(String(repeating: "9", count: 65)))
    #expect(
      error.message == "this number has 65 characters, more than the limit of 64 — shorten it")
  }

  @Test(arguments: [
    "1e1001", "1e-1001", "1e99999", "1E+0000002000",
  ])
  func exponentBeyondTheLimitIsRefused(text: String) throws {
    let error = try #require(syntaxError(text))
    #expect(error.position == firstLine(column: 1))
    #expect(
      error.message
        == "the exponent of \(text) is larger than the limit of 1000 — write the number with a smaller exponent"
    )
  }

  @Test func exponentWithTooManyDigitsForAnIntIsRefusedNotACrash() throws {
    let text = "1e" + String(repeating: "9", count: 60)
    let limits = Self.limits { $0.maxExponentMagnitude = .max }
    let error = try #require(syntaxError(text, limits: limits))
    #expect(error.position == firstLine(column: 1))
  }

  @Test func exponentAtTheLimitIsAccepted() throws {
    let number = try #require(try JSONReader.parse("[1e1000, 1e-1000]").value.arrayItems)
    #expect(number.map(\.value.numberValue?.decimalExponent) == [1_000, -1_000])
  }
}
