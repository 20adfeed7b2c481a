internal import PromoGuard

/// The text and JSON of `promoguard codes stats`.
struct CodeStatsReport {
  /// The file as given.
  let file: String
  /// The code column, or `nil` for a plain list.
  let column: String?
  /// What was measured.
  let stats: CodeListStats

  /// The characters people misread for one another, as they appear in the alphabet line.
  static let lookAlikes: Set<Character> = ["0", "O", "1", "I", "L", "5", "S", "2", "Z", "8", "B"]

  private func grouped(_ value: Int) -> String { CodeSpace.grouped(UInt64(max(0, value))) }

  /// "1 duplicate", "2 duplicates".
  private func counted(_ value: Int, _ noun: String) -> String {
    "\(grouped(value)) \(noun)\(value == 1 ? "" : "s")"
  }

  /// The reasons' names for people, in ``CodeGuessability/Reasons/named`` order.
  static let reasonWords = ["too short", "sequential", "dictionary word", "low variety"]

  /// The text report.
  var text: String {
    var lines = [String]()
    let source = column.map { "CSV, column \"\($0)\"" } ?? "one code a line"
    lines.append("\(file): \(grouped(stats.count)) codes (\(source))")
    let matching = stats.matching.rawValue
    if stats.duplicateCount == 0 {
      lines.append("duplicates under \(matching) matching: none")
    } else {
      lines.append("duplicates under \(matching) matching: \(grouped(stats.duplicateCount))")
      for duplicate in stats.duplicates {
        lines.append(
          "  line \(duplicate.line) \"\(duplicate.code)\" is line \(duplicate.firstLine) "
            + "\"\(duplicate.firstCode)\"")
      }
      if stats.duplicateCount > stats.duplicates.count {
        lines.append("  and \(grouped(stats.duplicateCount - stats.duplicates.count)) more")
      }
    }
    let report = stats.guessability
    let counts = zip(Self.reasonWords, report.counts).map { "\($0.0) \(grouped($0.1))" }
      .joined(separator: ", ")
    lines.append(
      "guessable: \(report.guessableCount == 0 ? "none" : grouped(report.guessableCount)) (\(counts))"
    )
    for code in stats.guessable {
      lines.append(
        "  line \(code.line) \"\(code.code)\": "
          + CodeGuessability.explanation(of: code.code, reasons: code.reasons))
    }
    if report.guessableCount > stats.guessable.count {
      lines.append("  and \(grouped(report.guessableCount - stats.guessable.count)) more")
    }
    let length = stats.length
    lines.append(
      "length (significant characters): min \(length.minimum), median \(length.median), "
        + "max \(length.maximum)")
    lines.append(
      "alphabet: \(stats.alphabet.count) characters: "
        + stats.alphabet.map(String.init).joined(separator: " "))
    let confusable = stats.alphabet.filter(Self.lookAlikes.contains)
    lines.append(
      "look-alike characters: "
        + (confusable.isEmpty ? "none" : confusable.map(String.init).joined(separator: " ")))
    lines.append(
      stats.isClean
        ? "no duplicates, no guessable codes"
        : "\(counted(stats.duplicateCount, "duplicate")), "
          + "\(counted(report.guessableCount, "guessable code")): replace them before the codes are sent"
    )
    return lines.joined(separator: "\n")
  }

  /// The JSON report: keys in a fixed order.
  var json: JSONOutput {
    let report = stats.guessability
    func number(_ value: Int) -> JSONOutput { .number(String(value)) }
    return .object([
      JSONField(key: "file", value: .string(file)),
      JSONField(key: "column", value: column.map(JSONOutput.string) ?? .null),
      JSONField(key: "matching", value: .string(stats.matching.rawValue)),
      JSONField(key: "count", value: number(stats.count)),
      JSONField(
        key: "duplicates",
        value: .object([
          JSONField(key: "count", value: number(stats.duplicateCount)),
          JSONField(
            key: "examples",
            value: .array(
              stats.duplicates.map {
                .object([
                  JSONField(key: "line", value: number($0.line)),
                  JSONField(key: "code", value: .string($0.code)),
                  JSONField(key: "firstLine", value: number($0.firstLine)),
                  JSONField(key: "firstCode", value: .string($0.firstCode)),
                ])
              })),
        ])),
      JSONField(
        key: "guessable",
        value: .object(
          [JSONField(key: "count", value: number(report.guessableCount))]
            + zip(CodeGuessability.Reasons.named, report.counts).map {
              JSONField(key: $0.0.name, value: number($0.1))
            } + [
              JSONField(
                key: "examples",
                value: .array(
                  stats.guessable.map {
                    .object([
                      JSONField(key: "line", value: number($0.line)),
                      JSONField(key: "code", value: .string($0.code)),
                      JSONField(
                        key: "reasons", value: .array($0.reasons.names.map(JSONOutput.string))),
                      JSONField(
                        key: "explanation",
                        value: .string(
                          CodeGuessability.explanation(of: $0.code, reasons: $0.reasons))),
                    ])
                  }))
            ])),
      JSONField(
        key: "length",
        value: .object([
          JSONField(key: "min", value: number(stats.length.minimum)),
          JSONField(key: "median", value: number(stats.length.median)),
          JSONField(key: "max", value: number(stats.length.maximum)),
        ])),
      JSONField(key: "alphabet", value: .string(String(stats.alphabet))),
    ])
  }
}
