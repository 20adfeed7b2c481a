/// The customers of `codes generate --customers FILE`: waits for the CSV reader of branch `pool`.
enum CustomerList {
  /// Refuses: the CSV reader is not in this branch yet.
  static func read(_ path: String, column: String, io: inout CommandIO) -> [String]? {
    io.printError("error: --customers needs the CSV reader, not merged yet")
    return nil
  }
}
