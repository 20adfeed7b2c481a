import Foundation

/// A progress line on standard error, rewritten in place (used only when standard error is a terminal).
final class ProgressLine: Sendable {
  /// Shows how many scenarios ran.
  func show(done: Int, total: Int) {
    let shown = min(done, total)
    FileHandle.standardError.write(Data("\r\u{1B}[Kchecking: \(shown)/\(total) scenarios".utf8))
  }

  /// Removes the line.
  func clear() {
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
