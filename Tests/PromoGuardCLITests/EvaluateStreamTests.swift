import Foundation
import Testing

@testable import PromoGuardCLI

@Suite(.timeLimit(.minutes(2))) struct EvaluateStreamTests {
  static let checkout =
    #"{"currency": "USD", "lines": [{"sku": "A", "unitPrice": "30.00", "quantity": 2}], "#
    + #""at": "2026-01-01T00:00:00Z", "codes": ["ten"]}"#
  static let quote =
    #"{"currency":"USD","subtotal":"60.00","discount":"10.00","shipping":"0.00","#
    + #""shippingDiscount":"0.00","total":"50.00","lines":[{"sku":"A","quantity":2,"#
    + #""unitPrice":"30.00","subtotal":"60.00","discount":"10.00","total":"50.00"}],"#
    + #""applied":[{"campaign":"ten-off","code":"TEN","discount":"10.00","#
    + #""shippingDiscount":"0.00"}],"codes":[{"entered":"ten","campaign":"ten-off","#
    + #""status":"applied","message":"$10 off orders over $50: you save $10.00"}]}"#

  @Test func answersEachLineInOrderAndKeepsServingAfterBadLines() throws {
    let path = try EvaluateCommandTests.campaignFile()
    let input = [
      #"{"id": 1, "checkout": \#(Self.checkout)}"#,
      "not json",
      "",
      #"{"id": "b", "checkout": {"currency": "USD", "lines": [{"sku": "A", "unitPrice": "1.234"}]}}"#,
      #"{"id": [1], "checkout": \#(Self.checkout)}"#,
      #"{"id": 5, "session": "j1", "step": 2, "checkout": \#(Self.checkout)}"#,
    ].joined(separator: "\n")
    let run = CLIRun(["evaluate", "--campaigns", path, "--stream"], standardInput: input)
    #expect(run.exitCode == 0)
    #expect(run.standardError == "")
    let expected = [
      #"{"id":1,"quote":\#(Self.quote)}"#,
      #"{"id":null,"error":{"message":"expected a JSON value, found not without quotes — keys and "#
        + #"strings use double quotes \"like this\"","path":"","line":2,"column":1}}"#,
      #"{"id":"b","error":{"message":"US dollars have 2 decimal places; \"1.234\" has 3 — write "#
        + #"\"1.23\" or \"1.24\"","path":"checkout.lines[0].unitPrice","line":4,"column":81}}"#,
      #"{"id":null,"error":{"message":"expected the request's id as a string or a number, found a "#
        + #"list","path":"id","line":5,"column":8}}"#,
      #"{"id":5,"quote":\#(Self.quote)}"#,
    ]
    #expect(run.standardOutput.split(separator: "\n").map(String.init) == expected)
  }

  @Test func skipsALineOverTheLimitWithAnErrorResponse() throws {
    let path = try EvaluateCommandTests.campaignFile()
    let long =
      #"{"id": 1, "checkout": {"currency": "USD", "lines": []"# + String(repeating: " ", count: 500)
      + "}}"
    let run = CLIRun(
      ["evaluate", "--campaigns", path, "--stream", "--max-line-bytes", "300"],
      standardInput: long + "\n" + #"{"id": 2, "checkout": \#(Self.checkout)}"#)
    #expect(run.exitCode == 0)
    let lines = run.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(
      lines.first
        == #"{"id":null,"error":{"message":"the request is longer than 300 bytes and was skipped — "#
        + #"send one request a line, each at most 300 bytes (--max-line-bytes)","path":"","line":1,"#
        + #""column":1}}"#)
    #expect(lines.last == #"{"id":2,"quote":\#(Self.quote)}"#)
  }

  @Test func refusesCheckoutWithStream() throws {
    let path = try EvaluateCommandTests.campaignFile()
    let run = CLIRun(["evaluate", "--campaigns", path, "--stream", "--checkout", "-"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("error: --stream reads the checkouts from standard input"))
  }

  @Test func lineReaderSplitsChunksSkipsLongLinesAndReadsTheLastLine() {
    var chunks: [[UInt8]] = ["ab", "c\r\nxxxxxxxx", "xxxx", "xx\nd", "e\n\nf"].map {
      Array($0.utf8)
    }
    var reader = LineReader(maximumLineBytes: 4) {
      chunks.isEmpty ? [] : chunks.removeFirst()
    }
    var events = [LineReader.Event]()
    while let event = reader.next() { events.append(event) }
    #expect(
      events == [
        .line(Array("abc".utf8), lineNumber: 1), .tooLong(lineNumber: 2),
        .line(Array("de".utf8), lineNumber: 3), .line([], lineNumber: 4),
        .line(Array("f".utf8), lineNumber: 5),
      ])
  }

  /// The real binary through pipes: each response arrives before the next request is written.
  @Test func theBuiltToolAnswersThroughPipesLineByLine() throws {
    let tool = try #require(PipedChild.tool, "build the package first: no .build/debug/promoguard")
    let path = try EvaluateCommandTests.campaignFile()
    let child = try PipedChild(tool, ["evaluate", "--campaigns", path, "--stream"])
    defer { child.end() }
    child.write(#"{"id": 1, "checkout": \#(Self.checkout)}"# + "\n")
    #expect(child.readLine() == #"{"id":1,"quote":\#(Self.quote)}"#)
    child.write("{\"id\": 2,\n")
    #expect(child.readLine()?.hasPrefix(#"{"id":null,"error":{"message":"#) == true)
    child.write(#"{"id": "three", "checkout": \#(Self.checkout)}"# + "\n")
    #expect(child.readLine() == #"{"id":"three","quote":\#(Self.quote)}"#)
    child.closeInput()
    #expect(child.readLine() == nil)
    #expect(child.exitStatus() == 0)
  }
}
