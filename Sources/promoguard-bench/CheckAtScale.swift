import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `--case check-10k`: `promoguard check` on one file of many campaigns, in a child process, measured like
/// `/usr/bin/time -v` (wall clock, user + system CPU and peak resident set from `wait4`).
///
/// The file repeats the `bedding-20` campaign of `Fixtures/examples/bedding.json` (with the file's catalog),
/// each copy with its own id (`bedding-00000`, …) and code (`BED00000`, …), written to a temporary folder that
/// is removed afterwards. The `promoguard` executable is the one built next to this benchmark.
enum CheckAtScale {
  /// Generates the file, runs `check` on it and describes the run.
  ///
  /// - Parameters:
  ///   - campaigns: How many copies of the campaign.
  ///   - scenarios: `--scenarios` for each campaign.
  /// - Returns: One line per figure.
  /// - Throws: `BenchError` when the file cannot be made or the child does not run or does not pass.
  static func measure(campaigns: Int, scenarios: Int) throws(BenchError) -> String {
    let tool = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("promoguard").path
    guard FileManager.default.isExecutableFile(atPath: tool) else {
      throw BenchError(
        "\(tool) is missing: build it first (swift build -c release --product promoguard)")
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("promoguard-bench-\(getpid())")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw BenchError("cannot create \(folder.path): \(error.localizedDescription)")
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("check-\(campaigns).json")
    let bytes = try generatedFile(campaigns: campaigns)
    guard FileManager.default.createFile(atPath: file.path, contents: bytes) else {
      throw BenchError("cannot write \(file.path)")
    }
    let ownPeak = ownPeakKilobytes()
    let run = try ChildRun.run(tool, ["check", file.path, "--scenarios", String(scenarios)])
    guard run.status == 0 else {
      throw BenchError("promoguard check exited \(run.status) (0 expected: every copy passes)")
    }
    let cpu = run.userSeconds + run.systemSeconds
    return [
      "check-10k: promoguard check of \(campaigns) campaigns (\(bytes.count) bytes of JSON), "
        + "--scenarios \(scenarios), exit 0",
      "wall clock: " + String(format: "%.2f s", run.wallSeconds),
      "CPU: " + String(format: "%.2f s user + %.2f s system", run.userSeconds, run.systemSeconds)
        + ", " + String(format: "%.2f ms per campaign", cpu * 1000 / Double(campaigns)),
      "peak resident set: \(run.maxResidentKilobytes) KB "
        + String(format: "(%.1f MB)", Double(run.maxResidentKilobytes) / 1000)
        + " (the benchmark's own peak before starting it: \(ownPeak) KB, which the figure includes"
        + " when larger)",
    ].joined(separator: "\n")
  }

  /// The JSON of a file of `campaigns` copies of `bedding-20` with the example file's catalog.
  ///
  /// Built as text (the example file without its campaigns, then each copy's text spliced in), not as
  /// Foundation objects: a child started with `posix_spawn` reports in `ru_maxrss` at least the peak resident
  /// set of this process (the child shares its memory until `exec`), and 10,000 campaigns as `NSDictionary`
  /// values took this process to about 457 MB, more than the child itself.
  private static func generatedFile(campaigns: Int) throws(BenchError) -> Data {
    let path = ExampleShop.directory.appendingPathComponent("bedding.json").path
    let placeholder = "promoguard-bench-campaigns"
    guard let data = FileManager.default.contents(atPath: path),
      var file = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
      let list = file["campaigns"] as? [Any], let first = list.first,
      let base = try? JSONSerialization.data(withJSONObject: first),
      let text = String(data: base, encoding: .utf8)
    else {
      throw BenchError("cannot read the first campaign of \(path)")
    }
    file["campaigns"] = [placeholder]
    guard let shell = try? JSONSerialization.data(withJSONObject: file),
      let shellText = String(data: shell, encoding: .utf8),
      let hole = shellText.range(of: "\"\(placeholder)\"")
    else {
      throw BenchError("cannot write the generated campaigns as JSON")
    }
    var bytes = Data(shellText[..<hole.lowerBound].utf8)
    bytes.reserveCapacity(shell.count + campaigns * (base.count + 1))
    for index in 0..<campaigns {
      let number = String(index)
      let padded = String(repeating: "0", count: max(0, 5 - number.count)) + number
      let copy = text.replacingOccurrences(of: "BEDDING20", with: "BED" + padded)
        .replacingOccurrences(of: "bedding-20", with: "bedding-" + padded)
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(contentsOf: copy.utf8)
    }
    bytes.append(contentsOf: shellText[hole.upperBound...].utf8)
    return bytes
  }

  /// This process's own peak resident set in kilobytes (`getrusage`), which a child started with
  /// `posix_spawn` reports at least.
  private static func ownPeakKilobytes() -> Int {
    var usage = rusage()
    // 0 is RUSAGE_SELF (imported as an enum the function does not take).
    guard getrusage(0, &usage) == 0 else { return 0 }
    return usage.ru_maxrss
  }
}
