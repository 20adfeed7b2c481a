import PromoGuard

/// The benchmark's command line, parsed.
struct BenchArguments: Sendable, Equatable {
  /// `--json`: print JSON instead of the table.
  var json = false
  /// `--list`: print the case names and stop.
  var list = false
  /// `--help`: print the help and stop.
  var help = false
  /// `--case NAME`, repeatable: measure only these cases (and their floors).
  var cases: [String] = []
  /// `--iterations N`: run the one `--case` N times, untimed, and nothing else.
  var iterations: Int?
  /// `--samples N`: timed samples per case instead of each case's default.
  var samples: Int?
  /// `--resident N`: load N generated campaigns, print the resident bytes per campaign, and nothing else.
  var resident: Int?

  /// The options that take a value.
  private static let valued = ["--case", "--iterations", "--samples", "--resident"]
  /// The options without a value.
  private static let flags = ["--json", "--list", "--help", "-h"]

  /// Parses the arguments after the program name.
  ///
  /// Accepts `--name value` and `--name=value`.
  ///
  /// - Parameter arguments: The arguments, without the program name.
  /// - Returns: The parsed arguments.
  /// - Throws: `BenchError` (a usage error) naming the argument that is wrong.
  static func parse(_ arguments: [String]) throws(BenchError) -> BenchArguments {
    var parsed = BenchArguments()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      var name = argument
      var value: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
      }
      if valued.contains(name), value == nil {
        index += 1
        guard index < arguments.count else {
          throw BenchError("\(name) needs a value", isUsage: true)
        }
        value = arguments[index]
      }
      switch (name, value) {
      case ("--json", nil): parsed.json = true
      case ("--list", nil): parsed.list = true
      case ("--help", nil), ("-h", nil): parsed.help = true
      case ("--case", let name?):
        guard BenchCase.named(name) != nil || ScaleCase(rawValue: name) != nil else {
          throw BenchError(
            "unknown case '\(name)'; the cases are "
              + (BenchCase.all.map(\.name) + ScaleCase.allCases.map(\.rawValue))
              .joined(separator: ", "), isUsage: true)
        }
        parsed.cases.append(name)
      case ("--iterations", let text?):
        parsed.iterations = try count(text, option: "--iterations", minimum: 0)
      case ("--samples", let text?):
        parsed.samples = try count(text, option: "--samples", minimum: 1)
      case ("--resident", let text?):
        parsed.resident = try count(text, option: "--resident", minimum: 1)
        guard let resident = parsed.resident, resident <= CampaignLoader.maximumCampaigns else {
          throw BenchError(
            "--resident takes at most \(CampaignLoader.maximumCampaigns) campaigns, the most one load "
              + "accepts, not '\(text)'", isUsage: true)
        }
      default:
        if flags.contains(name) {
          throw BenchError("\(name) takes no value", isUsage: true)
        }
        throw BenchError("unknown argument '\(argument)' (argument \(index + 1))", isUsage: true)
      }
      index += 1
    }
    let scale = parsed.cases.filter { ScaleCase(rawValue: $0) != nil }
    if !scale.isEmpty && (parsed.cases.count != 1 || parsed.iterations != nil || parsed.json) {
      throw BenchError(
        "\(scale[0]) runs alone: give it as the only --case, without --iterations or --json",
        isUsage: true)
    }
    if parsed.iterations != nil && parsed.cases.count != 1 {
      throw BenchError(
        "--iterations needs exactly one --case (see --list)", isUsage: true)
    }
    return parsed
  }

  /// A whole number within range.
  private static func count(_ text: String, option: String, minimum: Int) throws(BenchError) -> Int
  {
    guard let number = Int(text), number >= minimum, number <= 1_000_000_000 else {
      throw BenchError(
        "\(option) takes a whole number from \(minimum) to 1000000000, not '\(text)'", isUsage: true
      )
    }
    return number
  }

  /// The text `--help` prints.
  static let help = """
    promoguard-bench: performance figures of the PromoGuard checkout engine.

    Usage:
      swift run -c release promoguard-bench [--json] [--case NAME ...] [--samples N]
      swift run -c release promoguard-bench --case NAME --iterations N
      swift run -c release promoguard-bench --list
      swift run -c release promoguard-bench --resident N
      swift run -c release promoguard-bench --case check-10k   (or load-1m, pool-load-10m, pool-code,
                                                             mapping-1m; each runs alone)

    Every case is timed with ContinuousClock after one untimed warm-up; the table shows the median and
    the 99th percentile of the samples, per operation, operations per second, and the ratio of the
    median to a hand-written floor (20% off the eligible lines, integer cents, half up). Campaigns are
    generated as JSON in memory and loaded through CampaignSet(sources:).

    Options:
      --json          print the figures as JSON (stable keys) instead of a table
      --case NAME     measure only this case and its floor; repeatable
      --samples N     timed samples per case instead of each case's default
      --iterations N  with one --case: set the case up, run one warm-up and then N operations,
                      untimed, and nothing else (for valgrind --tool=callgrind; compare N with 0)
      --resident N    load N generated coded campaigns (files of 10,000) and print the load time and
                      the resident bytes the loaded set keeps per campaign, and nothing else
      --list          print the case names and what they measure
    Cases that run once, alone: check-10k (promoguard check of a generated 10,000-campaign file in a
    child process: seconds, CPU per campaign, peak RSS; needs the promoguard executable built next to
    the benchmark) and load-1m (the same as --resident 1000000).
      -h, --help      print this help

    Exit status: 0 done, 1 the engine failed or gave an unexpected result, 2 bad arguments.
    """
}
