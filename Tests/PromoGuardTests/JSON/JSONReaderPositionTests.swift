import PromoGuard
import Testing

@Suite struct JSONReaderPositionTests {
  /// Six lines: LF, a multi-byte key, a tab, CRLF, an emoji, a lone CR, nesting.
  ///
  /// ```
  /// line 1 (offset 0)   {
  /// line 2 (offset 2)     "Été": "ok",
  /// line 3 (offset 19)  \t"tab":\t2,\r\n
  /// line 4 (offset 31)    "list": ["😀", 7],\r
  /// line 5 (offset 54)    "deep": {"x": [null]}
  /// line 6 (offset 75)  }
  /// ```
  static let document =
    "{\n  \"Été\": \"ok\",\n\t\"tab\":\t2,\r\n  \"list\": [\"😀\", 7],\r  \"deep\": {\"x\": [null]}\n}"

  @Test func topLevelObjectStartsAtLineOneColumnOne() throws {
    let node = try JSONReader.parse(Self.document)
    #expect(node.position == SourcePosition(line: 1, column: 1, offset: 0))
  }

  @Test func keysAndValuesAfterMultiByteCharactersCountScalarsInColumnsAndBytesInOffsets() throws {
    let members = try #require(try JSONReader.parse(Self.document).value.objectMembers)
    try #require(members.count == 4)
    #expect(members[0].key == "Été")
    #expect(members[0].keyPosition == SourcePosition(line: 2, column: 3, offset: 4))
    // "Été" is 3 scalars but 5 bytes: the value is 2 bytes further in offset than in column.
    #expect(members[0].value.position == SourcePosition(line: 2, column: 10, offset: 13))
  }

  @Test func tabCountsAsOneColumn() throws {
    let members = try #require(try JSONReader.parse(Self.document).value.objectMembers)
    try #require(members.count == 4)
    #expect(members[1].keyPosition == SourcePosition(line: 3, column: 2, offset: 20))
    #expect(members[1].value.position == SourcePosition(line: 3, column: 9, offset: 27))
  }

  @Test func crlfIsOneLineBreakAndEmojiIsOneColumn() throws {
    let members = try #require(try JSONReader.parse(Self.document).value.objectMembers)
    try #require(members.count == 4)
    #expect(members[2].keyPosition == SourcePosition(line: 4, column: 3, offset: 33))
    #expect(members[2].value.position == SourcePosition(line: 4, column: 11, offset: 41))
    let items = try #require(members[2].value.value.arrayItems)
    #expect(
      items.map(\.position) == [
        SourcePosition(line: 4, column: 12, offset: 42),
        SourcePosition(line: 4, column: 17, offset: 50),
      ])
  }

  @Test func loneCarriageReturnStartsALineAndNestedValuesHavePositions() throws {
    let members = try #require(try JSONReader.parse(Self.document).value.objectMembers)
    try #require(members.count == 4)
    #expect(members[3].keyPosition == SourcePosition(line: 5, column: 3, offset: 56))
    #expect(members[3].value.position == SourcePosition(line: 5, column: 11, offset: 64))
    let inner = try #require(members[3].value.value.objectMembers?.first)
    #expect(inner.keyPosition == SourcePosition(line: 5, column: 12, offset: 65))
    #expect(inner.value.position == SourcePosition(line: 5, column: 17, offset: 70))
    let null = try #require(inner.value.value.arrayItems?.first)
    #expect(
      null == JSONNode(value: .null, position: SourcePosition(line: 5, column: 18, offset: 71)))
  }

  @Test func byteOrderMarkIsSkippedAndNotCountedAsAColumn() throws {
    let node = try JSONReader.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
    #expect(node.position == SourcePosition(line: 1, column: 1, offset: 3))
    let member = try #require(node.value.objectMembers?.first)
    #expect(member.keyPosition == SourcePosition(line: 1, column: 2, offset: 4))
    #expect(member.value.position == SourcePosition(line: 1, column: 7, offset: 9))
  }

  @Test func errorAfterMultiByteCharacterPointsAtTheRightColumn() throws {
    let error = try #require(syntaxError(#"["é" 1]"#))
    #expect(error.position == SourcePosition(line: 1, column: 6, offset: 6))
  }

  @Test func errorOnSecondLineAfterCRLFCountsFromThatLine() throws {
    let error = try #require(syntaxError("{\r\n\"é\": x}"))
    #expect(error.position == SourcePosition(line: 2, column: 6, offset: 9))
    #expect(
      error.message
        == #"expected a value for "é", found x without quotes — keys and strings use double quotes "like this""#
    )
  }

  @Test func topLevelScalarPositionSkipsLeadingWhitespace() throws {
    let node = try JSONReader.parse("\n\n   42  ")
    #expect(node.position == SourcePosition(line: 3, column: 4, offset: 5))
  }

  @Test func positionsOrderByOffsetAndPrintAsLineColon() {
    let early = SourcePosition(line: 2, column: 9, offset: 10)
    let late = SourcePosition(line: 3, column: 1, offset: 11)
    #expect(early < late)
    #expect(!(late < early))
    #expect(late.description == "3:1")
  }

  @Test func errorDescriptionIsLineColonColumnThenMessage() {
    let error = JSONSyntaxError(
      position: SourcePosition(line: 3, column: 15, offset: 40), message: "this is wrong")
    #expect(error.description == "3:15: this is wrong")
  }
}
