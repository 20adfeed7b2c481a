/// One figure the benchmark measures: what it runs, how many samples, and which floor it is compared with.
struct BenchCase: Sendable {
  /// What a case runs.
  enum Kind: Sendable {
    /// The hand-written floor (``FloorDiscount``) on a checkout of this many lines.
    case floor(lines: Int)
    /// The floor on every core at once, on the 10-line checkout.
    case floorThroughput
    /// One evaluation of a checkout against the given campaigns: `automaticCampaigns` of the mixed shapes
    /// (`CampaignGenerator.automaticCampaigns`), `ruledOutAutomatic` that an index can rule out
    /// (`CampaignGenerator.automaticCampaignsRuledOut`), and `codes` codes entered, the measured one first.
    case evaluation(
      codedCampaigns: Int, automaticCampaigns: Int, ruledOutAutomatic: Int = 0, lines: Int,
      codes: Int = 1)
    /// Evaluations on every core at once, sharing one `CampaignSet` (1,000 coded campaigns, 10 lines).
    case throughput
    /// Scenarios of `promoguard check` (generation, the engine and the promise oracle) on every core, over
    /// the example shop's campaigns.
    case scenarios
    /// Loading this many campaigns from JSON bytes through `CampaignSet(sources:)`.
    case load(campaigns: Int)
    /// One request line of `evaluate --stream` to its response line (decode, engine, encode), one core, the
    /// example shop's campaigns.
    case stream
    /// The engine alone on the checkout of ``stream``, already decoded: what the stream adds is the difference.
    case streamEngine
  }

  /// The name `--case` takes.
  let name: String
  /// One line saying what is measured.
  let summary: String
  /// What the case runs.
  let kind: Kind
  /// The name of the floor case this case is divided by.
  let floorName: String
  /// How many timed samples by default.
  let defaultSamples: Int
  /// How many operations one sample times; the sample is their mean.
  ///
  /// Above 1 only where one operation is too short for the clock (the floors) or is spread over every core
  /// (throughput).
  let batch: Int

  /// Every case, in the order they run and print.
  static let all: [BenchCase] = [
    BenchCase(
      name: "floor-10", summary: "hand-written 20% off eligible lines, 10 lines",
      kind: .floor(lines: 10), floorName: "floor-10", defaultSamples: 2_000, batch: 100),
    BenchCase(
      name: "floor-200", summary: "hand-written 20% off eligible lines, 200 lines",
      kind: .floor(lines: 200), floorName: "floor-200", defaultSamples: 2_000, batch: 10),
    BenchCase(
      name: "floor-throughput", summary: "hand-written floor, 10 lines, all cores",
      kind: .floorThroughput, floorName: "floor-throughput", defaultSamples: 20, batch: 400_000),
    BenchCase(
      name: "code-1", summary: "10 lines, 1 code, 1 coded campaign loaded",
      kind: .evaluation(codedCampaigns: 1, automaticCampaigns: 0, lines: 10), floorName: "floor-10",
      defaultSamples: 5_000, batch: 1),
    BenchCase(
      name: "code-1k", summary: "10 lines, 1 code, 1,000 coded campaigns loaded",
      kind: .evaluation(codedCampaigns: 1_000, automaticCampaigns: 0, lines: 10),
      floorName: "floor-10", defaultSamples: 5_000, batch: 1),
    BenchCase(
      name: "code-100k", summary: "10 lines, 1 code, 100,000 coded campaigns loaded",
      kind: .evaluation(codedCampaigns: 100_000, automaticCampaigns: 0, lines: 10),
      floorName: "floor-10", defaultSamples: 5_000, batch: 1),
    BenchCase(
      name: "automatic-100", summary: "10 lines, 1 code, 1,000 coded + 100 automatic (4 apply)",
      kind: .evaluation(codedCampaigns: 1_000, automaticCampaigns: 100, lines: 10),
      floorName: "floor-10", defaultSamples: 5_000, batch: 1),
    BenchCase(
      name: "automatic-1000",
      summary: "10 lines, 1 code, 1,000 coded + 1,000 automatic (5 apply, 995 ruled out)",
      kind: .evaluation(
        codedCampaigns: 1_000, automaticCampaigns: 0, ruledOutAutomatic: 1_000, lines: 10),
      floorName: "floor-10", defaultSamples: 2_000, batch: 1),
    BenchCase(
      name: "codes-10", summary: "10 lines, 10 codes, 1,000 coded campaigns loaded",
      kind: .evaluation(codedCampaigns: 1_000, automaticCampaigns: 0, lines: 10, codes: 10),
      floorName: "floor-10", defaultSamples: 2_000, batch: 1),
    BenchCase(
      name: "lines-200", summary: "200 lines, 1 code, 1,000 coded campaigns loaded",
      kind: .evaluation(codedCampaigns: 1_000, automaticCampaigns: 0, lines: 200),
      floorName: "floor-200", defaultSamples: 1_000, batch: 1),
    BenchCase(
      name: "throughput", summary: "code-1k on all cores, one shared CampaignSet",
      kind: .throughput, floorName: "floor-throughput", defaultSamples: 20, batch: 4_000),
    BenchCase(
      name: "scenarios", summary: "check scenarios (engine + oracle), examples, all cores",
      kind: .scenarios, floorName: "floor-throughput", defaultSamples: 10, batch: 26_000),
    BenchCase(
      name: "stream-engine", summary: "the stream's checkout, decoded, through the engine (1 core)",
      kind: .streamEngine, floorName: "floor-10", defaultSamples: 5_000, batch: 1),
    BenchCase(
      name: "stream", summary: "evaluate --stream: request line to response line (1 core)",
      kind: .stream, floorName: "stream-engine", defaultSamples: 2_000, batch: 10),
    BenchCase(
      name: "load-10k", summary: "load 10,000 campaigns: JSON bytes to CampaignSet",
      kind: .load(campaigns: 10_000), floorName: "floor-10", defaultSamples: 10, batch: 1),
  ]

  /// The case with this name.
  ///
  /// - Parameter name: A case name.
  /// - Returns: The case, or `nil` when no case has that name.
  static func named(_ name: String) -> BenchCase? {
    all.first { $0.name == name }
  }
}
