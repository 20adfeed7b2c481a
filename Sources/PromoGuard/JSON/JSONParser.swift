/// The state of one parse: the input, the read position, and the line bookkeeping behind source
/// positions.
///
/// Lists and objects are read with an explicit stack of open containers instead of recursion, so
/// the depth of the input never reaches the call stack.
struct JSONParser {
  /// An open list or object, with what has been read of it so far.
  private struct Container {
    var isObject: Bool
    var start: SourcePosition
    var items: [JSONNode] = []
    var members: [JSONMember] = []
    /// The key of the member whose value is being read (objects only).
    var key = ""
    var keyPosition: SourcePosition

    var closer: UInt8 { isObject ? UInt8(ascii: "}") : UInt8(ascii: "]") }

    /// The slot of the value being read or just read.
    var slot: JSONSlot { isObject ? .member(key: key) : .item(items.count + 1) }

    mutating func add(_ node: JSONNode) {
      if isObject {
        members.append(JSONMember(key: key, keyPosition: keyPosition, value: node))
      } else {
        items.append(node)
      }
    }

    var node: JSONNode {
      JSONNode(
        value: isObject ? .object(JSONObject(members: members)) : .array(items), position: start)
    }
  }

  let bytes: [UInt8]
  let limits: JSONLimits
  /// The index of the next byte to read.
  var index: Int
  /// The current line number.
  private var line = 1
  /// The offset where the current line starts.
  private var lineStart: Int
  /// A known column on the current line, so that computing positions left to right costs O(n) in
  /// all.
  private var knownColumnOffset: Int
  private var knownColumn = 1

  init(bytes: [UInt8], limits: JSONLimits) {
    self.bytes = bytes
    self.limits = limits
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    index = start
    lineStart = start
    knownColumnOffset = start
  }

  /// The byte at `offset`, or `nil` past the end.
  func byte(at offset: Int) -> UInt8? {
    offset >= 0 && offset < bytes.count ? bytes[offset] : nil
  }

  /// The byte at the read position, or `nil` at the end.
  var current: UInt8? { byte(at: index) }

  /// The position of `offset`, which must be on the current line (every caller's is: line breaks
  /// are only read as whitespace, between tokens).
  mutating func position(at offset: Int) -> SourcePosition {
    if offset < knownColumnOffset {
      knownColumnOffset = lineStart
      knownColumn = 1
    }
    var column = knownColumn
    var scan = knownColumnOffset
    let end = min(offset, bytes.count)
    while scan < end {
      if bytes[scan] & 0xC0 != 0x80 { column += 1 }  // count scalars: skip UTF-8 continuation bytes
      scan += 1
    }
    knownColumnOffset = scan
    knownColumn = column
    return SourcePosition(line: line, column: column, offset: offset)
  }

