import Foundation

/// The benchmark's command: parses the arguments, sets up and measures the cases, prints the figures.
enum BenchCommand {
  /// Runs the benchmark.
  ///
  /// - Parameter arguments: The arguments after the program name.
  /// - Returns: The exit status: 0 done, 1 the run failed, 2 bad arguments.
  static func run(_ arguments: [String]) -> Int32 {
    do {
      return try execute(BenchArguments.parse(arguments))
    } catch {
      printError(error.description)
      if error.isUsage {
        printError(
          "usage: promoguard-bench [--json] [--case NAME ...] [--samples N] [--iterations N] [--resident N]"
        )
        printError("See 'promoguard-bench --help'")
        return 2
      }
      return 1
    }
  }

  /// Does what the parsed arguments ask.
  private static func execute(_ arguments: BenchArguments) throws(BenchError) -> Int32 {
    if arguments.help {
      print(BenchArguments.help)
      return 0
    }
    if arguments.list {
      for benchCase in BenchCase.all {
        print(NumberText.pad(benchCase.name, 17) + " " + benchCase.summary)
      }
      for scale in ScaleCase.allCases {
        print(NumberText.pad(scale.rawValue, 17) + " " + scale.summary)
      }
      return 0
    }
    if let resident = arguments.resident {
      print(try ResidentLoad.measure(campaigns: resident))
      return 0
    }
    if let name = arguments.cases.first, let scale = ScaleCase(rawValue: name) {
      print(try scale.run())
      return 0
    }
    let machine = MachineInfo.current()
    if let iterations = arguments.iterations, let name = arguments.cases.first,
      let benchCase = BenchCase.named(name)
    {
      let prepared = try PreparedCase(benchCase, cores: machine.cores)
      let checksum = try Sampler.iterate(prepared, iterations: iterations)
      print("\(name): \(iterations) iterations after one warm-up, checksum \(checksum)")
      return 0
    }
    if !machine.isOptimized && arguments.json { printError(BenchReport.debugBanner) }
    let report = try measure(
      selected(arguments.cases), machine: machine, samples: arguments.samples)
    print(arguments.json ? report.json : report.table)
    return 0
  }

  /// The cases to measure: all, or the named ones with their floors, in the order of ``BenchCase/all``.
  private static func selected(_ names: [String]) -> [BenchCase] {
    guard !names.isEmpty else { return BenchCase.all }
    let wanted = Set(names + names.compactMap { BenchCase.named($0)?.floorName })
    return BenchCase.all.filter { wanted.contains($0.name) }
  }

  /// Sets up and measures each case in turn, releasing its campaigns before the next.
  private static func measure(
    _ cases: [BenchCase], machine: MachineInfo, samples: Int?
  ) throws(BenchError) -> BenchReport {
    var measured = [(BenchCase, Int, Statistics)]()
    for benchCase in cases {
      let prepared = try PreparedCase(benchCase, cores: machine.cores)
      let count = samples ?? benchCase.defaultSamples
      measured.append((benchCase, count, try Sampler.measure(prepared, samples: count)))
    }
    var floors = [String: Double]()
    for (benchCase, _, statistics) in measured { floors[benchCase.name] = statistics.median }
    let results = measured.map { benchCase, count, statistics in
      let floor = floors[benchCase.floorName]
      return CaseResult(
        benchCase: benchCase, samples: count, statistics: statistics,
        floorRatio: floor.flatMap { $0 > 0 ? statistics.median / $0 : nil })
    }
    return BenchReport(machine: machine, results: results)
  }

  /// Writes a line to standard error.
  private static func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
