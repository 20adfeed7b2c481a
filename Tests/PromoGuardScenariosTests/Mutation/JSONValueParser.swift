/// A small JSON reader for the suite's campaign files: fast in debug builds and exact about whole numbers.
struct JSONValueParser {
  /// Why a text is not JSON.
  struct Failure: Error, CustomStringConvertible {
    /// What was wrong, and at which scalar offset.
    var description: String
  }

  /// The text's Unicode scalars.
  private let scalars: [Unicode.Scalar]
  /// The next scalar to read.
  private var position = 0

  /// Reads a whole JSON text.
  ///
  /// - Parameter text: The text.
  /// - Returns: Its value.
  /// - Throws: `Failure` when the text is not one JSON value.
  static func parse(_ text: String) throws -> JSONValue {
    var parser = JSONValueParser(scalars: Array(text.unicodeScalars))
    let value = try parser.value()
    parser.skipWhitespace()
    guard parser.position == parser.scalars.count else {
      throw parser.failure("text after the value")
    }
    return value
  }

  /// Creates a parser at the start of the scalars.
  private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

  /// A failure at the current position.
  private func failure(_ what: String) -> Failure {
    Failure(description: "\(what) at scalar \(position)")
  }

  /// The next scalar, without reading it.
  private var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  /// Skips spaces, tabs and line breaks.
  private mutating func skipWhitespace() {
    while let scalar = next, [" ", "\n", "\r", "\t"].contains(scalar) { position += 1 }
  }

  /// Reads one scalar, which must be `expected`.
  private mutating func expect(_ expected: Unicode.Scalar) throws {
    skipWhitespace()
    guard next == expected else { throw failure("expected \"\(expected)\"") }
    position += 1
  }

  /// Reads a literal word (`true`, `false`, `null`).
  private mutating func word(_ word: String) throws {
    for scalar in word.unicodeScalars {
      guard next == scalar else { throw failure("expected \(word)") }
      position += 1
    }
  }

  /// Reads any value.
  private mutating func value() throws -> JSONValue {
    skipWhitespace()
    switch next {
    case "{": return try object()
    case "[": return try array()
    case "\"": return .string(try string())
    case "t":
      try word("true")
      return .bool(true)
    case "f":
      try word("false")
      return .bool(false)
    case "n":
      try word("null")
      return .null
    default: return try number()
    }
  }

  /// Reads an object.
  private mutating func object() throws -> JSONValue {
    try expect("{")
    var members = [String: JSONValue]()
    skipWhitespace()
    if next == "}" {
      position += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      let key = try string()
      try expect(":")
      members[key] = try value()
      skipWhitespace()
      if next == "," {
        position += 1
        continue
      }
      try expect("}")
      return .object(members)
    }
  }

  /// Reads a list.
  private mutating func array() throws -> JSONValue {
    try expect("[")
    var elements = [JSONValue]()
    skipWhitespace()
    if next == "]" {
      position += 1
      return .array(elements)
    }
    while true {
      elements.append(try value())
      skipWhitespace()
      if next == "," {
        position += 1
        continue
      }
      try expect("]")
      return .array(elements)
    }
  }

  /// Reads a string literal.
  private mutating func string() throws -> String {
    try expect("\"")
    var text = String.UnicodeScalarView()
    while let scalar = next {
      position += 1
      switch scalar {
      case "\"": return String(text)
      case "\\":
        guard let escaped = next else { throw failure("unfinished escape") }
        position += 1
        switch escaped {
        case "n": text.append("\n")
        case "r": text.append("\r")
        case "t": text.append("\t")
        case "b": text.append("\u{8}")
        case "f": text.append("\u{c}")
        case "u":
          var code = try hexQuad()
          if (0xD800..<0xDC00).contains(code) {
            try word("\\u")
            code = 0x10000 + (code - 0xD800) << 10 + (try hexQuad() - 0xDC00)
          }
          guard let decoded = Unicode.Scalar(code) else { throw failure("bad \\u escape") }
          text.append(decoded)
        default: text.append(escaped)
        }
      default: text.append(scalar)
      }
    }
    throw failure("unfinished string")
  }

  /// Reads four hexadecimal digits.
  private mutating func hexQuad() throws -> UInt32 {
    var code: UInt32 = 0
    for _ in 0..<4 {
      guard let scalar = next, let digit = Int(String(scalar), radix: 16) else {
        throw failure("expected a hexadecimal digit")
      }
      code = code * 16 + UInt32(digit)
      position += 1
    }
    return code
  }

  /// Reads a number: a whole number when it has no fraction or exponent.
  private mutating func number() throws -> JSONValue {
    let start = position
    while let scalar = next, "+-0123456789.eE".unicodeScalars.contains(scalar) { position += 1 }
    let literal = String(String.UnicodeScalarView(scalars[start..<position]))
    if let whole = Int(literal) { return .integer(whole) }
    if let fraction = Double(literal) { return .double(fraction) }
    throw failure("expected a value")
  }
}
