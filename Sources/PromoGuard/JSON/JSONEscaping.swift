/// Writing strings as JSON string literals, for the writer and for error messages.
enum JSONEscaping {
  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  /// Appends `text` as a JSON string literal, escaped per RFC 8259.
  ///
  /// `"` and `\` are escaped, control characters become `\n \r \t \b \f` or `\u00XX`, and
  /// everything else (`/` and non-ASCII characters included) is written as UTF-8 as is.
  static func appendQuoted(_ text: some StringProtocol, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x00..<0x20:
        output.append(contentsOf: Array(#"\u00"#.utf8))
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0F)])
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// `text` as a JSON string literal for an error message, shortened to about 40 characters.
  static func quotedForMessage(_ text: String) -> String {
    var output: [UInt8] = []
    appendQuoted(shortenedForMessage(text), to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// `text` itself when it is short, otherwise its first 40 characters followed by `…`.
  static func shortenedForMessage(_ text: String) -> String {
    let limit = 40
    guard text.unicodeScalars.count > limit else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…"
  }
}
