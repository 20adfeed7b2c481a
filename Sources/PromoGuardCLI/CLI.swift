internal import PromoGuard

/// The `promoguard` command line: argument parsing, reading files, rendering and exit codes.
public enum CommandLineTool: Sendable {
  /// Runs the command with `arguments` (without the program name) and returns the exit code.
  ///
  /// - Parameter arguments: The command-line arguments after the program name.
  /// - Returns: The process exit code: 0 nothing found, 1 findings, 2 bad arguments or input.
  public static func run(_ arguments: [String]) -> Int32 {
    print("promoguard \(PromoGuardVersion.current)")
    return 0
  }
}
