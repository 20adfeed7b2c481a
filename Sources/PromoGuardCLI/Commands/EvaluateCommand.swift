/// `promoguard evaluate`: the quote for one checkout, as JSON.
enum EvaluateCommand {
  static let command = Command(
    name: "evaluate",
    summary: "Quote one checkout against campaign files, as JSON.",
    usage: "promoguard evaluate --campaigns PATH... --checkout FILE|- [--compact]",
    options: [
      .value(
        "campaigns", "PATH", repeatable: true,
        help: "Campaign files or directories (read recursively); more paths may follow."),
      .value("checkout", "FILE|-", help: "The checkout JSON, or - to read it from standard input."),
      .flag("compact", help: "Print the quote on one line."),
    ],
    discussion: """
      Prints the quote: the discount per line, per campaign and on shipping, and for every code entered its
      status, a message a support agent can read aloud, and the numbers behind it. Keys come in a fixed order.

      EXAMPLE:
        promoguard evaluate --campaigns Fixtures/examples --checkout order.checkout.json
      """,
    exitCodes: .noFindings,
    run: run)

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    let (paths, checkoutPath) = try inputs(arguments)
    guard let campaigns = LoadedInput.campaignSet(paths, io: &io),
      let checkout = LoadedInput.checkout(checkoutPath, io: &io),
      let quote = LoadedInput.quote(campaigns, checkout, io: &io)
    else { return ExitCode.badInput }
    io.print(quote.jsonText(pretty: !arguments.has("compact")))
    return ExitCode.success
  }

  /// The campaign paths and the checkout path, shared with `explain`.
  static func inputs(_ arguments: ParsedArguments) throws(UsageError) -> (
    campaigns: [String], checkout: String
  ) {
    let paths = arguments.values("campaigns") + arguments.positionals
    guard arguments.has("campaigns"), !paths.isEmpty else {
      throw UsageError(message: "missing --campaigns: name the campaign files or directories")
    }
    guard let checkout = arguments.value("checkout") else {
      throw UsageError(
        message: "missing --checkout: name the checkout file, or - for standard input")
    }
    return (paths, checkout)
  }
}
