import Foundation
import PromoGuard

/// The example shop's campaign files (`Fixtures/examples/*.json`), which the scenario case checks.
enum ExampleShop {
  /// `Fixtures/examples` of the package this benchmark was built from (found from this file's path).
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // promoguard-bench
    .deletingLastPathComponent()  // Sources
    .deletingLastPathComponent()  // the package
    .appendingPathComponent("Fixtures/examples")

  /// Reads and decodes the example campaign files, sorted by name.
  ///
  /// - Returns: The decoded files.
  /// - Throws: `BenchError` when the folder cannot be read or a file does not load.
  static func files() throws(BenchError) -> [CampaignFile] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        .filter { $0.hasSuffix(".json") }.sorted()
    } catch {
      throw BenchError("cannot list \(directory.path): \(error.localizedDescription)")
    }
    var sources = [CampaignSource]()
    for name in names {
      let url = directory.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw BenchError("cannot read \(url.path)")
      }
      sources.append(CampaignSource(path: "Fixtures/examples/\(name)", bytes: [UInt8](data)))
    }
    do {
      return try CampaignLoader.load(sources)
    } catch {
      throw BenchError("the example campaigns do not load:\n\(error)")
    }
  }
}
