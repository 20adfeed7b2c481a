import Foundation

/// Writes a report to a file (`--output`).
enum ReportFile {
  /// Writes `text` to `path` (relative to `workingDirectory` unless absolute).
  ///
  /// - Returns: Whether the file was written.
  static func write(_ text: String, to path: String, workingDirectory: String) -> Bool {
    let full = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    return FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
  }
}
