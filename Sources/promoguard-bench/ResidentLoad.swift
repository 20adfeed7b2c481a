import Foundation
import PromoGuard

/// `--resident N`: what a loaded campaign set keeps in memory, per campaign.
///
/// Generates N coded campaigns (the `code-*` cases' shapes) as files of at most ``campaignsPerFile`` each, reads
/// the resident set size, loads them through `CampaignSet(sources:)`, and reads it again while the set is alive.
/// The difference divided by N is the figure; the JSON bytes are already resident before the first reading, so
/// they are not counted. Linux only (`/proc/self/statm`).
enum ResidentLoad {
  /// Campaigns per generated file (files of about 3 MB, far below the loader's size limit).
  static let campaignsPerFile = 10_000

  /// Loads `count` generated campaigns and describes what they cost.
  ///
  /// - Parameter count: How many campaigns, 1 to `CampaignLoader.maximumCampaigns`.
  /// - Returns: One line per figure, for the terminal.
  /// - Throws: `BenchError` when the campaigns do not load or the resident size cannot be read.
  static func measure(campaigns count: Int) throws(BenchError) -> String {
    var generator = CampaignGenerator(seed: 0x10AD)
    let campaigns = generator.codedCampaigns(count: count).campaigns
    var sources = [CampaignSource]()
    var jsonBytes = 0
    var start = 0
    while start < campaigns.count {
      let end = min(start + campaignsPerFile, campaigns.count)
      let bytes = CampaignGenerator.file(Array(campaigns[start..<end]))
      jsonBytes += bytes.count
      sources.append(CampaignSource(path: "generated-\(sources.count).json", bytes: bytes))
      start = end
    }
    let before = try residentBytes()
    let clock = ContinuousClock()
    let started = clock.now
    let set: CampaignSet
    do {
      set = try CampaignSet(sources: sources)
    } catch {
      throw BenchError("the generated campaigns do not load:\n\(error)")
    }
    let loadTime = clock.now - started
    let after = try residentBytes()
    let loaded = withExtendedLifetime(set) { set.campaignIDs.count }
    let kept = max(0, after - before)
    let perCampaign = Double(kept) / Double(max(1, loaded))
    let perJSON = Double(jsonBytes) / Double(max(1, loaded))
    let seconds =
      Double(loadTime.components.seconds) + Double(loadTime.components.attoseconds) / 1e18
    let ratio = String(format: "%.1f", perCampaign / max(1, perJSON))
    return [
      "resident: \(loaded) campaigns in \(sources.count) files, \(jsonBytes) bytes of JSON "
        + "(\(Int(perJSON.rounded())) per campaign)",
      "load time: \(NumberText.duration(seconds * 1e9))",
      "resident set: \(before) bytes before the load, \(after) after: \(kept) kept, "
        + "\(Int(perCampaign.rounded())) bytes per campaign (\(ratio)× its JSON)",
    ].joined(separator: "\n")
  }

  /// The process's resident set size in bytes, from `/proc/self/statm` (its second field, in pages).
  private static func residentBytes() throws(BenchError) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      throw BenchError("cannot read /proc/self/statm: --resident needs Linux")
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else {
      throw BenchError("cannot read the resident set size from /proc/self/statm: '\(text)'")
    }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }
}
