import Foundation
import PromoGuard

/// The repository's fixture files, read from disk.
enum FixtureFiles {
  /// The package root, found from this file's path.
  static let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)
    return parts.joined(separator: "/")
  }()

  /// The campaign files directly in `Fixtures/<folder>`, sorted by name (none when the folder is missing).
  static func files(in folder: String) throws -> [CampaignFile] {
    let directory = repositoryRoot + "/Fixtures/" + folder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let sources = try names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".checkout.json") }
      .sorted()
      .map { name in
        let path = "Fixtures/\(folder)/\(name)"
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
        return CampaignSource(path: path, bytes: Array(data))
      }
    return try CampaignLoader.load(sources)
  }

  /// The paths (from the repository root) of every `*.json` campaign file under `Fixtures/<folder>`, at any
  /// depth, sorted.
  static func paths(under folder: String) -> [String] {
    let directory = repositoryRoot + "/Fixtures/" + folder
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var paths = [String]()
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".json"), !relative.hasSuffix(".checkout.json"),
        !relative.hasSuffix(".quote.json")
      else { continue }
      paths.append("Fixtures/\(folder)/\(relative)")
    }
    return paths.sorted()
  }

  /// Loads one campaign file given by its path from the repository root.
  static func file(at path: String) throws -> [CampaignFile] {
    let data = try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/" + path))
    return try CampaignLoader.load([CampaignSource(path: path, bytes: Array(data))])
  }
}
