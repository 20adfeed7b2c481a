import PromoGuard
import Testing

@Suite struct JSONOutputTests {
  static let quote = JSONOutput.object([
    JSONField(key: "currency", value: .string("USD")),
    JSONField(
      key: "lines",
      value: .array([
        .object([
          JSONField(key: "sku", value: .string("A")),
          JSONField(key: "quantity", value: .number("1")),
        ])
      ])),
    JSONField(key: "empty", value: .array([])),
    JSONField(key: "none", value: .object([])),
    JSONField(key: "ok", value: .bool(true)),
    JSONField(key: "note", value: .null),
  ])

  @Test func prettyIndentsTwoSpacesOneMemberPerLine() {
    let expected = """
      {
        "currency": "USD",
        "lines": [
          {
            "sku": "A",
            "quantity": 1
          }
        ],
        "empty": [],
        "none": {},
        "ok": true,
        "note": null
      }
      """
    #expect(Self.quote.rendered(.pretty) == expected)
  }

  @Test func compactHasNoWhitespace() {
    #expect(
      Self.quote.rendered(.compact)
        == #"{"currency":"USD","lines":[{"sku":"A","quantity":1}],"empty":[],"none":{},"ok":true,"note":null}"#
    )
  }

  @Test func keysKeepTheGivenOrder() {
    let output = JSONOutput.object([
      JSONField(key: "z", value: .number("1")), JSONField(key: "a", value: .number("2")),
    ])
    #expect(output.rendered(.compact) == #"{"z":1,"a":2}"#)
  }

  @Test func numbersAreWrittenAsTheirExactText() {
    let output = JSONOutput.array([.number("12.50"), .number("-0"), .number("1e400")])
    #expect(output.rendered(.compact) == "[12.50,-0,1e400]")
  }

  @Test func scalarsAndEmptyContainersRenderTheSameInBothStyles() {
    for style in [JSONStyle.pretty, .compact] {
      #expect(JSONOutput.null.rendered(style) == "null")
      #expect(JSONOutput.bool(false).rendered(style) == "false")
      #expect(JSONOutput.array([]).rendered(style) == "[]")
      #expect(JSONOutput.object([]).rendered(style) == "{}")
    }
  }

  @Test func prettyListOfScalarsHasOneItemPerLineAndNoTrailingNewline() {
    #expect(JSONOutput.array([.number("1"), .null]).rendered(.pretty) == "[\n  1,\n  null\n]")
  }

  @Test func stringsAreEscapedPerRFC8259() {
    let text = "a\"b\\c/d\n\r\t\u{08}\u{0C}\u{01}\u{1F}é😀"
    let expected = #""a\"b\\c/d\n\r\t\b\f\u0001\u001Fé😀""#
    #expect(JSONOutput.string(text).rendered(.compact) == expected)
  }

  @Test func keysAreEscapedToo() {
    let output = JSONOutput.object([JSONField(key: "say \"hi\"\n", value: .null)])
    #expect(output.rendered(.pretty) == "{\n  \"say \\\"hi\\\"\\n\": null\n}")
  }
}
