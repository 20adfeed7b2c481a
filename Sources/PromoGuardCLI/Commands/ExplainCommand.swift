/// `promoguard explain`: the quote for one checkout, in plain language, with what to do about refused codes.
enum ExplainCommand {
  static let command = Command(
    name: "explain",
    summary: "Explain one checkout's quote in plain language, with remedies.",
    usage: "promoguard explain --campaigns PATH... --checkout FILE|-",
    options: [
      .value(
        "campaigns", "PATH", repeatable: true,
        help: "Campaign files or directories (read recursively); more paths may follow."),
      .value("checkout", "FILE|-", help: "The checkout JSON, or - to read it from standard input."),
    ],
    discussion: """
      The same evaluation as 'promoguard evaluate', written for a support agent: the totals, the offers
      applied, and for every code entered what happened and what the customer can do.

      EXAMPLE:
        promoguard explain --campaigns Fixtures/examples --checkout order.checkout.json
      """,
    exitCodes: .noFindings,
    run: run)

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    let (paths, checkoutPath) = try EvaluateCommand.inputs(arguments)
    guard let campaigns = LoadedInput.campaignSet(paths, io: &io),
      let checkout = LoadedInput.checkout(checkoutPath, io: &io),
      let quote = LoadedInput.quote(campaigns, checkout, io: &io)
    else { return ExitCode.badInput }
    io.print(QuoteExplanation(quote: quote).text)
    return ExitCode.success
  }
}
