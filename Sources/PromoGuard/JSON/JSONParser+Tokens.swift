/// Reading single characters and unquoted words, for literals and for describing what was found.
extension JSONParser {
  /// Decodes the UTF-8 sequence that starts at `offset`, following the well-formed byte sequences
  /// of Unicode's table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF).
  ///
  /// - Throws: ``JSONSyntaxError/invalidUTF8(at:)`` pointing at the sequence's first byte.
  mutating func validUTF8Scalar(
    at offset: Int
  ) throws(JSONSyntaxError) -> (scalar: Unicode.Scalar, length: Int) {
    guard let lead = byte(at: offset) else {
      throw JSONSyntaxError.invalidUTF8(at: position(at: offset))
    }
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default: throw JSONSyntaxError.invalidUTF8(at: position(at: offset))
    }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for continuation in 1..<length {
      let range: ClosedRange<UInt8> = continuation == 1 ? secondRange : 0x80...0xBF
      guard let byte = byte(at: offset + continuation), range.contains(byte) else {
        throw JSONSyntaxError.invalidUTF8(at: position(at: offset))
      }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else {
      throw JSONSyntaxError.invalidUTF8(at: position(at: offset))
    }
    return (scalar, length)
  }

  /// The character at the read position, for a message; `.endOfFile` at the end.
  mutating func foundCharacter() throws(JSONSyntaxError) -> JSONFound {
    guard index < bytes.count else { return .endOfFile }
    return .character(try validUTF8Scalar(at: index).scalar)
  }

  /// The unquoted word at the read position when it starts with a letter, else the character there.
  mutating func foundWordOrCharacter() throws(JSONSyntaxError) -> JSONFound {
    if let byte = current, Self.isLetter(byte) { return .word(scanWord(from: index)) }
    return try foundCharacter()
  }

  /// The run of ASCII letters, digits, `_`, `-`, `.` and `$` starting at `offset`: an unquoted word
  /// such as `true`, `SPRING-10` or `NaN`.
  func scanWord(from offset: Int) -> String {
    var end = offset
    while let byte = byte(at: end), Self.isWordByte(byte) { end += 1 }
    return String(decoding: bytes[offset..<end], as: UTF8.self)
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "$")
  }
}
