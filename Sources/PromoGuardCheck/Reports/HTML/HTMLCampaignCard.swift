package import PromoGuard

/// One campaign's card in the HTML report: its verdict, name, id and file, what the offer promises in plain
/// words, the timeline of its window and messages, and each finding with its evidence.
package struct HTMLCampaignCard {
  /// The campaign's report.
  package var report: CampaignReport
  /// The campaign, when the files given hold it (for its terms, window and messages).
  package var campaign: Campaign?
  /// The catalog of the campaign's file, for product names in its terms.
  package var catalog: Catalog?
  /// The command that reproduces the campaign's findings, or `nil` (the audit needs none).
  package var reproduce: String?

  /// Creates a card.
  ///
  /// - Parameters:
  ///   - report: The campaign's report.
  ///   - campaign: The campaign, if known.
  ///   - catalog: The catalog of its file, if any.
  ///   - reproduce: The reproduce command, if any.
  package init(
    report: CampaignReport, campaign: Campaign?, catalog: Catalog? = nil, reproduce: String?
  ) {
    self.report = report
    self.campaign = campaign
    self.catalog = catalog
    self.reproduce = reproduce
  }

  /// The card: a `<section class="card …">`.
  package var markup: String {
    let outcome = report.outcome.rawValue
    var parts = [String]()
    let scenarios =
      report.scenarios == 0
      ? "" : " · \(report.scenarios) scenario\(report.scenarios == 1 ? "" : "s")"
    parts.append(
      HTMLMarkup.element(
        "div", [("class", "card-head")],
        HTMLMarkup.element("span", [("class", "badge \(outcome)")], outcome)
          + HTMLMarkup.element("h2", [], HTMLMarkup.text(report.campaignName))
          + HTMLMarkup.element(
            "span", [("class", "muted")],
            HTMLMarkup.element("code", [], HTMLMarkup.text(report.campaignID)) + " in "
              + HTMLMarkup.element("code", [], HTMLMarkup.text(report.file))
              + HTMLMarkup.text(scenarios))))
    parts += notes.map { HTMLMarkup.element("p", [("class", "note")], HTMLMarkup.text($0)) }
    if let campaign {
      parts.append(promise(campaign))
      parts.append(HTMLMarkup.element("h3", [], "Window and messages"))
      parts.append(HTMLTimeline.markup(campaign))
    }
    if !report.findings.isEmpty {
      parts.append(
        HTMLMarkup.element(
          "h3", [], "Findings (\(report.findings.count))"))
      parts += report.findings.map(finding)
    }
    return HTMLMarkup.element(
      "section", [("class", "card \(outcome)"), ("id", "campaign-" + report.campaignID)],
      parts.joined())
  }

  /// Untested, reach not tested, expected kinds missing or unconfirmed: the text report's notes.
  var notes: [String] {
    var notes = [String]()
    if report.isUntested {
      notes.append(
        "Untested: only \(report.boundaryScenariosRun) of its \(report.boundaryScenarios) boundary "
          + "scenarios ran, so it cannot pass.")
    }
    if !report.isReachTested { notes.append(TextReport.reachNotTested) }
    for kind in report.missingExpected {
      notes.append(
        "Missing: \(kind.rawValue) is listed in expectFindings but was not found — the problem may be "
          + "fixed (remove it from expectFindings) or the check no longer sees it.")
    }
    for kind in report.unconfirmedExpected {
      notes.append(
        "Unconfirmed: \(kind.rawValue) is listed in expectFindings and was not found in the scenarios "
          + "that ran.")
    }
    return notes
  }

  /// What the offer promises: the rendered terms, then the published wording when the file has one.
  private func promise(_ campaign: Campaign) -> String {
    let terms = TermsText(campaign: campaign, catalog: catalog)
    var markup = HTMLMarkup.element("h3", [], "What the offer promises")
    markup += HTMLMarkup.element(
      "p", [], HTMLMarkup.element("strong", [], HTMLMarkup.text(terms.title)))
    markup += HTMLMarkup.element(
      "ul", [("class", "terms")],
      terms.lines.map { line in
        let text = line.hasPrefix("  - ") ? "– " + line.dropFirst(4) : String(line.dropFirst(2))
        return HTMLMarkup.element("li", [], HTMLMarkup.text(text))
      }.joined())
    if let published = campaign.promise.text, !published.isEmpty {
      markup += HTMLMarkup.element(
        "blockquote", [("class", "published")],
        HTMLMarkup.text("Published wording: " + published))
    }
    return markup
  }

  /// A finding: kind, summary, location, message, then its receipt, chart and reproduce command.
  private func finding(_ finding: Finding) -> String {
    var parts = [String]()
    let count = FindingText.countPhrase(finding)
    parts.append(
      HTMLMarkup.element(
        "div", [],
        HTMLMarkup.element("span", [("class", "kind")], HTMLMarkup.text(finding.kind.rawValue))
          + HTMLMarkup.text(" — \(finding.kind.phrase)\(count)")))
    parts.append(HTMLMarkup.element("p", [], HTMLMarkup.text(finding.summary)))
    var facts = [String]()
    if let location = finding.location {
      facts.append(
        "At " + HTMLMarkup.element("code", [], HTMLMarkup.text(location.description)))
    }
    if let message = finding.messageID {
      facts.append("Message " + HTMLMarkup.element("code", [], HTMLMarkup.text(message)))
    }
    if !facts.isEmpty {
      parts.append(HTMLMarkup.element("p", [("class", "muted")], facts.joined(separator: " · ")))
    }
    if let recipients = finding.recipients {
      parts.append(HTMLCampaignCard.recipientsMarkup(recipients))
    }
    if let example = finding.example {
      parts.append(HTMLReceipt.markup(example, zone: report.zone, catalog: report.catalog))
      if let campaign, DiscountCurve.applies(to: finding, campaign: campaign),
        let curve = DiscountCurve(campaign: campaign, witness: example.checkout)
      {
        parts.append(HTMLChart.markup(curve))
      }
      if let reproduce {
        parts.append(
          HTMLMarkup.element("p", [], "Reproduce:")
            + HTMLMarkup.element("code", [("class", "reproduce")], HTMLMarkup.text(reproduce)))
      }
    }
    let className = finding.isExpected ? "finding expected" : "finding"
    return HTMLMarkup.element(
      "div", [("class", className), ("data-kind", finding.kind.rawValue)], parts.joined())
  }

  /// The affected recipients of a mapping finding: how many, then the first ten with their rows (masked unless
  /// the run asked for `--show-recipients`).
  ///
  /// - Parameter recipients: The recipients.
  /// - Returns: The markup.
  static func recipientsMarkup(_ recipients: AffectedRecipients) -> String {
    let lines = recipients.lines
    let items = lines.dropFirst().map { line in
      HTMLMarkup.element("li", [], HTMLMarkup.text(String(line.drop(while: { $0 == " " }))))
    }
    return HTMLMarkup.element("p", [], HTMLMarkup.text(lines.first ?? ""))
      + HTMLMarkup.element("ul", [("class", "recipients")], items.joined())
  }
}
