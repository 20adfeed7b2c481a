import PromoGuard
import Testing

/// The companion-file reader: RFC 4180 fields, separators, plain lists, and every error with its location.
@Suite struct CSVTableTests {
  /// Every row's fields as read, and the problems as `line:column: message`.
  static func read(
    _ text: String, expecting: [String] = ["code"], plain: Bool = true
  ) -> (table: CSVTable, rows: [[String]], places: [[String]], problems: [String]) {
    read(Array(text.utf8), expecting: expecting, plain: plain)
  }

  static func read(
    _ bytes: [UInt8], expecting: [String] = ["code"], plain: Bool = true
  ) -> (table: CSVTable, rows: [[String]], places: [[String]], problems: [String]) {
    var problems = CSVProblems()
    var rows = [[String]]()
    var places = [[String]]()
    let table = CSVTable.read(
      bytes, expecting: expecting, allowsPlainList: plain, problems: &problems
    ) { row, _ in
      rows.append((0..<row.count).map { row.value(at: $0) })
      places.append((0..<row.count).map { "\(row.line(at: $0)):\(row.column(at: $0))" })
    }
    return (
      table, rows, places,
      problems.kept.map { "\($0.line):\($0.column): \($0.message)" }
        + (problems.dropped > 0 ? ["dropped \(problems.dropped)"] : [])
    )
  }

  @Test func quotedFieldsWithQuotesSeparatorsAndLineBreaks() {
    // Line 1 header; line 2 a quoted value with "" and a comma; lines 3–4 one record whose second field spans
    // two lines; line 5 an empty last field.
    let result = Self.read(
      "code,note\r\n\"A\"\"1\",\"x, y\"\r\nB2,\"two\r\nlines\"\r\nC3,\r\n")
    #expect(result.problems == [])
    #expect(result.table.header == ["code", "note"])
    #expect(result.rows == [["A\"1", "x, y"], ["B2", "two\r\nlines"], ["C3", ""]])
    // "B2," is 3 characters, so the quoted field starts at column 4 of line 3.
    #expect(result.places == [["2:1", "2:8"], ["3:1", "3:4"], ["5:1", "5:4"]])
  }

  @Test(arguments: [
    ("code;customer\nA1;c-1\n", UInt8(ascii: ";")),
    ("code\tcustomer\nA1\tc-1\n", UInt8(ascii: "\t")),
    ("code,customer\nA1,c-1\n", UInt8(ascii: ",")),
    // A semicolon inside quotes does not count.
    ("\"a;b;c\",code\nA1,c-1\n", UInt8(ascii: ",")),
  ])
  func theSeparatorIsTheOneUsedMostOnTheHeaderLine(_ text: String, _ separator: UInt8) {
    let result = Self.read(text)
    #expect(result.table.separator == separator)
    #expect(result.rows.count == 1)
    #expect(result.problems == [])
  }

  @Test func aByteOrderMarkIsSkipped() {
    let result = Self.read([0xEF, 0xBB, 0xBF] + Array("code\nA1\n".utf8))
    #expect(result.table.header == ["code"])
    #expect(result.rows == [["A1"]])
  }

  @Test func withoutAHeaderTheFileIsAPlainListAndBlankLinesAreIgnored() {
    // Lines 1, 3 and 5 hold codes; 2 and 4 are blank (one with spaces). A comma is part of the line.
    let result = Self.read("A1\n\nB2,x\n   \nC3")
    #expect(result.table.header == nil)
    #expect(result.rows == [["A1"], ["B2,x"], ["C3"]])
    #expect(result.places == [["1:1"], ["3:1"], ["5:1"]])
    #expect(result.table.rowCount == 3)
  }

  @Test func aHeaderNamesTheColumnIgnoringCase() {
    let result = Self.read("Code,Customer\nA1,c-1\n", expecting: ["code"])
    #expect(result.table.header == ["Code", "Customer"])
    #expect(result.table.column(named: "code") == 0)
    #expect(result.table.column(named: "customer") == 1)
    #expect(result.table.column(named: "expires") == nil)
  }

  @Test(arguments: [
    // The quote opens at line 2, column 4 and never closes.
    (
      "code,note\nA1,\"open\nB2,x\n",
      "2:4: the quote opened here is never closed — add the closing \" (write a quote inside a value as \"\")"
    ),
    // Three fields under a two-column header: "A1,x," is 5 characters, so the third starts at column 6.
    (
      "code,note\nA1,x,y\n",
      "2:6: expected 2 fields as in the header, found 3 — quote a value that contains \",\" with \"…\", or remove the extra field"
    ),
    // "x" after the closing quote at column 5.
    (
      "code,note\n\"A1\"x,y\n",
      "2:5: expected \",\" or the end of the line after the closing quote, found \"x\" — put the whole value inside the quotes"
    ),
    // 0xFF in the second field (column 4) of line 2; written below as bytes.
    (
      "code,note\nA1,\u{FFFD}\n",
      "2:4: this field is not valid UTF-8 (byte 1 of the value, 0xFF) — save the file as UTF-8"
    ),
  ])
  func eachErrorHasItsLineAndColumn(_ text: String, _ expected: String) {
    var bytes = Array(text.utf8)
    // U+FFFD stands for an invalid byte: replace its three bytes by 0xFF.
    if let index = bytes.firstIndex(of: 0xEF), bytes[index + 1] == 0xBF {
      bytes.replaceSubrange(index..<(index + 3), with: [0xFF])
    }
    let result = Self.read(bytes)
    #expect(result.problems == [expected])
  }

  @Test func aLineOver64KiBIsReported() {
    // 65,537 bytes on line 2: one over the 65,536 read.
    let long = String(repeating: "A", count: 65_537)
    let result = Self.read("code\n\(long)\nB2\n")
    #expect(
      result.problems == [
        "2:1: the line is 65537 bytes long, longer than the 64 KiB read — is this a CSV file?"
      ])
    // A line of exactly 65,536 bytes is read.
    #expect(Self.read("code\n\(String(long.dropLast()))\n").problems == [])
  }

  @Test func everyProblemIsReportedCappedAndCounted() {
    // 250 rows with a third field: 200 kept, 50 counted.
    let text = "code,note\n" + String(repeating: "A,b,c\n", count: 250)
    let result = Self.read(text)
    #expect(result.problems.count == 201)
    #expect(result.problems.first?.hasPrefix("2:5: expected 2 fields") == true)
    #expect(result.problems.last == "dropped 50")
    var problems = CSVProblems()
    for line in 1...201 { problems.add(line: line, column: 1, "bad") }
    #expect(
      problems.diagnostics(file: "p.csv", path: "").last?.description
        == "p.csv:200:1: 1 more problems in this file not shown — fix the ones above and run again")
  }

  @Test func aHeaderIsRequiredWhenAPlainListIsNotAllowed() {
    let result = Self.read("c-1\n", expecting: ["customer", "email"], plain: false)
    #expect(
      result.problems == [
        "1:1: expected a header line naming the columns (\"customer\", \"email\"), found \"c-1\" — add a header line, or name the file's columns with \"columns\""
      ])
  }

  @Test func fewerFieldsThanTheHeaderReadAsEmpty() {
    let result = Self.read("code,customer,expires\nA1\n")
    #expect(result.problems == [])
    #expect(result.rows == [["A1"]])
  }
}
