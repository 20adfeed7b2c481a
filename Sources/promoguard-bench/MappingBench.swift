import Foundation
import PromoGuard
import PromoGuardCheck

/// `--case mapping-1m`: the static audit over a recipient list of 1,000,000 rows against a pool of 1,000,000
/// codes (issue 10: under 10 seconds and 1 GB on a 2-core machine).
///
/// Writes a campaign file, its pool CSV and its recipients CSV into a fresh temporary folder (deterministic
/// codes and addresses; every 1,000th row shows a code the pool does not have, so the audit has a finding to
/// count and list), then times the load (decoding the campaign and both CSVs) and the audit
/// (`StaticAudit.findings`) apart, and reads the process's peak and current resident set from
/// `/proc/self/status`. The folder is removed afterwards. Linux only.
enum MappingBench {
  /// One line for `--list`.
  static let summary = "lint's audit of 1,000,000 recipients against 1,000,000 pool codes (one run)"

  /// Generates the files, loads and audits them once, and describes the figures.
  ///
  /// - Parameters:
  ///   - recipients: Rows in the recipient list.
  ///   - codes: Codes in the pool (at least `recipients`, so only the planted rows are findings).
  /// - Returns: One line per figure, for the terminal.
  /// - Throws: `BenchError` when the files cannot be written or do not load, or the audit does not find
  ///   the planted rows.
  static func measure(recipients: Int = 1_000_000, codes: Int = 1_000_000) throws(BenchError)
    -> String
  {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("promoguard-mapping-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let clock = ContinuousClock()
    let generated = clock.now
    let campaignPath = try write(in: folder, recipients: recipients, codes: codes)
    let generateTime = clock.now - generated
    let before = try memory()
    let cpuStarted = cpuSeconds()
    let started = clock.now
    let files: [CampaignFile]
    do {
      let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: campaignPath)))
      files = try CampaignLoader.load([CampaignSource(path: campaignPath, bytes: bytes)])
    } catch {
      throw BenchError("the generated mapping does not load:\n\(error)")
    }
    let loaded = clock.now
    let cpuLoaded = cpuSeconds()
    let findings = StaticAudit.findings(files: files)
    let audited = clock.now
    let cpuAudited = cpuSeconds()
    let after = try memory()
    let planted = (recipients + 999) / 1_000
    guard let unknown = findings.first(where: { $0.recipients != nil }),
      unknown.recipients?.total == planted
    else {
      throw BenchError(
        "the audit did not count the \(planted) planted unknown codes: "
          + findings.map(\.summary).joined(separator: "; "))
    }
    return [
      "\(ScaleCase.mapping.rawValue): \(recipients) recipients against \(codes) pool codes (files written in "
        + "\(seconds(generateTime)) s, not counted)",
      "load (campaign file, pool CSV, recipients CSV): \(seconds(loaded - started)) s "
        + "(CPU \(String(format: "%.2f", cpuLoaded - cpuStarted)) s)",
      "audit (StaticAudit.findings, \(findings.count) finding, \(planted) rows counted): "
        + "\(seconds(audited - loaded)) s (CPU \(String(format: "%.2f", cpuAudited - cpuLoaded)) s)",
      "load + audit: \(seconds(audited - started)) s "
        + "(CPU \(String(format: "%.2f", cpuAudited - cpuStarted)) s; wall time includes waiting for a "
        + "core on a loaded machine)",
      "resident set: \(before.resident) bytes before the load, \(after.resident) after; "
        + "peak \(after.peak) bytes (VmHWM, the whole process)",
    ].joined(separator: "\n")
  }

  /// Writes `campaign.json`, `codes/pool.csv` and `sends/list.csv` into `folder`.
  ///
  /// - Returns: The campaign file's path.
  private static func write(in folder: URL, recipients: Int, codes: Int) throws(BenchError)
    -> String
  {
    var pool = "code\n"
    pool.reserveCapacity(codes * 20)
    for index in 0..<codes { pool += code(index) + "\n" }
    var list = "email,customer,code\n"
    list.reserveCapacity(recipients * 48)
    for row in 0..<recipients {
      let shown = row % 1_000 == 0 ? "NOT-LOADED-\(row)" : code(row)
      list += "reader\(row)@example.com,c-\(100_000_000 + row),\(shown)\n"
    }
    let campaign = """
      {"format": "promoguard/1", "campaigns": [{
        "id": "mapping-bench", "name": "Welcome: 10% off", "currency": "USD",
        "starts": "2026-10-01T00:00:00Z", "ends": "2027-01-01T00:00:00Z",
        "activation": {"pool": {"file": "codes/pool.csv", "singleUse": true, "validFor": "P14D"}},
        "benefit": {"percentOff": 10},
        "messages": [{"id": "welcome-email", "channel": "email", "sentAt": "2026-10-02T09:00:00Z",
          "advertises": {"percentOff": 10}, "code": null,
          "recipients": {"file": "sends/list.csv"}}]
      }]}
      """
    do {
      let manager = FileManager.default
      try manager.createDirectory(
        at: folder.appendingPathComponent("codes"), withIntermediateDirectories: true)
      try manager.createDirectory(
        at: folder.appendingPathComponent("sends"), withIntermediateDirectories: true)
      try Data(pool.utf8).write(to: folder.appendingPathComponent("codes/pool.csv"))
      try Data(list.utf8).write(to: folder.appendingPathComponent("sends/list.csv"))
      let path = folder.appendingPathComponent("campaign.json")
      try Data(campaign.utf8).write(to: path)
      return path.path
    } catch {
      throw BenchError("cannot write the generated mapping in \(folder.path): \(error)")
    }
  }

  /// The `index`-th pool code: `WELCOME-` and eight characters of a look-alike-free alphabet, distinct for
  /// distinct indexes (base 32 digits of a bijective mix of the index).
  static func code(_ index: Int) -> String {
    let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    // An odd multiplier mod 2^40 is a bijection on 0..<2^40, so the codes are distinct and look random.
    var value = (UInt64(index) &* 0x9E37_79B9_7F) & 0xFF_FFFF_FFFF
    var characters = [Character]()
    for _ in 0..<8 {
      characters.append(alphabet[Int(value & 31)])
      value >>= 5
    }
    return "WELCOME-" + String(characters[0..<4]) + "-" + String(characters[4..<8])
  }

  /// Seconds with two decimals.
  private static func seconds(_ duration: Duration) -> String {
    let value =
      Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    return String(format: "%.2f", value)
  }

  /// The CPU time the process has used so far (user + system), in seconds, from `getrusage`.
  private static func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
      let who = RUSAGE_SELF.rawValue
    #else
      let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0 else { return 0 }
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }

  /// The process's current and peak resident set, in bytes, from `/proc/self/status` (`VmRSS`, `VmHWM`).
  private static func memory() throws(BenchError) -> (resident: Int, peak: Int) {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      throw BenchError("cannot read /proc/self/status: \(ScaleCase.mapping.rawValue) needs Linux")
    }
    func kilobytes(_ key: String) -> Int? {
      guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }) else {
        return nil
      }
      return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }
    guard let resident = kilobytes("VmRSS"), let peak = kilobytes("VmHWM") else {
      throw BenchError("cannot read VmRSS and VmHWM from /proc/self/status")
    }
    return (resident * 1_024, peak * 1_024)
  }
}
