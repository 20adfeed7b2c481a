internal import PromoGuard
internal import PromoGuardCheck

/// What `promoguard lint` prints: the audit's findings grouped by file and campaign, as text or JSON.
struct LintReport {
  /// The files read, in order.
  var files: [CampaignFile]
  /// The reports shown, in load order.
  var reports: [CampaignReport]

  /// Whether every report passes.
  var passes: Bool { reports.allSatisfy(\.passes) }

  /// The findings shown.
  private var findings: [Finding] { reports.flatMap(\.findings) }

  /// Where each campaign starts, by id.
  private var campaignLocations: [String: FileLocation] {
    var locations = [String: FileLocation]()
    for file in files {
      for campaign in file.campaigns { locations[campaign.id] = campaign.location }
    }
    return locations
  }

  /// The warnings of the campaigns shown (a `starts` or `ends` daylight saving skipped or repeated), by
  /// campaign id; they never make lint fail.
  private var warnings: [String: [Diagnostic]] {
    let shown = Set(reports.map(\.campaignID))
    var warnings = [String: [Diagnostic]]()
    for file in files {
      for campaign in file.campaigns where !campaign.warnings.isEmpty && shown.contains(campaign.id)
      {
        warnings[campaign.id] = campaign.warnings
      }
    }
    // Stackable campaigns of different kinds that share a priority (issue 11).
    for (id, ties) in PriorityTieAudit.warnings(files: files) where shown.contains(id) {
      warnings[id, default: []] += ties
    }
    return warnings
  }

  /// Expected kinds lint cannot find (they need generated checkouts), by campaign id.
  private var notChecked: [String: [FindingKind]] {
    var kinds = [String: [FindingKind]]()
    for file in files {
      for campaign in file.campaigns {
        kinds[campaign.id] = Set(campaign.expectFindings.compactMap(FindingKind.init(rawValue:)))
          .subtracting(StaticAudit.checkedKinds).sorted()
      }
    }
    return kinds
  }

  /// The text report: per file, per campaign with something to say, one line per finding
  /// (`path:line:col: kind: summary`), then a warning per file without a catalog, then one summary line.
  var text: String {
    var text = ""
    let locations = campaignLocations
    let notChecked = self.notChecked
    let warnings = self.warnings
    var lastFile: String?
    for report in reports
    where !report.findings.isEmpty || !report.missingExpected.isEmpty
      || warnings[report.campaignID] != nil
    {
      if report.file != lastFile {
        if lastFile != nil { text += "\n" }
        text += report.file + "\n"
        lastFile = report.file
      }
      let verdict = report.passes ? "passes" : "fails"
      text += "  \(report.campaignID) (\(report.campaignName)): \(verdict)\n"
      for finding in report.findings {
        let place = finding.location?.description ?? finding.file
        let message = finding.messageID.map { "message \"\($0)\": " } ?? ""
        text +=
          "    \(place): \(finding.kind.rawValue): \(message)\(finding.summary)"
          + (finding.isExpected ? " (expected)" : "") + "\n"
        for line in finding.recipients?.lines ?? [] { text += "      \(line)\n" }
        if let example = finding.example {
          let lines = FindingText.exampleLines(
            example, zone: report.zone, catalog: report.catalog, reproduce: nil)
          for line in lines { text += "      \(line)\n" }
        }
      }
      let place = locations[report.campaignID]?.description ?? report.file
      for kind in report.missingExpected {
        text +=
          "    \(place): \(kind.rawValue): expected (expectFindings) but not found — fix the "
          + "expectation or restore the check\n"
      }
      for warning in warnings[report.campaignID] ?? [] {
        text +=
          "    \(warning.file):\(warning.line):\(warning.column): warning: \(warning.message)\n"
      }
      if let unchecked = notChecked[report.campaignID], !unchecked.isEmpty {
        text +=
          "    also expected, found only with generated checkouts (promoguard check): "
          + unchecked.map(\.rawValue).joined(separator: ", ") + "\n"
      }
    }
    if lastFile != nil { text += "\n" }
    let notes = reachNotes
    for note in notes { text += note + "\n" }
    if !notes.isEmpty { text += "\n" }
    text += summaryLine + "\n"
    return text
  }

