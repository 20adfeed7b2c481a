import PromoGuard

/// The measured figures of one run, rendered as a table or as JSON.
struct BenchReport: Sendable {
  /// The machine.
  let machine: MachineInfo
  /// The cases, in run order.
  let results: [CaseResult]

  /// The banner shown when the benchmark was built without optimisation.
  static let debugBanner = """
    WARNING: promoguard-bench was built without optimisation (debug); these figures say nothing about
    production speed. Run: swift run -c release promoguard-bench
    """

  /// The figures as an aligned text table with the machine in the header.
  var table: String {
    var lines = [String]()
    if !machine.isOptimized { lines += [Self.debugBanner, ""] }
    lines.append("promoguard-bench \(PromoGuardVersion.current)")
    lines.append(
      "machine: \(machine.cores) cores, \(machine.processor), \(machine.operatingSystem), "
        + "Swift \(machine.swiftVersion), \(machine.isOptimized ? "optimised" : "NOT optimised"), "
        + "load average \(machine.loadAverage)")
    lines.append(
      "ContinuousClock, one warm-up; time per operation: median and p99 of the samples; "
        + "× floor = median / the floor's median")
    lines.append("")
    let header = [
      NumberText.pad("case", 17), NumberText.pad("samples", 14, right: true),
      NumberText.pad("median", 11, right: true), NumberText.pad("p99", 11, right: true),
      NumberText.pad("per second", 13, right: true), NumberText.pad("× floor", 9, right: true),
      "  what",
    ]
    lines.append(header.joined(separator: " "))
    for result in results {
      let batch = result.benchCase.batch
      let samples = batch > 1 ? "\(result.samples)×\(batch)" : "\(result.samples)"
      let ratio =
        result.floorRatio.map {
          $0 < 1_000 ? NumberText.fixed($0, decimals: 1) : NumberText.grouped($0)
        } ?? "-"
      let row = [
        NumberText.pad(result.benchCase.name, 17), NumberText.pad(samples, 14, right: true),
        NumberText.pad(NumberText.duration(result.statistics.median), 11, right: true),
        NumberText.pad(NumberText.duration(result.statistics.p99), 11, right: true),
        NumberText.pad(NumberText.grouped(result.perSecond), 13, right: true),
        NumberText.pad(ratio, 9, right: true), "  " + result.benchCase.summary,
      ]
      lines.append(row.joined(separator: " "))
    }
    if let overhead = streamOverhead {
      lines.append("")
      lines.append(
        "stream: \(NumberText.duration(overhead)) per line over the in-process evaluation (median of stream "
          + "− median of stream-engine): reading the request and writing the response.")
    }
    return lines.joined(separator: "\n")
  }

  /// What `evaluate --stream` adds to one evaluation, in nanoseconds: the median of `stream` minus the median
  /// of `stream-engine`, when both ran.
  var streamOverhead: Double? {
    guard let stream = results.first(where: { $0.benchCase.name == "stream" }),
      let engine = results.first(where: { $0.benchCase.name == "stream-engine" })
    else { return nil }
    return stream.statistics.median - engine.statistics.median
  }

  /// The figures as JSON with keys in a fixed order; times in nanoseconds per operation.
  var json: String {
    let machineObject = JSONOutput.object([
      JSONField(key: "cores", value: .number(String(machine.cores))),
      JSONField(key: "processor", value: .string(machine.processor)),
      JSONField(key: "operatingSystem", value: .string(machine.operatingSystem)),
      JSONField(key: "swift", value: .string(machine.swiftVersion)),
      JSONField(key: "optimized", value: .bool(machine.isOptimized)),
      JSONField(key: "loadAverage", value: .string(machine.loadAverage)),
    ])
    let cases = results.map { result in
      JSONOutput.object([
        JSONField(key: "name", value: .string(result.benchCase.name)),
        JSONField(key: "summary", value: .string(result.benchCase.summary)),
        JSONField(key: "samples", value: .number(String(result.samples))),
        JSONField(key: "batch", value: .number(String(result.benchCase.batch))),
        JSONField(
          key: "medianNanoseconds",
          value: .number(NumberText.fixed(result.statistics.median, decimals: 1))),
        JSONField(
          key: "p99Nanoseconds",
          value: .number(NumberText.fixed(result.statistics.p99, decimals: 1))),
        JSONField(
          key: "perSecond", value: .number(NumberText.fixed(result.perSecond, decimals: 1))),
        JSONField(key: "floor", value: .string(result.benchCase.floorName)),
        JSONField(
          key: "floorRatio",
          value: result.floorRatio.map { .number(NumberText.fixed($0, decimals: 2)) } ?? .null),
      ])
    }
    return JSONOutput.object([
      JSONField(key: "format", value: .string("promoguard-bench/1")),
      JSONField(key: "version", value: .string(PromoGuardVersion.current)),
      JSONField(key: "machine", value: machineObject),
      JSONField(key: "cases", value: .array(cases)),
      JSONField(
        key: "streamOverheadNanoseconds",
        value: streamOverhead.map { .number(NumberText.fixed($0, decimals: 1)) } ?? .null),
    ]).rendered(.pretty)
  }
}
