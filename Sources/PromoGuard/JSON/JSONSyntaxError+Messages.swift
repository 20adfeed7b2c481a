/// The reader's error messages, one constructor per kind of mistake, worded for the people who
/// write campaign files by hand: what was expected, what was found, and what to do.
extension JSONSyntaxError {
  static let numberForms = #"numbers are written like 12, 12.5 or "12.50""#
  static let quoteForms = #"keys and strings use double quotes "like this""#
  static let curlyQuoteForms =
    #"keys and strings use plain double quotes "like this", not curly quotes “like this”"#
  static let incompleteFile = "is the file complete?"

  // MARK: The file as a whole

  static func emptyFile(at position: SourcePosition) -> Self {
    Self(position: position, message: "the file is empty — a campaign file starts with {")
  }

  static func fileTooLarge(byteCount: Int, limit: Int) -> Self {
    Self(
      position: SourcePosition(line: 1, column: 1, offset: 0),
      message: "the file is \(byteCount) bytes, more than the limit of \(limit) bytes — "
        + "split it into smaller files")
  }

  static func invalidUTF8(at position: SourcePosition) -> Self {
    Self(position: position, message: "the file is not valid UTF-8 at this byte — save it as UTF-8")
  }

  static func comment(at position: SourcePosition) -> Self {
    Self(position: position, message: "JSON does not allow comments — remove this comment")
  }

  static func textAfterDocument(found: JSONFound, at position: SourcePosition) -> Self {
    let hint =
      switch found {
      case .character("}"), .character("]"): "nothing is open here to close; remove it"
      default: "a file holds a single JSON value; remove this text or move it inside that value"
      }
    return Self(
      position: position,
      message:
        "unexpected text after the end of the JSON document: found \(found.description) — \(hint)"
    )
  }