  /// One warning per file without a catalog among those shown, saying reach was not tested there.
  ///
  /// A recommendation, not a finding: it does not make lint fail.
  ///
  /// `Fixtures/x.json: warning: no catalog: reach not tested for 2 campaigns — add a "catalog" …`
  var reachNotes: [String] {
    var counts = [(file: String, campaigns: Int)]()
    for report in reports where !report.isReachTested {
      if let last = counts.indices.last, counts[last].file == report.file {
        counts[last].campaigns += 1
      } else {
        counts.append((report.file, 1))
      }
    }
    return counts.map { entry in
      "\(entry.file): warning: no catalog: reach not tested for \(count(entry.campaigns, "campaign")) — "
        + "add a \"catalog\" of the shop's products so that lint can check that a real basket can get "
        + "each discount"
    }
  }

  /// The last line, with `, 1 warning` before the verdict when there are warnings.
  ///
  /// "7 campaigns in 3 files: 5 findings (4 expected, 1 unexpected), 0 expected kinds not found. Lint fails."
  var summaryLine: String {
    let warningCount = warnings.values.reduce(0) { $0 + $1.count }
    let all = findings
    let expected = all.filter(\.isExpected).count
    let missing = reports.reduce(0) { $0 + $1.missingExpected.count }
    let fileCount = Set(reports.map(\.file)).count
    return "\(count(reports.count, "campaign")) in \(count(fileCount, "file")): "
      + "\(count(all.count, "finding")) (\(expected) expected, \(all.count - expected) unexpected), "
      + "\(count(missing, "expected kind")) not found"
      + (warningCount > 0 ? ", \(count(warningCount, "warning")). " : ". ")
      + (passes ? "Lint passes." : "Lint fails.")
  }

  private func count(_ value: Int, _ noun: String) -> String {
    "\(value) \(noun)\(value == 1 ? "" : "s")"
  }

  /// The JSON report: `passes`, `summary`, then `campaigns`, each with its findings.
  var jsonOutput: JSONOutput {
    let all = findings
    let expected = all.filter(\.isExpected).count
    let notChecked = self.notChecked
    let warnings = self.warnings
    return .object([
      JSONField(key: "passes", value: .bool(passes)),
      JSONField(
        key: "summary",
        value: .object([
          JSONField(key: "files", value: .number(String(Set(reports.map(\.file)).count))),
          JSONField(key: "campaigns", value: .number(String(reports.count))),
          JSONField(key: "findings", value: .number(String(all.count))),
          JSONField(key: "expected", value: .number(String(expected))),
          JSONField(key: "unexpected", value: .number(String(all.count - expected))),
          JSONField(
            key: "missingExpected",
            value: .number(String(reports.reduce(0) { $0 + $1.missingExpected.count }))),
        ])),
      JSONField(
        key: "campaigns",
        value: .array(
          reports.map { report in
            .object([
              JSONField(key: "campaign", value: .string(report.campaignID)),
              JSONField(key: "name", value: .string(report.campaignName)),
              JSONField(key: "file", value: .string(report.file)),
              JSONField(key: "passes", value: .bool(report.passes)),
              JSONField(
                key: "findings", value: .array(report.findings.map { $0.jsonOutput(in: report) })),
              JSONField(key: "reachTested", value: .bool(report.isReachTested)),
              JSONField(
                key: "missingExpected",
                value: .array(report.missingExpected.map { .string($0.rawValue) })),
              JSONField(
                key: "notChecked",
                value: .array((notChecked[report.campaignID] ?? []).map { .string($0.rawValue) })),
              JSONField(
                key: "warnings",
                value: .array((warnings[report.campaignID] ?? []).map(Self.warningJSON))),
            ])
          })),
    ])
  }

  /// A warning as JSON: `file`, `line`, `column`, `path`, `message`.
  private static func warningJSON(_ warning: Diagnostic) -> JSONOutput {
    .object([
      JSONField(key: "file", value: .string(warning.file)),
      JSONField(key: "line", value: .number(String(warning.line))),
      JSONField(key: "column", value: .number(String(warning.column))),
      JSONField(key: "path", value: .string(warning.path)),
      JSONField(key: "message", value: .string(warning.message)),
    ])
  }
}
