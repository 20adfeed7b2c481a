/// A small RFC 4180 reader for the companion files of a campaign: code pools and recipient lists.
///
/// Reads UTF-8 (a byte order mark is skipped) with `,`, `;` or tab between fields — whichever appears most on
/// the header line — fields quoted with `"` (a quote inside written `""`, line breaks allowed inside quotes),
/// and CRLF or LF line ends. Every field is reported with its 1-based line and column. The first non-blank line
/// is a header when it has several fields or names one of the expected columns; otherwise the file is, when
/// allowed, read as a plain list: one value a line, blank lines ignored.
///
/// Problems are collected, not thrown: an unterminated quote, a row with more fields than the header, text after
/// a closing quote, a line over 64 KiB, invalid UTF-8, a file over 1 GiB or over 20,000,000 rows. At most
/// ``CSVProblems/maximum`` are kept; the rest are counted.
///
/// ```swift
/// var problems = CSVProblems()
/// let table = CSVTable.read(bytes, expecting: ["code", "customer"], allowsPlainList: true,
///                           problems: &problems) { row, problems in
///   print(row.line, row.value(at: 0))
/// }
/// ```
///
/// - Complexity: O(*n*) in the bytes; rows are streamed, never all kept.
package struct CSVTable: Sendable, Hashable {
  /// The header's names in file order; `nil` for a plain list.
  package var header: [String]?
  /// The field separator found on the header line.
  package var separator: UInt8
  /// The rows read after the header (blank lines not counted).
  package var rowCount: Int

  /// The largest file read: 1 GiB.
  package static let maximumBytes = 1 << 30
  /// The most rows read.
  package static let maximumRows = 20_000_000
  /// The longest line: 64 KiB.
  package static let maximumLineBytes = 65_536

  /// The index of the header column named `name`: an exact match, else the one match ignoring case.
  ///
  /// - Parameter name: A column name.
  /// - Returns: The 0-based index, or `nil` when no column (or more than one ignoring case) has that name.
  package func column(named name: String) -> Int? {
    guard let header else { return nil }
    if let exact = header.firstIndex(of: name) { return exact }
    let lowered = name.lowercased()
    let matches = header.indices.filter { header[$0].lowercased() == lowered }
    return matches.count == 1 ? matches[0] : nil
  }

  /// Reads `bytes`, calling `body` with each row after the header.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - expecting: Column names; the first line is a header when it names one of them or has several fields.
  ///   - allowsPlainList: Whether a file without such a header is read as one value a line; otherwise it is a
  ///     problem.
  ///   - problems: Receives every problem, with its line and column.
  ///   - body: Called with each row (header excluded, blank lines skipped) and `problems`.
  /// - Returns: The header, separator and row count.
  package static func read(
    _ bytes: [UInt8], expecting: [String], allowsPlainList: Bool, problems: inout CSVProblems,
    _ body: (borrowing CSVRow, inout CSVProblems) -> Void
  ) -> CSVTable {
    var table = CSVTable(header: nil, separator: UInt8(ascii: ","), rowCount: 0)
    guard bytes.count <= maximumBytes else {
      problems.add(
        line: 1, column: 1,
        "the file is \(bytes.count) bytes, larger than the 1 GiB read — split it into several files"
      )
      return table
    }
    /// Counts `row` and hands it to `body`; past the most rows, reports it and says to stop.
    func take(_ row: borrowing CSVRow, counted unit: String) -> Bool {
      guard table.rowCount < maximumRows else {
        problems.add(
          line: row.line, column: 1,
          "more than \(maximumRows) \(unit) — split the file into several files")
        return false
      }
      table.rowCount += 1
      body(row, &problems)
      return true
    }
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
      table.separator = detectSeparator(buffer, from: start)
      var parser = CSVParser(buffer: buffer, position: start, separator: table.separator)
      var row = CSVRow()
      // The header, or the first row of a plain list.
      var headerFields: [String]?
      while parser.hasMore {
        parser.readRecord(into: &row, problems: &problems)
        if row.isBlank { continue }
        headerFields = (0..<row.count).map { row.value(at: $0).trimmedSpaces }
        break
      }
      guard let headerFields else { return }
      let expected = Set(expecting.map { $0.lowercased() })
      let isHeader =
        headerFields.count > 1 || headerFields.contains { expected.contains($0.lowercased()) }
      if isHeader {
        table.header = headerFields
        var seen = [String: Int]()
        for (index, name) in headerFields.enumerated() {
          if let first = seen[name], !name.isEmpty {
            problems.add(
              line: row.line, column: row.column(at: index),
              "the column \(FoundValue.quoted(name)) is named twice (first as column \(first + 1)) — "
                + "rename or remove one")
          }
          seen[name] = index
        }
        let width = headerFields.count
        while parser.hasMore {
          parser.readRecord(into: &row, problems: &problems)
          if row.isBlank || row.isBroken { continue }
          if row.count > width {
            problems.add(
              line: row.line, column: row.column(at: width),
              "expected \(width) fields as in the header, found \(row.count) — quote a value that "
                + "contains \(describe(table.separator)) with \"…\", or remove the extra field")
            continue
          }
          guard take(row, counted: "rows") else { return }
        }
      } else {
        guard allowsPlainList else {
          problems.add(
            line: row.line, column: 1,
            "expected a header line naming the columns (\(expecting.map { "\"\($0)\"" }.joined(separator: ", "))), "
              + "found \(FoundValue.quoted(headerFields.joined(separator: String(Unicode.Scalar(table.separator))))) "
              + "— add a header line, or name the file's columns with \"columns\"")
          return
        }
        // A plain list: one value a line, the whole line (surrounding spaces removed).
        var lines = CSVParser(buffer: buffer, position: start, separator: 0)
        while lines.hasMore {
          lines.readLine(into: &row, problems: &problems)
          if row.isBlank { continue }
          guard take(row, counted: "lines") else { return }
        }
      }
    }
    return table
  }

  /// The first non-blank line's fields when there are several or they name one of `expecting` (ignoring case),
  /// else `nil`: what ``read(_:expecting:allowsPlainList:problems:_:)`` will take as the header.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - expecting: Column names.
  /// - Returns: The header's names, surrounding spaces removed.
  package static func header(of bytes: [UInt8], expecting: [String]) -> [String]? {
    guard bytes.count <= maximumBytes else { return nil }
    return bytes.withUnsafeBufferPointer { buffer -> [String]? in
      var start = 0
      if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
      var parser = CSVParser(
        buffer: buffer, position: start, separator: detectSeparator(buffer, from: start))
      var row = CSVRow()
      var ignored = CSVProblems()
      while parser.hasMore {
        parser.readRecord(into: &row, problems: &ignored)
        if row.isBlank { continue }
        let fields = (0..<row.count).map { row.value(at: $0).trimmedSpaces }
        let expected = Set(expecting.map { $0.lowercased() })
        let isHeader = fields.count > 1 || fields.contains { expected.contains($0.lowercased()) }
        return isHeader ? fields : nil
      }
      return nil
    }
  }

  /// The index of `name` in `header`: an exact match, else the one match ignoring case.
  package static func column(named name: String, in header: [String]) -> Int? {
    CSVTable(header: header, separator: 0, rowCount: 0).column(named: name)
  }

  private static func describe(_ separator: UInt8) -> String {
    switch separator {
    case UInt8(ascii: ";"): return "\";\""
    case UInt8(ascii: "\t"): return "a tab"
    default: return "\",\""
    }
  }

  /// The separator used most on the first line (outside quotes): `,` when none appears.
  private static func detectSeparator(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int)
    -> UInt8
  {
    var counts = (comma: 0, semicolon: 0, tab: 0)
    var inQuotes = false
    var index = start
    while index < buffer.count, index - start < maximumLineBytes {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\"") {
        inQuotes.toggle()
      } else if !inQuotes {
        if byte == UInt8(ascii: "\n") { break }
        switch byte {
        case UInt8(ascii: ","): counts.comma += 1
        case UInt8(ascii: ";"): counts.semicolon += 1
        case UInt8(ascii: "\t"): counts.tab += 1
        default: break
        }
      }
      index += 1
    }
    if counts.semicolon > counts.comma, counts.semicolon >= counts.tab { return UInt8(ascii: ";") }
    if counts.tab > counts.comma, counts.tab > counts.semicolon { return UInt8(ascii: "\t") }
    return UInt8(ascii: ",")
  }
}

