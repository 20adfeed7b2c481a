import Foundation

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
        + String(format: "(%.1f MB)", Double(run.maxResidentKilobytes) / 1000),
    ].joined(separator: "\n")
  }

  /// The JSON of a file of `campaigns` copies of `bedding-20` with the example file's catalog.
  private static func generatedFile(campaigns: Int) throws(BenchError) -> Data {
    let path = ExampleShop.directory.appendingPathComponent("bedding.json").path
    guard let data = FileManager.default.contents(atPath: path),
      var file = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
      let list = file["campaigns"] as? [Any], let first = list.first,
      let base = try? JSONSerialization.data(withJSONObject: first),
      let text = String(data: base, encoding: .utf8)
    else {
      throw BenchError("cannot read the first campaign of \(path)")
    }
    var copies = [Any]()
    copies.reserveCapacity(campaigns)
    for index in 0..<campaigns {
      let number = String(index)
      let padded = String(repeating: "0", count: max(0, 5 - number.count)) + number
      let copy = text.replacingOccurrences(of: "BEDDING20", with: "BED" + padded)
        .replacingOccurrences(of: "bedding-20", with: "bedding-" + padded)
      guard let object = try? JSONSerialization.jsonObject(with: Data(copy.utf8)) else {
        throw BenchError("cannot copy the campaign of \(path)")
      }
      copies.append(object)
    }
    file["campaigns"] = copies
    guard let bytes = try? JSONSerialization.data(withJSONObject: file) else {
      throw BenchError("cannot write the generated campaigns as JSON")
    }
    return bytes
  }
}
