package import PromoGuard

/// The recipients of a recipient list (`messages[].recipients`) a mapping finding is about: how many, and the
/// first ten with their rows.
///
/// Names are already as the report may print them: masked (`j***@example.com`) unless the run asked for
/// `--show-recipients` (``PersonalData``). Every report format prints these same strings, so none can leak an
/// address the others hide.
package struct AffectedRecipients: Sendable, Hashable {
  /// The most recipients a finding lists; every affected recipient is counted in ``total``.
  package static let listLimit = 10

  /// One affected recipient: who (masked or not), where in the list, and what went wrong for them.
  package struct Recipient: Sendable, Hashable {
    /// The recipient as the report prints them: email and/or customer id, masked unless shown.
    package var name: String
    /// The row in the recipient list (file, 1-based line; column 1).
    package var location: FileLocation
    /// What this recipient was shown and when, in a few words (`code "WELCOME-7F3K", sent 1 October 2026
    /// at 09:00 (UTC)`).
    package var detail: String

    /// Creates a listed recipient.
    ///
    /// - Parameters:
    ///   - name: The recipient as printed.
    ///   - location: Their row.
    ///   - detail: What they were shown and when.
    package init(name: String, location: FileLocation, detail: String) {
      self.name = name
      self.location = location
      self.detail = detail
    }
  }

  /// How many recipients the finding affects (all of them, however many are listed).
  package var total: Int
  /// The first affected recipients in list order, at most ``listLimit``.
  package var listed: [Recipient]
  /// Whether ``listed`` prints names in full (`--show-recipients`).
  package var isShown: Bool

  /// Creates the affected recipients of a finding.
  ///
  /// - Parameters:
  ///   - total: How many are affected.
  ///   - listed: The first ones, at most ``listLimit``.
  ///   - isShown: Whether the names are printed in full.
  package init(total: Int, listed: [Recipient], isShown: Bool) {
    self.total = total
    self.listed = listed
    self.isShown = isShown
  }

  /// The lines a text report prints under the finding, without indentation (recipients indented by two).
  ///
  /// ```
  /// Recipients (12; the first 10, masked — --show-recipients prints them):
  ///   sends/welcome.csv:14: j***@example.com (c-4***): code "WELCOME-7F3K", sent 1 October 2026 at 09:00 (UTC)
  ///   …
  ///   and 2 more
  /// ```
  package var lines: [String] {
    let shownPart = listed.count < total ? "; the first \(listed.count)" : ""
    let masking = isShown ? "" : ", masked — --show-recipients prints them"
    var lines = ["Recipients (\(total)\(shownPart)\(masking)):"]
    for recipient in listed {
      lines.append(
        "  \(recipient.location.file):\(recipient.location.line): \(recipient.name): \(recipient.detail)"
      )
    }
    if listed.count < total { lines.append("  and \(total - listed.count) more") }
    return lines
  }

  /// The recipients as JSON: `{"total", "shown", "listed": [{"recipient", "file", "line", "detail"}]}`.
  package var jsonOutput: JSONOutput {
    .object([
      JSONField(key: "total", value: .number(String(total))),
      JSONField(key: "shown", value: .bool(isShown)),
      JSONField(
        key: "listed",
        value: .array(
          listed.map { recipient in
            .object([
              JSONField(key: "recipient", value: .string(recipient.name)),
              JSONField(key: "file", value: .string(recipient.location.file)),
              JSONField(key: "line", value: .number(String(recipient.location.line))),
              JSONField(key: "detail", value: .string(recipient.detail)),
            ])
          })),
    ])
  }
}
