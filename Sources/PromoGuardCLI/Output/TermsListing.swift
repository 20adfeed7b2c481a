internal import PromoGuard

/// The terms text of every campaign in some files, sorted by file then id, as text or JSON.
struct TermsListing {
  /// One campaign's terms.
  struct Entry {
    /// The campaign's id.
    var campaignID: String
    /// The file it is in.
    var file: String
    /// Its terms text, without a trailing newline.
    var text: String
  }

  /// The campaigns, sorted by file then id.
  var entries: [Entry]

  /// The terms of every campaign in `files`.
  init(files: [CampaignFile]) {
    entries = files.flatMap { file in
      file.campaigns.map {
        Entry(
          campaignID: $0.id, file: file.path,
          text: TermsText(campaign: $0, catalog: file.catalog).text)
      }
    }
    .sorted { ($0.file, $0.campaignID) < ($1.file, $1.campaignID) }
  }

  /// Each campaign under a header `== FILE: ID ==`, separated by blank lines; no trailing newline.
  var text: String {
    entries.map { "== \($0.file): \($0.campaignID) ==\n\($0.text)" }.joined(separator: "\n\n")
  }

  /// `[{"campaign": id, "file": path, "text": terms}]`, pretty.
  var json: String {
    JSONOutput.array(
      entries.map {
        .object([
          JSONField(key: "campaign", value: .string($0.campaignID)),
          JSONField(key: "file", value: .string($0.file)),
          JSONField(key: "text", value: .string($0.text)),
        ])
      }
    ).rendered(.pretty)
  }
}