/// The problems found in one companion file: at most ``maximum`` kept in file order, the rest counted.
package struct CSVProblems: Sendable, Hashable {
  /// One problem: where and what.
  package struct Problem: Sendable, Hashable {
    /// 1-based line.
    package var line: Int
    /// 1-based column (in characters).
    package var column: Int
    /// What was expected, what was found, what to do.
    package var message: String
  }

  /// The most problems kept.
  package static let maximum = 200
  /// The problems kept.
  package private(set) var kept: [Problem] = []
  /// Problems found beyond ``maximum``.
  package private(set) var dropped = 0

  /// Creates an empty collection.
  package init() {}

  /// Whether no problem was found.
  package var isEmpty: Bool { kept.isEmpty }

  /// Records a problem; the message is built only when it is kept.
  package mutating func add(line: Int, column: Int, _ message: @autoclosure () -> String) {
    guard kept.count < Self.maximum else {
      dropped += 1
      return
    }
    kept.append(Problem(line: line, column: column, message: message()))
  }

  /// The problems as diagnostics of `file`, with a last line counting those not shown.
  ///
  /// - Parameters:
  ///   - file: The file's path as shown.
  ///   - path: The JSON path of the key that names the file, shown with each diagnostic.
  /// - Returns: The diagnostics.
  package func diagnostics(file: String, path: String) -> [Diagnostic] {
    var result = kept.map {
      Diagnostic(file: file, line: $0.line, column: $0.column, path: path, message: $0.message)
    }
    if dropped > 0, let last = kept.last {
      result.append(
        Diagnostic(
          file: file, line: last.line, column: last.column, path: "",
          message:
            "\(dropped) more problems in this file not shown — fix the ones above and run again"))
    }
    return result
  }
}

