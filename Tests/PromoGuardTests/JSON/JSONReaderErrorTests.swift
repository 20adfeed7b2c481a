import PromoGuard
import Testing

@Suite struct JSONReaderErrorTests {
  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: [UInt8]
    var position: SourcePosition
    var message: String
    var testDescription: String { name }

    /// A case whose error is on line 1, with the position written out by hand.
    init(_ name: String, _ text: String, at position: SourcePosition, _ message: String) {
      self.name = name
      self.input = Array(text.utf8)
      self.position = position
      self.message = message
    }

    /// A case whose error is on line 1 of an ASCII text (so offset = column - 1).
    init(_ name: String, _ text: String, column: Int, _ message: String) {
      self.init(name, text, at: firstLine(column: column), message)
    }

    /// A case given as raw bytes.
    init(_ name: String, bytes: [UInt8], at position: SourcePosition, _ message: String) {
      self.name = name
      self.input = bytes
      self.position = position
      self.message = message
    }
  }

  static let numbers = #"numbers are written like 12, 12.5 or "12.50""#
  static let quotes = #"keys and strings use double quotes "like this""#
  static let anyValue =
    #"write a value such as "text", 12, true, false, null, a list [ ] or an object { }"#
  static let curly =
    #"keys and strings use plain double quotes "like this", not curly quotes “like this”"#

  static let structure: [ErrorCase] = [
    ErrorCase(
      "missing comma between members on two lines",
      "{\n  \"percentOff\": 20\n  \"code\": \"X\"\n}",
      at: SourcePosition(line: 3, column: 3, offset: 23),
      #"expected "," or "}" after the value of "percentOff", found "\"" — is a comma missing at the end of the previous line?"#
    ),
    ErrorCase(
      "missing comma between list items on one line", "[1, 2, 3 4]", column: 10,
      #"expected "," or "]" after item 3 of the list, found "4" — is a comma missing before it?"#),
    ErrorCase(
      "missing comma between list items on two lines", "[\n  \"a\"\n  \"b\"\n]",
      at: SourcePosition(line: 3, column: 3, offset: 10),
      #"expected "," or "]" after item 1 of the list, found "\"" — is a comma missing at the end of the previous line?"#
    ),
    ErrorCase(
      "list closed with a brace", #"{"a": [1}"#, column: 9,
      #"expected "," or "]" after item 1 of the list, found "}" — close the list that starts at line 1, column 7 with "]""#
    ),
    ErrorCase(
      "file ends inside an object", #"{"a": 1"#, column: 8,
      #"expected "," or "}" after the value of "a", found the end of the file — close the object that starts at line 1, column 1 with "}""#
    ),
    ErrorCase(
      "colon inside a list", #"["a": 1]"#, column: 5,
      #"expected "," or "]" after item 1 of the list, found ":" — a list holds values only; for "key": value pairs use an object { }"#
    ),
    ErrorCase(
      "trailing comma in an object points at the comma", "{\n  \"a\": 1,\n}",
      at: SourcePosition(line: 2, column: 9, offset: 10),
      #"found "}" right after "," — remove the comma after the last item"#),
    ErrorCase(
      "trailing comma in a list", "[1, 2,]", column: 6,
      #"found "]" right after "," — remove the comma after the last item"#),
    ErrorCase(
      "line comment", "{\n  // note\n  \"a\": 1\n}",
      at: SourcePosition(line: 2, column: 3, offset: 4),
      "JSON does not allow comments — remove this comment"),
    ErrorCase(
      "block comment", "[1 /* x */]", column: 4,
      "JSON does not allow comments — remove this comment"),
    ErrorCase(
      "missing colon", #"{"code" "X"}"#, column: 9,
      #"expected ":" after the key "code", found "\"" — write a colon between the key and its value, like "code": value"#
    ),
    ErrorCase(
      "equals sign instead of colon", #"{"code" = 1}"#, column: 9,
      #"expected ":" after the key "code", found "=" — write a colon between the key and its value, like "code": value"#
    ),
    ErrorCase(
      "member without a value", #"{"a": }"#, column: 7,
      #"expected a value for "a", found "}" — \#(anyValue)"#),
    ErrorCase(
      "list starting with a comma", "[,1]", column: 2,
      #"expected a value for item 1 of the list, found "," — \#(anyValue)"#),
    ErrorCase(
      "number as a key", "{1: 2}", column: 2,
      #"expected a key in double quotes, found "1" — each member of an object is written "key": value"#
    ),
    ErrorCase(
      "file ends after a comma in an object", #"{"a": 1,"#, column: 9,
      "expected a key in double quotes, found the end of the file — is the file complete?"),
    ErrorCase(
      "file ends after a colon", #"{"a":"#, column: 6,
      #"expected a value for "a", found the end of the file — is the file complete?"#),
    ErrorCase(
      "text after the document", #"{"a": 1} x"#, column: 10,
      #"unexpected text after the end of the JSON document: found "x" — a file holds a single JSON value; remove this text or move it inside that value"#
    ),
    ErrorCase(
      "one closing brace too many", #"{"a": 1}}"#, column: 9,
      #"unexpected text after the end of the JSON document: found "}" — nothing is open here to close; remove it"#
    ),
    ErrorCase(
      "empty file", "", column: 1, "the file is empty — a campaign file starts with {"),
    ErrorCase(
      "file with only whitespace", "  \n ", at: SourcePosition(line: 2, column: 2, offset: 4),
      "the file is empty — a campaign file starts with {"),
    ErrorCase(
      "file with only a byte order mark", bytes: [0xEF, 0xBB, 0xBF],
      at: SourcePosition(line: 1, column: 1, offset: 3),
      "the file is empty — a campaign file starts with {"),
  ]

  static let quotingAndWords: [ErrorCase] = [
    ErrorCase(
      "single-quoted value", #"{"code": 'X'}"#, column: 10,
      #"expected a value for "code", found "'" — \#(quotes)"#),
    ErrorCase(
      "single-quoted key", "{'code': 1}", column: 2,
      #"expected a key in double quotes, found "'" — \#(quotes)"#),
    ErrorCase(
      "unquoted key", "{code: 1}", column: 2,
      #"expected a key in double quotes, found code without quotes — \#(quotes)"#),
    ErrorCase(
      "unquoted string value", #"{"code": SPRING-10}"#, column: 10,
      #"expected a value for "code", found SPRING-10 without quotes — \#(quotes)"#),
    ErrorCase(
      "curly quotes around a key", "{“code”: 1}", at: SourcePosition(line: 1, column: 2, offset: 1),
      #"expected a key in double quotes, found "“" — \#(curly)"#),
    ErrorCase(
      "curly quotes around a value", "[“x”]", at: SourcePosition(line: 1, column: 2, offset: 1),
      #"expected a value for item 1 of the list, found "“" — \#(curly)"#),
    ErrorCase(
      "capitalised True", "[True]", column: 2,
      "expected a value for item 1 of the list, found True — write true, false and null in lower case"
    ),
    ErrorCase(
      "NaN", #"{"p": NaN}"#, column: 7,
      #"expected a value for "p", found NaN — JSON has no NaN or Infinity; \#(numbers)"#),
    ErrorCase(
      "Infinity at the top level", "Infinity", column: 1,
      "expected a JSON value, found Infinity — JSON has no NaN or Infinity; \(numbers)"),
    ErrorCase(
      "-Infinity", "[-Infinity]", column: 2,
      "expected a value for item 1 of the list, found -Infinity — JSON has no NaN or Infinity; \(numbers)"
    ),
  ]

  static let numberForms: [ErrorCase] = [
    ErrorCase(
      "leading zero", #"{"zip": 012}"#, column: 9,
      #"the number 012 has a leading zero — \#(numbers); put it in quotes ("012") if the zeros matter"#
    ),
    ErrorCase(
      "plus sign", "[+1]", column: 2,
      #"the number +1 starts with "+" — \#(numbers), without a plus sign"#),
    ErrorCase(
      "no digit before the point", "[.5]", column: 2,
      "the number .5 has no digit before the point — write a 0 before it, like 0.5; \(numbers)"),
    ErrorCase(
      "minus then point", "[-.5]", column: 2,
      "the number -.5 has no digit before the point — write a 0 before it, like 0.5; \(numbers)"),
    ErrorCase(
      "no digit after the point", "[1.]", column: 2,
      "the number 1. has no digit after the point — add a digit after it or remove the point; \(numbers)"
    ),
    ErrorCase(
      "hexadecimal", "[0x1F]", column: 2,
      "the number 0x1F is hexadecimal, which JSON does not allow — \(numbers)"),
    ErrorCase(
      "exponent without digits", "[1e]", column: 2,
      #"the number 1e has no digits after the "e" — write the exponent's digits, like 1e3; \#(numbers)"#
    ),
    ErrorCase(
      "exponent sign without digits", "[1e+]", column: 2,
      #"the number 1e+ has no digits after the "e" — write the exponent's digits, like 1e3; \#(numbers)"#
    ),
    ErrorCase(
      "unit after a number", "[12px]", column: 2,
      #"12px is not a valid number — \#(numbers); put text in quotes, like "12px""#),
    ErrorCase(
      "two points", "[1.2.3]", column: 2,
      #"1.2.3 is not a valid number — \#(numbers); put text in quotes, like "1.2.3""#),
    ErrorCase(
      "minus alone", "[-]", column: 3,
      #"expected a digit after "-", found "]" — numbers are written like 12, -12.5 or "12.50""#),
  ]

  static let strings: [ErrorCase] = [
    ErrorCase(
      "unterminated string points at its opening quote", #"{"name": "Spring sale}"#, column: 10,
      #"this string has no closing quote — add " where the string ends"#),
    ErrorCase(
      "file ends right after a backslash", #"["a\"#, column: 2,
      #"this string has no closing quote — add " where the string ends"#),
    ErrorCase(
      "line break inside a string", "{\"name\": \"Spring\nsale\"}", column: 17,
      #"a string cannot continue onto the next line: close it with " or write \n"#),
    ErrorCase(
      "carriage return inside a string", "\"a\rb\"", column: 3,
      #"a string cannot continue onto the next line: close it with " or write \n"#),
    ErrorCase(
      "tab inside a string", "\"a\tb\"", column: 3,
      #"a string cannot contain a raw tab character: write \t instead"#),
    ErrorCase(
      "other control character inside a string", "\"a\u{01}\"", column: 3,
      #"a string cannot contain the control character U+0001: remove it or write \u0001"#),
    ErrorCase(
      "invalid escape", #""C:\Users""#, column: 4,
      #"\U is not a valid escape — to write a backslash, write \\; the escapes are \" \\ \/ \b \f \n \r \t and \u with four hexadecimal digits"#
    ),
    ErrorCase(
      "short unicode escape", #""\u12G4""#, column: 2,
      #"\u must be followed by four hexadecimal digits (0-9, A-F), like \u00E9"#),
    ErrorCase(
      "lone high surrogate", #""\uD83D!""#, column: 2,
      #"\uD83D is the first half of a UTF-16 surrogate pair, but the second half (\uDC00 to \uDFFF) does not follow — write the character itself, or both halves like \uD83D\uDE00"#
    ),
    ErrorCase(
      "high surrogate followed by another escape", #""\ud83d\u0041""#, column: 2,
      #"\ud83d is the first half of a UTF-16 surrogate pair, but the second half (\uDC00 to \uDFFF) does not follow — write the character itself, or both halves like \uD83D\uDE00"#
    ),
    ErrorCase(
      "lone low surrogate", #""x\uDE00""#, column: 3,
      #"\uDE00 is the second half of a UTF-16 surrogate pair, but the first half (\uD800 to \uDBFF) is missing — write the character itself, or both halves like \uD83D\uDE00"#
    ),
  ]

  static let notUTF8 = "the file is not valid UTF-8 at this byte — save it as UTF-8"

  static let encoding: [ErrorCase] = [
    ErrorCase(
      "invalid continuation byte in a string", bytes: [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D],
      at: SourcePosition(line: 1, column: 3, offset: 2), notUTF8),
    ErrorCase(
      "stray byte after a valid two-byte character", bytes: [0x22, 0xC3, 0xA9, 0xFF, 0x22],
      at: SourcePosition(line: 1, column: 3, offset: 3), notUTF8),
    ErrorCase(
      "overlong encoding of a slash", bytes: [0x22, 0xC0, 0xAF, 0x22],
      at: SourcePosition(line: 1, column: 2, offset: 1), notUTF8),
    ErrorCase(
      "UTF-8 encoded surrogate", bytes: [0x22, 0xED, 0xA0, 0x80, 0x22],
      at: SourcePosition(line: 1, column: 2, offset: 1), notUTF8),
    ErrorCase(
      "code point above U+10FFFF", bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],
      at: SourcePosition(line: 1, column: 2, offset: 1), notUTF8),
    ErrorCase(
      "truncated sequence at the end of the file", bytes: [0x22, 0xE2, 0x82],
      at: SourcePosition(line: 1, column: 2, offset: 1), notUTF8),
    ErrorCase(
      "invalid byte outside a string", bytes: [0xFF],
      at: SourcePosition(line: 1, column: 1, offset: 0), notUTF8),
    ErrorCase(
      "invalid byte where a comma belongs", bytes: [0x5B, 0x31, 0x80, 0x5D],
      at: SourcePosition(line: 1, column: 3, offset: 2), notUTF8),
  ]

  @Test(arguments: structure + quotingAndWords + numberForms + strings + encoding)
  func reportsPositionAndPlainMessage(_ testCase: ErrorCase) throws {
    let error = try #require(syntaxError(bytes: testCase.input))
    #expect(error.message == testCase.message)
    #expect(error.position == testCase.position)
  }

  @Test func longKeysAreShortenedInMessages() throws {
    let key = String(repeating: "k", count: 45)
    let error = try #require(syntaxError(#"{"\#(key)": 1 2}"#))
    let shown = String(repeating: "k", count: 40) + "…"
    #expect(
      error.message
        == #"expected "," or "}" after the value of "\#(shown)", found "2" — is a comma missing before it?"#
    )
  }
}
