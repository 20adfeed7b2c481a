internal import PromoGuard

/// Renders load problems like a compiler.
///
/// Each problem is `file:line:col: path: message`, then the line with a caret under the column, so a person sees
/// exactly where to look.
struct DiagnosticRenderer {
  /// The bytes of each file read, by path, to quote the offending line.
  var sources: [String: [UInt8]]

  /// The problems, each with its quoted line, then a count.
  func render(_ diagnostics: [Diagnostic]) -> String {
    var text = ""
    for diagnostic in diagnostics {
      text += diagnostic.description + "\n"
      if let line = sourceLine(diagnostic.file, diagnostic.line) {
        text += "  " + line + "\n"
        text += "  " + String(repeating: " ", count: max(0, diagnostic.column - 1)) + "^\n"
      }
    }
    let count = diagnostics.count
    text +=
      count == 1
      ? "1 problem found; nothing was run.\n" : "\(count) problems found; nothing was run.\n"
    return text
  }

  private func sourceLine(_ file: String, _ number: Int) -> String? {
    guard let bytes = sources[file], number >= 1 else { return nil }
    var line = 1
    var start = 0
    var index = 0
    while index < bytes.count && line < number {
      if bytes[index] == UInt8(ascii: "\n") {
        line += 1
        start = index + 1
      }
      index += 1
    }
    guard line == number, start <= bytes.count else { return nil }
    var end = start
    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r")
    {
      end += 1
    }
    let text = String(decoding: bytes[start..<end], as: UTF8.self)
      .replacingTabs()
    guard text.count <= 200 else { return nil }
    return text
  }
}

extension String {
  /// Tabs as single spaces, so the caret lines up (columns count a tab as one).
  fileprivate func replacingTabs() -> String {
    String(map { $0 == "\t" ? " " : $0 })
  }
}