  /// Skips spaces, tabs and line breaks (LF, CRLF, CR); refuses comments.
  mutating func skipWhitespace() throws(JSONSyntaxError) {
    while let byte = current {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        index += 1
      case UInt8(ascii: "\n"):
        index += 1
        startLine()
      case UInt8(ascii: "\r"):
        index += 1
        if current == UInt8(ascii: "\n") { index += 1 }
        startLine()
      case UInt8(ascii: "/"):
        let next = self.byte(at: index + 1)
        if next == UInt8(ascii: "/") || next == UInt8(ascii: "*") {
          throw JSONSyntaxError.comment(at: position(at: index))
        }
        return
      default:
        return
      }
    }
  }

  private mutating func startLine() {
    line += 1
    lineStart = index
    knownColumnOffset = index
    knownColumn = 1
  }

  /// Reads the whole document.
  mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
    guard bytes.count <= limits.maxBytes else {
      throw JSONSyntaxError.fileTooLarge(byteCount: bytes.count, limit: limits.maxBytes)
    }
    try skipWhitespace()
    guard index < bytes.count else { throw JSONSyntaxError.emptyFile(at: position(at: index)) }

    var stack: [Container] = []
    var slot = JSONSlot.document
    reading: while true {
      // A value is expected at `index` (whitespace skipped) for `slot`.
      let startPosition = position(at: index)
      var completed: JSONNode
      switch current {
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        let isObject = current == UInt8(ascii: "{")
        guard stack.count < limits.maxDepth else {
          throw JSONSyntaxError.tooDeep(
            isObject: isObject, limit: limits.maxDepth, at: startPosition)
        }
        index += 1
        try skipWhitespace()
        var container = Container(
          isObject: isObject, start: startPosition, keyPosition: startPosition)
        if current == container.closer {
          index += 1
          completed = container.node
        } else {
          if isObject { (container.key, container.keyPosition) = try parseKey() }
          slot = container.slot
          stack.append(container)
          continue reading
        }
      default:
        completed = try parseScalar(slot)
      }

      // Hand the completed value to the containers it closes, until one expects another value.
      while true {
        guard var container = stack.popLast() else {
          try skipWhitespace()
          if index < bytes.count {
            let position = position(at: index)
            throw JSONSyntaxError.textAfterDocument(found: try foundCharacter(), at: position)
          }
          return completed
        }
        let finishedSlot = container.slot
        container.add(completed)
        let valueEndLine = line
        try skipWhitespace()
        let separatorPosition = position(at: index)
        if current == UInt8(ascii: ",") {
          index += 1
          try skipWhitespace()
          if current == container.closer {
            throw JSONSyntaxError.trailingComma(
              closer: Unicode.Scalar(container.closer), at: separatorPosition)
          }
          if container.isObject { (container.key, container.keyPosition) = try parseKey() }
          slot = container.slot
          stack.append(container)
          continue reading
        } else if current == container.closer {
          index += 1
          completed = container.node
        } else {
          throw JSONSyntaxError.expectedCommaOrClose(
            after: finishedSlot, isObject: container.isObject, containerStart: container.start,
            found: try foundCharacter(), isOnLaterLine: separatorPosition.line > valueEndLine,
            at: separatorPosition)
        }
      }
    }
  }

  /// Reads `"key":` and the whitespace after it; the read position is at the key's opening quote.
  private mutating func parseKey() throws(JSONSyntaxError) -> (String, SourcePosition) {
    let keyPosition = position(at: index)
    guard current == UInt8(ascii: "\"") else {
      throw JSONSyntaxError.expectedKey(found: try foundWordOrCharacter(), at: keyPosition)
    }
    let key = try parseString(openingQuote: keyPosition)
    try skipWhitespace()
    guard current == UInt8(ascii: ":") else {
      let position = position(at: index)
      throw JSONSyntaxError.expectedColon(afterKey: key, found: try foundCharacter(), at: position)
    }
    index += 1
    try skipWhitespace()
    return (key, keyPosition)
  }

  /// Reads a string, number, `true`, `false` or `null` starting at the read position.
  private mutating func parseScalar(_ slot: JSONSlot) throws(JSONSyntaxError) -> JSONNode {
    let start = position(at: index)
    guard let byte = current else {
      throw JSONSyntaxError.expectedValue(slot, found: .endOfFile, at: start)
    }
    switch byte {
    case UInt8(ascii: "\""):
      return JSONNode(value: .string(try parseString(openingQuote: start)), position: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(value: .number(try parseNumber(slot, start: start)), position: start)
    case UInt8(ascii: "+"), UInt8(ascii: "."):
      try refuseNumberStart(slot, start: start)
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
      let word = scanWord(from: index)
      let value: JSONValue? =
        switch word {
        case "true": .bool(true)
        case "false": .bool(false)
        case "null": .null
        default: nil
        }
      if let value {
        index += word.utf8.count
        return JSONNode(value: value, position: start)
      }
      throw JSONSyntaxError.expectedValue(slot, found: .word(word), at: start)
    default:
      break
    }
    throw JSONSyntaxError.expectedValue(slot, found: try foundCharacter(), at: start)
  }
}
