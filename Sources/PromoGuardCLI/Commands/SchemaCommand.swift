internal import PromoGuard

/// `promoguard schema`: the JSON Schema of campaign files or checkouts, for editors that complete and check
/// as you type.
enum SchemaCommand {
  static let command = Command(
    name: "schema",
    summary: "Print the JSON Schema of campaign files or checkouts, for editors.",
    usage: "promoguard schema campaign|checkout",
    options: [],
    discussion: """
      Prints the JSON Schema (draft 2020-12) of a campaign file (campaign) or of a checkout (checkout), with a
      description and examples for every key. Docs/schema/ holds the same text; point an editor at it (see
      Docs/FixtureFormat.md, "Editor support") or write "$schema" at the top of a file.

      EXAMPLE:
        promoguard schema campaign > campaign.schema.json
      """,
    exitCodes: .noFindings,
    run: run)

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    let names = FixtureSchema.documents.map(\.name)
    guard arguments.positionals.count == 1, let name = arguments.positionals.first else {
      throw UsageError(
        message: "expected one of \(names.joined(separator: ", ")), found "
          + "\(arguments.positionals.count) arguments")
    }
    guard let document = FixtureSchema.documents.first(where: { $0.name == name }) else {
      let hint = NearestName.suggestion(for: name, among: names).map { " (did you mean '\($0)'?)" }
      throw UsageError(
        message: "unknown schema '\(name)'\(hint ?? ""): use \(names.joined(separator: " or "))")
    }
    io.print(document.json.rendered(.pretty))
    return ExitCode.success
  }
}
