/// One decoded campaign file: `{"format": "promoguard/1", "campaigns": [...], "catalog": {...}}`.
package struct CampaignFile: Sendable, Hashable {
  /// The path as given.
  package var path: String
  /// The campaigns, in file order.
  package var campaigns: [Campaign]
  /// The products the harness builds baskets from, if the file has them.
  package var catalog: Catalog?

  /// Creates a file.
  package init(path: String, campaigns: [Campaign], catalog: Catalog?) {
    self.path = path
    self.campaigns = campaigns
    self.catalog = catalog
  }

  /// The only format this version reads.
  package static let format = "promoguard/1"
}

/// The bytes of one campaign file and the path to report it by.
public struct CampaignSource: Sendable, Hashable {
  /// The path shown in diagnostics.
  public var path: String
  /// The file's contents, UTF-8 JSON.
  public var bytes: [UInt8]
  /// The companion files (code pools, recipient lists) by the name the campaign file writes, or `nil` to read
  /// them from disk next to ``path``.
  public var companions: [String: [UInt8]]?

  /// Creates a source whose companion files, if any, are read from disk next to `path`.
  ///
  /// - Parameters:
  ///   - path: The path shown in diagnostics; companion files are named relative to its folder.
  ///   - bytes: The file's contents.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    self.companions = nil
  }

  /// Creates a source with its companion files in memory.
  ///
  /// ```swift
  /// let source = CampaignSource(
  ///   path: "welcome.json", bytes: campaignBytes, companions: ["codes/welcome.csv": poolBytes])
  /// ```
  ///
  /// - Parameters:
  ///   - path: The path shown in diagnostics.
  ///   - bytes: The file's contents.
  ///   - companions: The files the campaign file names (`"file": "codes/welcome.csv"`), by that name; a name
  ///     missing here is an error, never read from disk.
  public init(path: String, bytes: [UInt8], companions: [String: [UInt8]]) {
    self.path = path
    self.bytes = bytes
    self.companions = companions
  }
}
