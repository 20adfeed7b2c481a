/// The exit codes of every command (DESIGN.md): 0 nothing found, 1 findings, 2 bad arguments or input.
enum ExitCode {
  /// Nothing found, or only findings the files expect.
  static let success: Int32 = 0
  /// Findings.
  static let findings: Int32 = 1
  /// Bad arguments or bad input.
  static let badInput: Int32 = 2
}