/// One row of a companion file: its fields (quotes removed), each with its line and column.
package struct CSVRow: ~Copyable {
  /// The line the row starts on.
  package fileprivate(set) var line = 0
  /// The field values' bytes, back to back.
  fileprivate var bytes: [UInt8] = []
  /// Where each field starts in `bytes`, and one past the last.
  fileprivate var ends: [Int] = [0]
  /// Each field's line and column.
  fileprivate var places: [(line: Int, column: Int)] = []
  /// Whether the row ended in an unterminated quote (already reported), so its values are not to be used.
  fileprivate var isBroken = false

  /// The number of fields.
  package var count: Int { places.count }

  /// Whether the row is an empty line.
  package var isBlank: Bool { places.count <= 1 && bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

  /// Field `index` as text; `""` past the last field.
  package func value(at index: Int) -> String {
    guard index < places.count else { return "" }
    return String(decoding: bytes[ends[index]..<ends[index + 1]], as: UTF8.self)
  }

  /// Field `index`'s value, surrounding spaces and tabs removed; `nil` when empty or past the last field.
  package func trimmedValue(at index: Int) -> String? {
    guard let range = trimmedRange(at: index) else { return nil }
    return String(decoding: bytes[range], as: UTF8.self)
  }

  /// Calls `body` with field `index`'s bytes, surrounding spaces and tabs removed (empty past the last).
  package func withTrimmedBytes<Result>(
    at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let range = trimmedRange(at: index) ?? 0..<0
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// The 1-based line field `index` starts on (the row's line past the last field).
  package func line(at index: Int) -> Int {
    index < places.count ? places[index].line : line
  }

  /// The 1-based column field `index` starts at (one past the row's end past the last field).
  package func column(at index: Int) -> Int {
    if index < places.count { return places[index].column }
    return (places.last?.column ?? 0) + 1
  }

  private func trimmedRange(at index: Int) -> Range<Int>? {
    guard index < places.count else { return nil }
    var lower = ends[index]
    var upper = ends[index + 1]
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }

  fileprivate mutating func reset(line: Int) {
    self.line = line
    isBroken = false
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    ends.append(0)
    places.removeAll(keepingCapacity: true)
  }

  fileprivate mutating func endField() { ends.append(bytes.count) }
}

extension String {
  /// The string without surrounding spaces and tabs.
  fileprivate var trimmedSpaces: String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(scalars)
  }
}

/// The byte-level reader behind ``CSVTable``.
private struct CSVParser {
  let buffer: UnsafeBufferPointer<UInt8>
  var position: Int
  let separator: UInt8
  var line = 1
  var lineStart: Int

  init(buffer: UnsafeBufferPointer<UInt8>, position: Int, separator: UInt8) {
    self.buffer = buffer
    self.position = position
    self.separator = separator
    self.lineStart = position
  }

  var hasMore: Bool { position < buffer.count }

  /// The 1-based column of byte `offset` on the current line, in characters (UTF-8 lead bytes).
  func column(of offset: Int) -> Int {
    var column = 1
    var index = lineStart
    while index < offset, index < buffer.count {
      if buffer[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }

  /// Moves past a line end at `position` (LF, CRLF or a lone CR), checking the line's length.
  mutating func newLine(problems: inout CSVProblems) {
    let end = position
    if buffer[position] == 0x0D, position + 1 < buffer.count, buffer[position + 1] == 0x0A {
      position += 2
    } else {
      position += 1
    }
    checkLength(endingAt: end, problems: &problems)
    line += 1
    lineStart = position
  }

  func checkLength(endingAt end: Int, problems: inout CSVProblems) {
    if end - lineStart > CSVTable.maximumLineBytes {
      problems.add(
        line: line, column: 1,
        "the line is \(end - lineStart) bytes long, longer than the 64 KiB read — is this a CSV file?"
      )
    }
  }

  /// Reads one record (one or more lines when quotes hold line breaks) into `row`.
  mutating func readRecord(into row: inout CSVRow, problems: inout CSVProblems) {
    row.reset(line: line)
    var atRecordEnd = false
    while !atRecordEnd {
      let fieldStart = position
      let place = (line: line, column: column(of: fieldStart))
      row.places.append(place)
      let valueStart = row.bytes.count
      if position < buffer.count, buffer[position] == UInt8(ascii: "\"") {
        let quoteLine = line
        let quoteColumn = column(of: position)
        position += 1
        var closed = false
        while position < buffer.count {
          let byte = buffer[position]
          if byte == UInt8(ascii: "\"") {
            if position + 1 < buffer.count, buffer[position + 1] == UInt8(ascii: "\"") {
              row.bytes.append(byte)
              position += 2
              continue
            }
            position += 1
            closed = true
            break
          }
          if byte == 0x0A || byte == 0x0D {
            if byte == 0x0D, position + 1 < buffer.count, buffer[position + 1] == 0x0A {
              row.bytes.append(0x0D)
              position += 1
            }
            row.bytes.append(0x0A)
            newLineInsideQuotes(problems: &problems)
            continue
          }
          row.bytes.append(byte)
          position += 1
        }
        if !closed {
          problems.add(
            line: quoteLine, column: quoteColumn,
            "the quote opened here is never closed — add the closing \" (write a quote inside a value as \"\")"
          )
          position = buffer.count
          row.isBroken = true
          row.endField()
          checkLength(endingAt: position, problems: &problems)
          return
        }
        // After the closing quote: a separator or the line's end.
        if position < buffer.count, buffer[position] != separator, buffer[position] != 0x0A,
          buffer[position] != 0x0D
        {
          problems.add(
            line: line, column: column(of: position),
            "expected \(separator == UInt8(ascii: "\t") ? "a tab" : "\"\(Character(Unicode.Scalar(separator)))\"") "
              + "or the end of the line after the closing quote, found "
              + "\(FoundValue.quoted(String(decoding: [buffer[position]], as: UTF8.self))) — put the whole value "
              + "inside the quotes")
          while position < buffer.count, buffer[position] != separator, buffer[position] != 0x0A,
            buffer[position] != 0x0D
          {
            position += 1
          }
        }
      } else {
        while position < buffer.count {
          let byte = buffer[position]
          if byte == separator || byte == 0x0A || byte == 0x0D { break }
          row.bytes.append(byte)
          position += 1
        }
      }
      checkUTF8(
        row.bytes[valueStart...], line: place.line, column: place.column, problems: &problems)
      row.endField()
      if position >= buffer.count {
        checkLength(endingAt: position, problems: &problems)
        atRecordEnd = true
      } else if buffer[position] == separator {
        position += 1
      } else {
        newLine(problems: &problems)
        atRecordEnd = true
      }
    }
  }

  /// Reads one whole line into `row` as a single field.
  mutating func readLine(into row: inout CSVRow, problems: inout CSVProblems) {
    row.reset(line: line)
    row.places.append((line, 1))
    let start = position
    while position < buffer.count, buffer[position] != 0x0A, buffer[position] != 0x0D {
      position += 1
    }
    row.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<position]))
    checkUTF8(row.bytes[...], line: line, column: 1, problems: &problems)
    row.endField()
    if position < buffer.count {
      newLine(problems: &problems)
    } else {
      checkLength(endingAt: position, problems: &problems)
    }
  }

  private mutating func newLineInsideQuotes(problems: inout CSVProblems) {
    position += 1
    checkLength(endingAt: position - 1, problems: &problems)
    line += 1
    lineStart = position
  }

  /// Reports the first invalid UTF-8 sequence in a field's value.
  private func checkUTF8(
    _ value: ArraySlice<UInt8>, line: Int, column: Int, problems: inout CSVProblems
  ) {
    guard value.contains(where: { $0 >= 0x80 }) else { return }
    if let bad = UTF8Check.firstInvalidOffset(value) {
      problems.add(
        line: line, column: column,
        "this field is not valid UTF-8 (byte \(bad + 1) of the value, 0x"
          + "\(String(value[value.startIndex + bad], radix: 16, uppercase: true))) — save the file as UTF-8"
      )
    }
  }
}

/// UTF-8 validation that says where the first bad byte is.
enum UTF8Check {
  /// The offset (from the slice's start) of the first byte of an invalid sequence, or `nil` when valid.
  static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      let length: Int
      let lowest: UInt32
      switch lead {
      case 0x00...0x7F:
        index += 1
        continue
      case 0xC2...0xDF: (length, lowest) = (2, 0x80)
      case 0xE0...0xEF: (length, lowest) = (3, 0x800)
      case 0xF0...0xF4: (length, lowest) = (4, 0x10000)
      default: return index - bytes.startIndex
      }
      guard index + length <= bytes.endIndex else { return index - bytes.startIndex }
      var scalar = UInt32(lead) & (0xFF >> (length + 1))
      for next in (index + 1)..<(index + length) {
        let byte = bytes[next]
        guard byte & 0xC0 == 0x80 else { return index - bytes.startIndex }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
      }
      guard scalar >= lowest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
        return index - bytes.startIndex
      }
      index += length
    }
    return nil
  }
}
