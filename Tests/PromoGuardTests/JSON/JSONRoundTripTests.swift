import PromoGuard
import Testing

/// The value of a parsed node as writer input, positions dropped.
private func output(_ node: JSONNode) -> JSONOutput {
  switch node.value {
  case .null: .null
  case .bool(let flag): .bool(flag)
  case .number(let number): .number(number.text)
  case .string(let text): .string(text)
  case .array(let items): .array(items.map(output))
  case .object(let object):
    .object(object.members.map { JSONField(key: $0.key, value: output($0.value)) })
  }
}

@Suite struct JSONRoundTripTests {
  static let value = JSONOutput.object([
    JSONField(key: "text", value: .string("quote \" slash / backslash \\ tab \t nul \u{0} é 😀")),
    JSONField(key: "numbers", value: .array([.number("0"), .number("-12.50"), .number("1.5E-3")])),
    JSONField(key: "flags", value: .array([.bool(true), .bool(false), .null])),
    JSONField(
      key: "nested",
      value: .object([
        JSONField(key: "empty list", value: .array([])),
        JSONField(key: "empty object", value: .object([])),
        JSONField(key: "a", value: .array([.array([.string("deep")])])),
      ])),
    JSONField(key: "text", value: .string("duplicate key, kept")),
  ])

  @Test(arguments: [JSONStyle.pretty, .compact])
  func writtenOutputReadsBackToTheSameValue(style: JSONStyle) throws {
    let text = Self.value.rendered(style)
    let node = try JSONReader.parse(text)
    #expect(output(node) == Self.value)
  }

  @Test func readerValuesWrittenCompactlyAreCharacterForCharacterTheSource() throws {
    let source = #"{"a":[1,-0.50,"\u00e9\n"],"b":{"c":null}}"#
    // The writer writes é as is and \n as \n, so only the \u00e9 escape changes.
    #expect(
      output(try JSONReader.parse(source)).rendered(.compact)
        == #"{"a":[1,-0.50,"é\n"],"b":{"c":null}}"#)
  }

  @Test func prettyOutputPositionsAreOnTheLinesItWrites() throws {
    let text = JSONOutput.object([JSONField(key: "a", value: .array([.number("7")]))]).rendered(
      .pretty)
    // {\n  "a": [\n    7\n  ]\n}
    let member = try #require(try JSONReader.parse(text).value.objectMembers?.first)
    #expect(member.keyPosition == SourcePosition(line: 2, column: 3, offset: 4))
    let item = try #require(member.value.value.arrayItems?.first)
    #expect(item.position == SourcePosition(line: 3, column: 5, offset: 15))
  }
}
