import Testing

/// A realistic campaign file with no mistake in it: the starting point every mutation and rewrite edits.
///
/// Its mechanics, structured terms, published wording and messages agree, and its catalog reaches every
/// target, so `check` finds nothing in it.
struct CleanCampaign: Sendable, CustomTestStringConvertible {
  /// A short name for reports, also the file's name (`<name>.json`).
  var name: String
  /// What the file shows (the kind of offer, currency and zone).
  var summary: String
  /// The campaign file, as marketing would write it.
  var json: String
  /// For each campaign id, its published wording rephrased with the same facts.
  var rephrasedText: [String: String]
  /// The companion files the campaign file names (pools, recipient lists), by the name it writes.
  var companions: [String: String] = [:]

  /// The path the file is loaded under.
  var path: String { "Mutation/\(name).json" }

  /// The name.
  var testDescription: String { name }

  /// The file as a JSON tree.
  ///
  /// - Throws: When `json` is not JSON (a mistake in this suite).
  func document() throws -> CampaignDocument {
    CampaignDocument(root: try JSONValue(parsing: json), companions: companions)
  }
}
