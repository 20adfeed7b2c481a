internal import PromoGuard
internal import PromoGuardCheck

/// The result of `promoguard diff` for people (text grouped by campaign) and machines (JSON with stable keys).
struct DiffReport {
  /// The comparison.
  var diff: CampaignDiff
  /// OLD as given on the command line.
  var oldPath: String
  /// NEW as given on the command line.
  var newPath: String

  /// A header, one block per campaign (its status, then one line per change), and a summary line.
  var text: String {
    var lines = [
      "promoguard diff \(oldPath) → \(newPath), live at \(Timestamp.spoken(diff.at, in: .utc))"
    ]
    for entry in diff.entries {
      lines.append("")
      var heading =
        "\(entry.campaignID) (\(entry.newFile ?? entry.oldFile ?? "")): \(entry.status.rawValue)"
      if entry.status != .new { heading += entry.isLive ? ", live" : ", not live" }
      if entry.fails { heading += " — PROMISE REDUCED" }
      lines.append(heading)
      for change in entry.changes {
        var label = change.direction.rawValue
        if change.direction == .reduction && !entry.isLive { label += " (not live: a change)" }
        let at = change.location.map { " — \($0)" } ?? ""
        lines.append("  - \(label): \(change.sentence)\(at)")
      }
    }
    lines.append("")
    lines.append(summary)
    return lines.joined(separator: "\n")
  }

  /// The last line: how many reductions of live campaigns, and how many campaigns of each status.
  var summary: String {
    let failing = diff.entries.filter(\.fails)
    let reductions = failing.reduce(0) { $0 + $1.reductions.count }
    var text =
      failing.isEmpty
      ? "No live campaign's promise is reduced."
      : "\(EnglishList.count(Int64(reductions), "promise reduction")) in "
        + "\(EnglishList.count(Int64(failing.count), "live campaign"))."
    var counts = [String]()
    for status in CampaignDiffEntry.Status.allCases {
      let count = diff.entries.filter { $0.status == status }.count
      if count > 0 { counts.append("\(count) \(status.rawValue)") }
    }
    if !counts.isEmpty { text += " Campaigns: " + counts.joined(separator: ", ") + "." }
    return text
  }

  /// `{"at", "old", "new", "fails", "campaigns": [...], "findings": [...]}`, pretty, keys in this order.
  var json: String {
    JSONOutput.object([
      JSONField(key: "at", value: .string(Timestamp.iso8601(diff.at, in: .utc))),
      JSONField(key: "old", value: .string(oldPath)),
      JSONField(key: "new", value: .string(newPath)),
      JSONField(key: "fails", value: .bool(diff.fails)),
      JSONField(key: "campaigns", value: .array(diff.entries.map(Self.json))),
      JSONField(key: "findings", value: .array(diff.findings.map(Self.json))),
    ]).rendered(.pretty)
  }

  private static func json(_ entry: CampaignDiffEntry) -> JSONOutput {
    .object([
      JSONField(key: "campaign", value: .string(entry.campaignID)),
      JSONField(key: "status", value: .string(entry.status.rawValue)),
      JSONField(key: "live", value: .bool(entry.isLive)),
      JSONField(key: "fails", value: .bool(entry.fails)),
      JSONField(key: "oldFile", value: entry.oldFile.map(JSONOutput.string) ?? .null),
      JSONField(key: "newFile", value: entry.newFile.map(JSONOutput.string) ?? .null),
      JSONField(
        key: "changes",
        value: .array(
          entry.changes.map { change in
            .object([
              JSONField(key: "direction", value: .string(change.direction.rawValue)),
              JSONField(key: "clause", value: .string(change.clause)),
              JSONField(key: "summary", value: .string(change.summary)),
              JSONField(
                key: "location", value: change.location.map { .string($0.description) } ?? .null),
            ])
          })),
    ])
  }

  private static func json(_ finding: Finding) -> JSONOutput {
    .object([
      JSONField(key: "kind", value: .string(finding.kind.rawValue)),
      JSONField(key: "campaign", value: .string(finding.campaignID)),
      JSONField(key: "file", value: .string(finding.file)),
      JSONField(key: "location", value: finding.location.map { .string($0.description) } ?? .null),
      JSONField(key: "summary", value: .string(finding.summary)),
      JSONField(key: "count", value: .number(String(finding.count))),
    ])
  }
}
