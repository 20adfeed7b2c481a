/// The exit codes of every command (DESIGN.md): 0 nothing found, 1 findings, 2 bad arguments or input, and for
/// `check` 3 when it did not finish (some campaigns untested, nothing failed).
enum ExitCode {
  /// Nothing found, or only findings the files expect.
  static let success: Int32 = 0
  /// Findings.
  static let findings: Int32 = 1
  /// Bad arguments or bad input.
  static let badInput: Int32 = 2
  /// `check` did not finish: some campaign ran fewer scenarios than its boundary set, and none failed.
  static let untested: Int32 = 3
}
