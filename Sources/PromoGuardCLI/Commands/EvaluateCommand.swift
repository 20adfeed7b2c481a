/// `promoguard evaluate`: the quote for one checkout, as JSON.
enum EvaluateCommand {
  static let command = Command(
    name: "evaluate",
    summary: "Quote one checkout against campaign files, as JSON.",
    usage:
      "promoguard evaluate --campaigns PATH... (--checkout FILE|- [--compact] | --stream)",
    options: [
      .value(
        "campaigns", "PATH", repeatable: true,
        help: "Campaign files or directories (read recursively); more paths may follow."),
      .value("checkout", "FILE|-", help: "The checkout JSON, or - to read it from standard input."),
      .flag("compact", help: "Print the quote on one line."),
      .flag(
        "stream",
        help: "Serve JSON lines: one request a line on stdin, one response a line on stdout."),
      .value(
        "max-line-bytes", "N",
        help: "With --stream: the longest request line (default 33554432, the file limit)."),
    ],
    discussion: """
      Prints the quote: the discount per line, per campaign and on shipping, and for every code entered its
      status, a message a support agent can read aloud, and the numbers behind it. Keys come in a fixed order.

      With --stream it loads the campaigns once and answers requests {"id": 1, "checkout": {…}}, one a line on
      standard input, with {"id": 1, "quote": {…}} or {"id": 1, "error": {"message", "path", "line",
      "column"}}, one a line on standard output, in order, each flushed at once. A bad line gets an error
      response and the stream goes on; at the end of input it exits 0. See Docs/AnyCheckout.md.

      EXAMPLES:
        promoguard evaluate --campaigns Fixtures/examples --checkout order.checkout.json
        promoguard evaluate --campaigns Fixtures/examples --stream < requests.jsonl
      """,
    exitCodes: .noFindings,
    run: run)

  static func run(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32 {
    if arguments.has("stream") { return try stream(arguments, io: &io) }
    if arguments.has("max-line-bytes") {
      throw UsageError(message: "--max-line-bytes goes with --stream")
    }
    let (paths, checkoutPath) = try inputs(arguments)
    guard let campaigns = LoadedInput.campaignSet(paths, io: &io),
      let checkout = LoadedInput.checkout(checkoutPath, io: &io),
      let quote = LoadedInput.quote(campaigns, checkout, io: &io)
    else { return ExitCode.badInput }
    io.print(quote.jsonText(pretty: !arguments.has("compact")))
    return ExitCode.success
  }

  /// Runs `evaluate --stream`.
  static func stream(_ arguments: ParsedArguments, io: inout CommandIO) throws(UsageError) -> Int32
  {
    let paths = arguments.values("campaigns") + arguments.positionals
    guard arguments.has("campaigns"), !paths.isEmpty else {
      throw UsageError(message: "missing --campaigns: name the campaign files or directories")
    }
    if arguments.has("checkout") || arguments.has("compact") {
      throw UsageError(
        message:
          "--stream reads the checkouts from standard input: leave out --checkout and --compact")
    }
    var limit = EvaluateStream.defaultMaximumLineBytes
    if let text = arguments.value("max-line-bytes") {
      guard let value = Int(text), value > 0 else {
        throw UsageError(
          message: "--max-line-bytes expects a positive whole number of bytes, found '\(text)'")
      }
      limit = value
    }
    guard let campaigns = LoadedInput.campaignSet(paths, io: &io) else { return ExitCode.badInput }
    return EvaluateStream.serve(campaigns, maximumLineBytes: limit, io: &io)
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
