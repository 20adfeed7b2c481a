/// Reading string literals: escapes, surrogate pairs, UTF-8 validation and the string length limit.
extension JSONParser {
  /// Reads a string literal whose opening quote is at the read position, and moves past its closing
  /// quote.
  mutating func parseString(openingQuote: SourcePosition) throws(JSONSyntaxError) -> String {
    index += 1
    let contentStart = index
    var segmentStart = index
    var unescaped: [UInt8] = []
    var hasEscapes = false
    while true {
      guard let byte = current else { throw JSONSyntaxError.unterminatedString(at: openingQuote) }
      switch byte {
      case UInt8(ascii: "\""):
        guard index - contentStart <= limits.maxStringBytes else {
          throw JSONSyntaxError.stringTooLong(limit: limits.maxStringBytes, at: openingQuote)
        }
        let text: String
        if hasEscapes {
          unescaped.append(contentsOf: bytes[segmentStart..<index])
          text = String(decoding: unescaped, as: UTF8.self)
        } else {
          text = String(decoding: bytes[contentStart..<index], as: UTF8.self)
        }
        index += 1
        return text
      case UInt8(ascii: "\\"):
        unescaped.append(contentsOf: bytes[segmentStart..<index])
        hasEscapes = true
        try readEscape(into: &unescaped, openingQuote: openingQuote)
        segmentStart = index
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        throw JSONSyntaxError.lineBreakInString(at: position(at: index))
      case 0x00..<0x20:
        throw JSONSyntaxError.controlCharacterInString(byte, at: position(at: index))
      case 0x20..<0x80:
        index += 1
      default:
        index += try validUTF8Scalar(at: index).length
      }
    }
  }

  /// Reads the escape whose backslash is at the read position and appends what it stands for.
  private mutating func readEscape(
    into output: inout [UInt8], openingQuote: SourcePosition
  ) throws(JSONSyntaxError) {
    let backslash = index
    guard let escaped = byte(at: index + 1) else {
      throw JSONSyntaxError.unterminatedString(at: openingQuote)
    }
    let simple: UInt8? =
      switch escaped {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): escaped
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      default: nil
      }
    if let simple {
      output.append(simple)
      index += 2
      return
    }
    guard escaped == UInt8(ascii: "u") else {
      let scalar =
        escaped < 0x80 ? Unicode.Scalar(escaped) : try validUTF8Scalar(at: index + 1).scalar
      throw JSONSyntaxError.invalidEscape(scalar, at: position(at: backslash))
    }
    guard let unit = hex4(at: index + 2) else {
      throw JSONSyntaxError.invalidUnicodeEscape(at: position(at: backslash))
    }
    index += 6
    var value = UInt32(unit)
    switch unit {
    case 0xD800...0xDBFF:
      guard byte(at: index) == UInt8(ascii: "\\"), byte(at: index + 1) == UInt8(ascii: "u"),
        let low = hex4(at: index + 2), (0xDC00...0xDFFF).contains(low)
      else {
        throw JSONSyntaxError.loneHighSurrogate(written(backslash), at: position(at: backslash))
      }
      index += 6
      value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
    case 0xDC00...0xDFFF:
      throw JSONSyntaxError.loneLowSurrogate(written(backslash), at: position(at: backslash))
    default:
      break
    }
    // Every value here is a valid scalar (surrogates were combined or refused above).
    if let scalar = Unicode.Scalar(value) {
      UTF8.encode(scalar) { output.append($0) }
    }
  }

  /// The four hexadecimal digits at `offset` as a number, or `nil` when they are not all there.
  private func hex4(at offset: Int) -> UInt16? {
    var value: UInt16 = 0
    for digitOffset in offset..<(offset + 4) {
      guard let byte = byte(at: digitOffset) else { return nil }
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt16(digit)
    }
    return value
  }

  /// The six characters of the `\uXXXX` escape at `offset`, as written.
  private func written(_ offset: Int) -> String {
    String(decoding: bytes[offset..<min(offset + 6, bytes.count)], as: UTF8.self)
  }
}
