import PromoGuard
import Testing

/// A change to a clean campaign file that keeps its meaning.
///
/// The same offer, to the same customers, at the same moments, written another way: `check` must stay silent
/// on it, and any finding is a false alarm.
struct Rewrite: Sendable, CustomTestStringConvertible {
  /// A short name for reports ("moments-in-utc").
  var name: String
  /// What is written differently and why it means the same.
  var story: String
  /// How the rewritten file orders objects' keys.
  var keyOrder: JSONValue.KeyOrder = .ascending
  /// Rewrites every campaign of the file it applies to (the clean file gives the rephrased wording).
  var rewrite: @Sendable (_ document: inout CampaignDocument, _ clean: CleanCampaign) -> Void

  /// The name.
  var testDescription: String { name }

  /// The rewritten file.
  ///
  /// - Parameter clean: The clean campaign file.
  /// - Returns: The rewrite, or `nil` when it changes nothing in this file.
  func rewritten(_ clean: CleanCampaign) -> RewriteCase? {
    guard let original = try? clean.document() else { return nil }
    var document = original
    rewrite(&document, clean)
    guard document != original || keyOrder != .ascending else { return nil }
    return RewriteCase(
      clean: clean.name, rewriteName: name, story: story, path: clean.path,
      json: document.text(keyOrder: keyOrder), companions: document.companions)
  }
}

/// One rewritten clean file.
struct RewriteCase: Sendable, CustomTestStringConvertible {
  /// The clean file's name.
  var clean: String
  /// The rewrite's name.
  var rewriteName: String
  /// What is written differently.
  var story: String
  /// The path the file is loaded under.
  var path: String
  /// The rewritten file.
  var json: String
  /// Its companion files (pools, recipient lists), by name.
  var companions: [String: String] = [:]

  /// "clean › rewrite".
  var testDescription: String { "\(clean) › \(rewriteName)" }
}
