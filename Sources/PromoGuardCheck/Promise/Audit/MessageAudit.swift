import PromoGuard

/// The email-to-code mapping: for each message of a campaign, whether its audience has a working way to the
/// discount (`unreachable`) and whether it says what the campaign does (`messageMismatch`).
struct MessageAudit {
  /// Every campaign loaded, by load order.
  let campaigns: [AuditedCampaign]
  /// Every code loaded.
  let codes: CodeDirectory

  /// The findings about the messages of one campaign, in message order.
  ///
  /// - Parameter audited: The campaign.
  /// - Returns: Its message findings.
  func findings(for audited: AuditedCampaign) -> [Finding] {
    claims(for: audited).map(\.finding)
  }

  /// The findings about the messages of one campaign, in message order, each with the recipient witness that
  /// must stand behind it (``WitnessSearch``).
  ///
  /// - Parameter audited: The campaign.
  /// - Returns: Its message findings, with what goes wrong for each message's recipients.
  func claims(for audited: AuditedCampaign) -> [StaticClaim] {
    audited.campaign.messages.flatMap { claims(for: $0, of: audited) }
  }

  private func claims(for message: Message, of audited: AuditedCampaign) -> [StaticClaim] {
    var found = [StaticClaim]()
    let campaign = audited.campaign
    let rules = campaign.mechanics
    func add(_ kind: FindingKind, _ issue: MessageIssue, _ summary: String) {
      found.append(
        StaticClaim(
          finding: audited.finding(kind, at: "messages", message: message, summary),
          witness: .message(message, issue)))
    }
    let needsCode = rules.activation != .automatic
    let linkCode = message.link?.appliesCode

    // A message with a recipient list shows each recipient their own code: the list is audited row by row
    // (``RecipientListAudit``).
    if needsCode && message.code == nil && linkCode == nil && message.recipients == nil {
      add(
        .unreachable, .noWayIn,
        "the message shows no code and "
          + (message.link == nil ? "carries no link" : "its link applies none")
          + ", but the campaign needs one of its codes (activation.codes): recipients have no way "
          + "to get the discount — show the code, or make the link apply it")
    }
    if let shown = message.code {
      found += codeClaims(
        shown, how: "shows", message: message, of: audited, needsCode: needsCode)
    }
    if let linkCode {
      found += codeClaims(
        linkCode, how: "links", message: message, of: audited, needsCode: needsCode)
    }
    if let advertised = message.advertises {
      let promised = campaign.promise.rules.benefit
      let clause = campaign.terms == nil ? "benefit" : "terms.benefit"
      switch BenefitComparison.of(advertised, against: promised) {
      case .higher:
        add(
          .messageMismatch, .advertises(advertised),
          "the message advertises \(AuditPhrases.benefit(advertised)), more than the "
            + "\(AuditPhrases.benefit(promised)) the campaign promises (\(clause))")
      case .different:
        add(
          .messageMismatch, .advertises(advertised),
          "the message advertises \(AuditPhrases.benefit(advertised)), a different benefit from the "
            + "\(AuditPhrases.benefit(promised)) the campaign promises (\(clause))")
      case .same, .lower:
        break
      }
    }
    if let sentAt = message.sentAt {
      if let starts = rules.window.starts, sentAt < starts {
        add(
          .messageMismatch, .sentBeforeStart,
          "the message is sent \(AuditPhrases.time(sentAt, in: rules.zone)), before the campaign "
            + "starts \(AuditPhrases.time(starts, in: rules.zone)) (starts): early recipients are "
            + "told the code is not active yet")
      }
      if let ends = rules.window.ends, sentAt >= ends {
        add(
          .messageMismatch, .sentAfterEnd,
          "the message is sent \(AuditPhrases.time(sentAt, in: rules.zone)), when the campaign has "
            + "ended \(AuditPhrases.time(ends, in: rules.zone)) (ends): every recipient is told the "
            + "code has expired")
      }
    }
    if let campaignAudience = rules.audience,
      let wider = widerAudience(message.audience, than: campaignAudience)
    {
      add(
        .messageMismatch, .widerAudience,
        "the message goes to \(wider), but the campaign admits only "
          + "\(AuditPhrases.audience(campaignAudience)) (audience): some recipients will be refused"
      )
    }
    return found
  }

  /// The findings about one code a message shows or links.
  private func codeClaims(
    _ code: String, how: String, message: Message, of audited: AuditedCampaign, needsCode: Bool
  ) -> [StaticClaim] {
    let viaLink = how != "shows"
    let rules = audited.campaign.mechanics
    let noun =
      how == "shows" ? "the code \"\(code)\" it shows" : "the code \"\(code)\" its link applies"
    guard let entry = codes.lookUp(code) else {
      // An automatic campaign still applies without the code, so its recipients are not stranded.
      guard needsCode else { return [] }
      let matching =
        rules.codeMatching == .exact ? " (codes match exactly: case and dashes count)" : ""
      return [
        StaticClaim(
          finding: audited.finding(
            .unreachable, at: "messages", message: message,
            "the message \(how) \"\(code)\", a code checkout does not know\(matching); the "
              + "campaign's codes are \(AuditPhrases.quotedList(rules.activation.codes)) "
              + "(activation.codes): recipients who use it are told it is unknown"),
          witness: .message(message, .unknownCode(code, viaLink: viaLink)))
      ]
    }
    guard entry.order != audited.order, campaigns.indices.contains(entry.order) else { return [] }
    let other = campaigns[entry.order].campaign
    let issue = MessageIssue.otherCampaignCode(code, viaLink: viaLink, owner: other)
    var found = [
      StaticClaim(
        finding: audited.finding(
          .messageMismatch, at: "messages", message: message,
          "the message \(how) \"\(code)\", a code of the campaign \"\(other.id)\" "
            + "(\(other.name)), not of this one: recipients get that campaign's offer, not this one's"
        ),
        witness: .message(message, issue))
    ]
    if let sentAt = message.sentAt, other.mechanics.window.isAtOrAfterEnd(sentAt),
      let ends = other.mechanics.window.ends
    {
      found.append(
        StaticClaim(
          finding: audited.finding(
            .unreachable, at: "messages", message: message,
            "\(noun) belongs to the campaign \"\(other.id)\", which ended "
              + "\(AuditPhrases.time(ends, in: other.mechanics.zone)), before the message is sent: "
              + "recipients are told it has expired"),
          witness: .message(message, issue)))
    }
    return found
  }

  /// The recipients a message reaches that a campaign's audience does not admit, or `nil` when every
  /// recipient is admitted (or that cannot be told).
  private func widerAudience(_ recipients: Audience?, than audience: Audience) -> String? {
    guard let recipients else { return "everyone (it has no audience)" }
    let segments = recipients.segments.filter { !audience.segments.contains($0) }
    // A listed customer may be in one of the campaign's segments; only without segments is it certain.
    let customers =
      audience.segments.isEmpty
      ? recipients.customers.filter { !audience.customers.contains($0) } : []
    guard !segments.isEmpty || !customers.isEmpty else { return nil }
    return AuditPhrases.audience(Audience(segments: segments, customers: customers))
  }
}
