import Foundation
import PromoGuard

/// The example shop in `Fixtures/examples`: its campaign files and its checkouts with their expected quotes.
enum ExampleFixtures {
  /// `Fixtures/examples`, found from this file's path (`Tests/PromoGuardTests/Examples/`).
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Examples
    .deletingLastPathComponent()  // PromoGuardTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // the package
    .appendingPathComponent("Fixtures")
    .appendingPathComponent("examples")

  /// `Fixtures/examples/checkouts`.
  static let checkoutDirectory = directory.appendingPathComponent("checkouts")

  /// The campaign files: every `*.json` under the folder except checkouts and expected quotes, sorted by path.
  ///
  /// - Returns: Each file's full path and its bytes.
  /// - Throws: When the folder cannot be read.
  static func campaignSources() throws -> [CampaignSource] {
    let manager = FileManager.default
    guard let enumerator = manager.enumerator(atPath: directory.path) else {
      throw FixtureError(message: "cannot list \(directory.path)")
    }
    var relativePaths = [String]()
    while let relative = enumerator.nextObject() as? String {
      if relative.hasSuffix(".json") && !relative.hasSuffix(".checkout.json")
        && !relative.hasSuffix(".quote.json")
      {
        relativePaths.append(relative)
      }
    }
    return try relativePaths.sorted().map { relative in
      // The full path, so that pools and recipient lists are read next to the campaign file.
      CampaignSource(
        path: directory.appendingPathComponent(relative).path,
        bytes: try bytes(of: directory.appendingPathComponent(relative)))
    }
  }

  /// The names of the checkouts (`<name>.checkout.json`), sorted; empty when the folder cannot be read.
  static let checkoutNames: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: checkoutDirectory.path)) ?? []
    let suffix = ".checkout.json"
    return files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
  }()

  /// The names of the expected quotes (`<name>.quote.json`), sorted.
  static let quoteNames: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: checkoutDirectory.path)) ?? []
    let suffix = ".quote.json"
    return files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
  }()

  /// The campaigns of every example file, loaded together.
  ///
  /// - Returns: The compiled campaigns.
  /// - Throws: `LoadError` when the files do not load, or a `FixtureError` when they cannot be read.
  static func campaigns() throws -> CampaignSet {
    try CampaignSet(sources: try campaignSources())
  }

  /// The contents of a file.
  ///
  /// - Parameter url: The file.
  /// - Returns: Its bytes.
  /// - Throws: When the file cannot be read.
  static func bytes(of url: URL) throws -> [UInt8] {
    Array(try Data(contentsOf: url))
  }

  /// A problem reading the example folder.
  struct FixtureError: Error, CustomStringConvertible {
    /// What went wrong.
    var message: String

    var description: String { message }
  }
}
