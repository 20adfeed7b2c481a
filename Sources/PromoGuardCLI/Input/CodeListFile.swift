import Foundation
internal import PromoGuard

/// One column of a CSV file (or a plain list, one value a line) read for `codes stats` and
/// `codes generate --customers`: each value with its line, or the file's problems rendered with their places.
struct CodeListFile {
  /// The values, trimmed, in file order.
  var values: [String] = []
  /// `lines[i]` is the 1-based line of `values[i]`.
  var lines: [Int32] = []
  /// Whether the file had a header naming the column (otherwise it is a plain list).
  var hasHeader = false

  /// Reads the column `column` of `path` (relative to the working directory unless absolute).
  ///
  /// A file whose first line names the column, or has several fields, is CSV (`,`, `;` or tab, quotes, CRLF:
  /// `CSVTable`), and its header must name the column; otherwise it is a plain list, one value a line, blank
  /// lines ignored. An empty value is a problem.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - column: The column's name (a match ignoring case is accepted when it is the only one).
  ///   - what: What a value is, for messages ("code", "customer").
  ///   - io: Where problems are printed.
  /// - Returns: The values, or `nil` after printing the problems (exit 2).
  static func read(_ path: String, column: String, what: String, io: inout CommandIO)
    -> CodeListFile?
  {
    let full = path.hasPrefix("/") ? path : io.workingDirectory + "/" + path
    if let size = (try? FileManager.default.attributesOfItem(atPath: full))?[.size] as? Int,
      size > CSVTable.maximumBytes
    {
      io.printError(
        "error: \(path) is \(size) bytes, larger than the 1 GiB read — split it into several files")
      return nil
    }
    guard let data = FileManager.default.contents(atPath: full) else {
      io.printError("error: cannot read \(path): check the path and that the file is readable")
      return nil
    }
    let bytes = [UInt8](data)
    let header = CSVTable.header(of: bytes, expecting: [column])
    var list = CodeListFile()
    list.hasHeader = header != nil
    var problems = CSVProblems()
    var index = 0
    if let header {
      guard let found = CSVTable.column(named: column, in: header) else {
        io.printError(
          "\(path):1:1: the header names no column \"\(column)\" (found "
            + header.map { "\"\($0)\"" }.joined(separator: ", ")
            + ") — name the \(what) column with --column")
        io.printError("1 problem found; nothing was run.")
        return nil
      }
      index = found
    }
    _ = CSVTable.read(bytes, expecting: [column], allowsPlainList: true, problems: &problems) {
      row, problems in
      guard let value = row.trimmedValue(at: index) else {
        problems.add(
          line: row.line(at: index), column: row.column(at: index),
          "expected a \(what), found an empty field — fill it in or remove the row")
        return
      }
      list.values.append(value)
      list.lines.append(Int32(truncatingIfNeeded: row.line(at: index)))
    }
    guard problems.isEmpty else {
      let diagnostics = problems.diagnostics(file: path, path: header == nil ? "" : column)
      io.standardError += DiagnosticRenderer(sources: [path: bytes]).render(diagnostics)
      return nil
    }
    return list
  }
}
