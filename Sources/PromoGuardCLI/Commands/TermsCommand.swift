internal import PromoGuard

/// `promoguard terms`: each campaign's terms and conditions in plain English, generated from its promise.
enum TermsCommand {
  static let command = Command(
    name: "terms",
    summary: "Write each campaign's terms and conditions in plain English.",
    usage: "promoguard terms PATH... [--only ID] [--format text|json]",
    options: [
      .value("only", "ID", help: "Only the campaign with this id."),
      .value("format", "text|json", help: "text (default) or json."),
    ],
    discussion: """
      For every campaign (sorted by file, then id): a header naming the file and the id, then the terms
      generated from the campaign's promise (its "terms", or its mechanics when it has none), ready to paste
      into an email footer. json: [{"campaign": id, "file": path, "text": terms}].

      EXAMPLE:
        promoguard terms Fixtures/examples --only bedding-20
      """,
    exitCodes: .noFindings,
    run: run)

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    guard !arguments.positionals.isEmpty else {
      throw UsageError(message: "missing PATH: name the campaign files or directories")
    }
    let isJSON = try DiffCommand.isJSON(arguments)
    guard let loaded = LoadedInput.campaignFiles(arguments.positionals, io: &io) else {
      return ExitCode.badInput
    }
    var listing = TermsListing(files: loaded.files)
    if let only = arguments.value("only") {
      let all = listing.entries.map(\.campaignID)
      listing.entries.removeAll { $0.campaignID != only }
      if listing.entries.isEmpty {
        io.printError("error: " + OnlyOption.unknownID(only, among: all))
        return ExitCode.badInput
      }
    }
    io.print(isJSON ? listing.json : listing.text)
    return ExitCode.success
  }
}
