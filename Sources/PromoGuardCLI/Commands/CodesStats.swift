/// `promoguard codes stats FILE`: waits for the CSV reader of branch `pool` (replaced when it is merged).
enum CodesStats {
  /// Refuses: the CSV reader is not in this branch yet.
  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    io.printError("error: codes stats needs the CSV reader, not merged yet")
    return ExitCode.badInput
  }
}
