internal import PromoGuard

/// The customers of `codes generate --customers FILE`: one code each, so each id may appear once.
enum CustomerList {
  /// Reads the customer ids of `path` (a CSV with the column `column`, or one id a line).
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - column: The customer column's name.
  ///   - io: Where problems are printed.
  /// - Returns: The ids in file order, or `nil` after printing the problems: an unreadable or malformed file,
  ///   an empty id, an id given twice (both lines), or no id at all.
  static func read(_ path: String, column: String, io: inout CommandIO) -> [String]? {
    guard let list = CodeListFile.read(path, column: column, what: "customer", io: &io) else {
      return nil
    }
    guard !list.values.isEmpty else {
      io.printError("error: \(path) holds no customer: nothing to generate")
      return nil
    }
    var first = [String: Int32]()
    first.reserveCapacity(list.values.count)
    var repeated = [String]()
    for (index, id) in list.values.enumerated() {
      if let earlier = first[id] {
        if repeated.count < CSVProblems.maximum {
          repeated.append(
            "\(path):\(list.lines[index]):1: \(column): the customer \"\(id)\" is also on line "
              + "\(earlier) — one code per customer: remove the repeated row")
        }
      } else {
        first[id] = list.lines[index]
      }
    }
    guard repeated.isEmpty else {
      for line in repeated { io.printError(line) }
      io.printError(
        "\(repeated.count == 1 ? "1 problem" : "\(repeated.count) problems") found; nothing was written."
      )
      return nil
    }
    return list.values
  }
}