  static func tooDeep(isObject: Bool, limit: Int, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: "this \(isObject ? "object" : "list") is nested more than \(limit) levels deep, "
        + "the limit — flatten the structure")
  }

  // MARK: Structure

  /// A value was expected (at the top level, after `:` or after `[` or `,` in a list).
  static func expectedValue(_ slot: JSONSlot, found: JSONFound, at position: SourcePosition) -> Self
  {
    var foundText = found.description
    let hint: String
    switch found {
    case .endOfFile: hint = incompleteFile
    case .character("'"): hint = quoteForms
    case .word(let word) where ["true", "false", "null"].contains(word.lowercased()):
      hint = "write true, false and null in lower case"
    case .word(let word)
    where ["nan", "infinity", "-infinity", "+infinity", "inf"].contains(word.lowercased()):
      hint = "JSON has no NaN or Infinity; \(numberForms)"
    case .word:
      foundText += " without quotes"
      hint = quoteForms
    case _ where found.isCurlyQuote: hint = curlyQuoteForms
    default:
      hint = #"write a value such as "text", 12, true, false, null, a list [ ] or an object { }"#
    }
    return Self(
      position: position, message: "expected \(slot.expectedValue), found \(foundText) — \(hint)")
  }

  /// A key was expected after `{` or after `,` in an object.
  static func expectedKey(found: JSONFound, at position: SourcePosition) -> Self {
    var foundText = found.description
    let hint: String
    switch found {
    case .endOfFile: hint = incompleteFile
    case .character("'"): hint = quoteForms
    case .word:
      foundText += " without quotes"
      hint = quoteForms
    case _ where found.isCurlyQuote: hint = curlyQuoteForms
    default: hint = #"each member of an object is written "key": value"#
    }
    return Self(
      position: position, message: "expected a key in double quotes, found \(foundText) — \(hint)")
  }

  /// A `:` was expected after a key.
  static func expectedColon(afterKey key: String, found: JSONFound, at position: SourcePosition)
    -> Self
  {
    let quotedKey = JSONEscaping.quotedForMessage(key)
    let hint =
      found == .endOfFile
      ? incompleteFile : "write a colon between the key and its value, like \(quotedKey): value"
    return Self(
      position: position,
      message: "expected \":\" after the key \(quotedKey), found \(found.description) — \(hint)")
  }

  /// A `,` or the closing bracket was expected after a value in a list or object.
  ///
  /// - Parameters:
  ///   - slot: The value just read.
  ///   - isObject: Whether the enclosing container is an object (else a list).
  ///   - containerStart: Where the enclosing container starts.
  ///   - found: What was found instead.
  ///   - isOnLaterLine: Whether `found` is on a later line than the end of the value.
  ///   - position: Where `found` is.
  /// - Returns: The error.
  static func expectedCommaOrClose(
    after slot: JSONSlot, isObject: Bool, containerStart: SourcePosition, found: JSONFound,
    isOnLaterLine: Bool, at position: SourcePosition
  ) -> Self {
    let closer = isObject ? "}" : "]"
    let hint: String
    switch found {
    case .endOfFile, .character("}"), .character("]"):
      hint =
        "close the \(isObject ? "object" : "list") that starts at line \(containerStart.line), "
        + "column \(containerStart.column) with \"\(closer)\""
    case .character(":") where !isObject:
      hint = #"a list holds values only; for "key": value pairs use an object { }"#
    default:
      hint =
        isOnLaterLine
        ? "is a comma missing at the end of the previous line?" : "is a comma missing before it?"
    }
    return Self(
      position: position,
      message:
        "expected \",\" or \"\(closer)\" \(slot.afterValue), found \(found.description) — \(hint)"
    )
  }

  /// A list or object ends with a comma; `position` is the comma's.
  static func trailingComma(closer: Unicode.Scalar, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: "found \"\(closer)\" right after \",\" — remove the comma after the last item")
  }

  // MARK: Strings

  static func unterminatedString(at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: #"this string has no closing quote — add " where the string ends"#)
  }

  static func lineBreakInString(at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: #"a string cannot continue onto the next line: close it with " or write \n"#)
  }

  static func controlCharacterInString(_ byte: UInt8, at position: SourcePosition) -> Self {
    if byte == 0x09 {
      return Self(
        position: position,
        message: #"a string cannot contain a raw tab character: write \t instead"#)
    }
    let code = hex4(UInt16(byte))
    return Self(
      position: position,
      message: "a string cannot contain the control character U+\(code): "
        + "remove it or write \\u\(code)")
  }

  static func invalidEscape(_ escaped: Unicode.Scalar, at position: SourcePosition) -> Self {
    let written =
      escaped.isASCII && escaped.value >= 0x20 && escaped.value < 0x7F
      ? "\\\(escaped)" : "\\ followed by U+\(hex4(UInt16(truncatingIfNeeded: escaped.value)))"
    return Self(
      position: position,
      message: "\(written) is not a valid escape — to write a backslash, write \\\\; "
        + #"the escapes are \" \\ \/ \b \f \n \r \t and \u with four hexadecimal digits"#)
  }

  static func invalidUnicodeEscape(at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: #"\u must be followed by four hexadecimal digits (0-9, A-F), like \u00E9"#)
  }

  static func loneHighSurrogate(_ written: String, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: "\(written) is the first half of a UTF-16 surrogate pair, but the second half "
        + #"(\uDC00 to \uDFFF) does not follow — write the character itself, or both halves like "#
        + #"\uD83D\uDE00"#)
  }

  static func loneLowSurrogate(_ written: String, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: "\(written) is the second half of a UTF-16 surrogate pair, but the first half "
        + #"(\uD800 to \uDBFF) is missing — write the character itself, or both halves like "#
        + #"\uD83D\uDE00"#)
  }

  static func stringTooLong(limit: Int, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: "this string is longer than the limit of \(limit) bytes — shorten it")
  }

  // MARK: Numbers

  static func leadingZero(_ token: String, at position: SourcePosition) -> Self {
    let shown = JSONEscaping.shortenedForMessage(token)
    return Self(
      position: position,
      message: "the number \(shown) has a leading zero — \(numberForms); "
        + "put it in quotes (\"\(shown)\") if the zeros matter")
  }

  static func plusSign(_ token: String, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: "the number \(JSONEscaping.shortenedForMessage(token)) starts with \"+\" — "
        + "\(numberForms), without a plus sign")
  }

  static func leadingPoint(_ token: String, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message:
        "the number \(JSONEscaping.shortenedForMessage(token)) has no digit before the point — "
        + "write a 0 before it, like 0.5; \(numberForms)")
  }

  static func trailingPoint(_ token: String, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message:
        "the number \(JSONEscaping.shortenedForMessage(token)) has no digit after the point — "
        + "add a digit after it or remove the point; \(numberForms)")
  }

  static func missingExponentDigits(_ token: String, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message:
        "the number \(JSONEscaping.shortenedForMessage(token)) has no digits after the \"e\" — "
        + "write the exponent's digits, like 1e3; \(numberForms)")
  }

  static func hexadecimal(_ token: String, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: "the number \(JSONEscaping.shortenedForMessage(token)) is hexadecimal, "
        + "which JSON does not allow — \(numberForms)")
  }

  static func malformedNumber(_ token: String, at position: SourcePosition) -> Self {
    let shown = JSONEscaping.shortenedForMessage(token)
    return Self(
      position: position,
      message: "\(shown) is not a valid number — \(numberForms); "
        + "put text in quotes, like \"\(shown)\"")
  }

  static func expectedDigitAfterMinus(found: JSONFound, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: "expected a digit after \"-\", found \(found.description) — "
        + #"numbers are written like 12, -12.5 or "12.50""#)
  }

  static func numberTooLong(length: Int, limit: Int, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message: "this number has \(length) characters, more than the limit of \(limit) — shorten it")
  }

  static func exponentTooLarge(_ token: String, limit: Int, at position: SourcePosition) -> Self {
    Self(
      position: position,
      message:
        "the exponent of \(JSONEscaping.shortenedForMessage(token)) is larger than the limit of "
        + "\(limit) — write the number with a smaller exponent")
  }

  /// Four upper-case hexadecimal digits.
  private static func hex4(_ value: UInt16) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
