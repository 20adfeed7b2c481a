internal import PromoGuard

/// Renders load problems like a compiler.
///
/// Each problem is `file:line:col: path: message`, then the line with a caret under the column, so a person sees
/// exactly where to look.
///
/// - Complexity: O(*b* + *d* log *d*) for *b* bytes of source and *d* diagnostics: each file is read once, up to
///   its last diagnostic, and each quoted line is cut to at most ``maximumExcerptScalars`` characters around
///   the column before it is decoded.
struct DiagnosticRenderer {
  /// The bytes of each file read, by path, to quote the offending line.
  var sources: [String: [UInt8]]

  /// The most characters (Unicode scalars) of a source line quoted under a diagnostic; a longer line is cut
  /// around the column, with `…` where text was left out.
  static let maximumExcerptScalars = 200

  /// The problems, each with its quoted line, then a count (`2 problems found; nothing was run.`).
  ///
  /// - Parameters:
  ///   - diagnostics: The problems.
  ///   - summary: What follows the count; `nothing was run.` unless given.
  /// - Returns: The text, ending with a line break.
  func render(_ diagnostics: [Diagnostic], summary: String = "nothing was run.") -> String {
    let excerpts = self.excerpts(for: diagnostics)
    var text = ""
    for diagnostic in diagnostics {
      text += diagnostic.description + "\n"
      let place = Place(line: diagnostic.line, column: diagnostic.column)
      if let excerpt = excerpts[diagnostic.file]?[place] {
        text += "  " + excerpt.text + "\n"
        text += "  " + String(repeating: " ", count: excerpt.caretOffset) + "^\n"
      }
    }
    let count = diagnostics.count
    text += count == 1 ? "1 problem found; \(summary)\n" : "\(count) problems found; \(summary)\n"
    return text
  }

  /// A line and column in a file.
  struct Place: Hashable, Comparable {
    /// 1-based line.
    var line: Int
    /// 1-based column, in Unicode scalars.
    var column: Int

    /// Reading order.
    static func < (lhs: Place, rhs: Place) -> Bool {
      (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
  }

  /// A quoted stretch of a source line and where the caret goes under it.
  struct Excerpt: Equatable {
    /// The quoted text, control characters shown as spaces, `…` where the line was cut.
    var text: String
    /// How many characters of `text` come before the caret.
    var caretOffset: Int
  }

  /// The excerpt of every diagnostic's place, by file and place: one pass over each file's bytes.
  func excerpts(for diagnostics: [Diagnostic]) -> [String: [Place: Excerpt]] {
    var placesByFile = [String: Set<Place>]()
    for diagnostic in diagnostics where diagnostic.line >= 1 && diagnostic.column >= 1 {
      placesByFile[diagnostic.file, default: []].insert(
        Place(line: diagnostic.line, column: diagnostic.column))
    }
    var result = [String: [Place: Excerpt]]()
    for (file, places) in placesByFile {
      guard let bytes = sources[file] else { continue }
      result[file] = Self.excerpts(of: bytes, at: places.sorted())
    }
    return result
  }

  /// The excerpts at `places` (sorted) in `bytes`, found in one pass up to the last place.
  ///
  /// Lines and columns are counted as the JSON reader counts them: lines end at LF, CRLF or a lone CR;
  /// columns count Unicode scalars (bytes that are not UTF-8 continuation bytes); a byte order mark at the
  /// start is not counted. A place past the end of its line or of the file has no excerpt.
  static func excerpts(of bytes: [UInt8], at places: [Place]) -> [Place: Excerpt] {
    var result = [Place: Excerpt]()
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var column = 1
    var lineStart = index
    var next = 0
    while next < places.count {
      let place = places[next]
      if place.line < line || (place.line == line && place.column <= column) {
        if place.line == line && place.column == column {
          result[place] = excerpt(of: bytes, lineStart: lineStart, offset: index, column: column)
        }
        next += 1
        continue
      }
      guard index < bytes.count else { break }
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
          index += 1
        }
        line += 1
        column = 1
        lineStart = index
        continue
      }
      // Count scalars: the column moves on at the next byte that starts one.
      while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
      column += 1
    }
    return result
  }

  /// The stretch of the line starting at `lineStart` around `offset`, at most ``maximumExcerptScalars``
  /// scalars, cut on scalar boundaries before any decoding.
  private static func excerpt(of bytes: [UInt8], lineStart: Int, offset: Int, column: Int)
    -> Excerpt
  {
    let limit = maximumExcerptScalars
    let before = column - 1
    // Scalars from the column to the end of the line, counted up to one more than the limit.
    var after = 0
    var end = offset
    while end < bytes.count, after <= limit, !isLineBreak(bytes[end]) {
      end += 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      after += 1
    }
    let isWholeLine = after <= limit && before + after <= limit
    if isWholeLine {
      return Excerpt(text: printable(bytes[lineStart..<end]), caretOffset: before)
    }
    let keepAfter = min(after, max(limit / 2, limit - before))
    let keepBefore = min(before, limit - keepAfter)
    var start = offset
    var walked = 0
    while walked < keepBefore, start > lineStart {
      start -= 1
      while start > lineStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      walked += 1
    }
    var stop = offset
    var kept = 0
    while kept < keepAfter, stop < end {
      stop += 1
      while stop < end, bytes[stop] & 0xC0 == 0x80 { stop += 1 }
      kept += 1
    }
    let cutBefore = keepBefore < before
    let cutAfter = keepAfter < after || stop < end
    let text =
      (cutBefore ? "…" : "") + printable(bytes[start..<stop]) + (cutAfter ? "…" : "")
    return Excerpt(text: text, caretOffset: keepBefore + (cutBefore ? 1 : 0))
  }

  /// Whether `byte` ends a line (LF, or CR alone or before LF).
  private static func isLineBreak(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
  }

  /// The bytes as text, with tabs and other control characters as single spaces, so the caret lines up
  /// (columns count a tab as one) and the terminal obeys no escape sequence from the file.
  private static func printable(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      scalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
    }
    return String(scalars)
  }
}
