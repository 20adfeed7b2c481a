internal import PromoGuard

/// `promoguard codes generate|stats`: make unique codes that nobody can guess, and check a list of codes.
enum CodesCommand {
  static let command = Command(
    name: "codes",
    summary: "Generate unique codes nobody can guess, or check a code list (stats).",
    usage: """
      promoguard codes generate --count N [--pattern P] [--alphabet A] [--check-character] \
      [--customers FILE [--column NAME]] --output FILE [--format csv|plain]
             promoguard codes stats FILE [--matching relaxed|exact] [--column NAME] [--format text|json]
      """,
    options: [
      .value("count", "N", help: "generate: how many codes (1 to 20,000,000)."),
      .value("pattern", "P", help: "generate: X = one random character (default XXXX-XXXX-XXXX)."),
      .value("alphabet", "A", help: "generate: the random characters (default: no look-alikes)."),
      .flag("check-character", help: "generate: end each code with a Luhn mod N check character."),
      .value("customers", "FILE", help: "generate: one code per customer of this CSV or list."),
      .value("output", "FILE", help: "generate: the file to create (never overwritten)."),
      .value("matching", "relaxed|exact", help: "stats: how checkout compares codes (relaxed)."),
      .value("column", "NAME", help: "The column to read: code (stats), customer (--customers)."),
      .value("format", "FORMAT", help: "generate: csv (default) or plain; stats: text or json."),
    ],
    discussion: """
      generate draws each random character from SystemRandomNumberGenerator (the kernel's getrandom(2) on
      Linux), from an alphabet without look-alike characters (34679ACDEFGHJKMNPQRTUVWXY: no 0/O, 1/I/L,
      5/S, 2/Z, 8/B). Codes are unique under relaxed matching and none is guessable (codes stats passes).
      A pattern must make a million times as many codes as asked for, so a stranger typing a well-formed
      code finds a live one at most once in a million tries; a smaller pattern is refused with the numbers.
      The file is CSV with the header "code" ("code,customer" with --customers), or one code a line
      (--format plain).

      stats reads a CSV with a "code" column (or one code a line) and reports the count, codes that collide
      under the matching (with both line numbers), guessable codes (too short, sequential, dictionary words,
      low variety), the length spread and the alphabet used. Exit 1 when there are duplicates or guessable
      codes.

      EXAMPLES:
        promoguard codes generate --count 10000 --pattern WELCOME-XXXX-XXXX --output welcome.csv
        promoguard codes generate --customers subscribers.csv --output recovery.csv --check-character
        promoguard codes stats welcome.csv
      """,
    exitCodes: .codes,
    run: run)

  /// The options of each subcommand.
  static let generateOptions: Set<String> = [
    "count", "pattern", "alphabet", "check-character", "customers", "output", "column", "format",
  ]
  static let statsOptions: Set<String> = ["matching", "column", "format"]

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    guard let subcommand = arguments.positionals.first else {
      throw UsageError(message: "missing subcommand: write 'codes generate' or 'codes stats'")
    }
    var rest = arguments
    rest.positionals.removeFirst()
    let allowed: Set<String>
    switch subcommand {
    case "generate": allowed = generateOptions
    case "stats": allowed = statsOptions
    default:
      let hint = NearestName.suggestion(for: subcommand, among: ["generate", "stats"]).map {
        " (did you mean '\($0)'?)"
      }
      throw UsageError(
        message: "unknown subcommand '\(subcommand)'\(hint ?? ""): use 'generate' or 'stats'")
    }
    if let other = rest.options.keys.sorted().first(where: { !allowed.contains($0) }) {
      throw UsageError(
        message:
          "'--\(other)' is not an option of 'codes \(subcommand)' (see 'promoguard codes --help')")
    }
    return subcommand == "generate"
      ? try CodesGenerate.run(rest, io: &io) : try CodesStats.run(rest, io: &io)
  }
}
