import PromoGuard

/// Turns ``MappingAudit``'s tallies for one message's recipient list into findings: a summary with the count,
/// the first ten recipients (masked unless shown) with their rows, and the message at fault.
struct MappingFindings {
  /// The campaign.
  let audited: AuditedCampaign
  /// The message whose list it is.
  let message: Message
  /// Whether names are printed in full (`--show-recipients`).
  let showRecipients: Bool

  /// The findings of one list, in ``MappingIssue`` order.
  ///
  /// - Parameters:
  ///   - recipients: The list.
  ///   - pool: The campaign's pool (or its code list).
  ///   - poolName: How the summary names the pool (`the pool "codes/welcome.csv" (activation.pool)`).
  ///   - rules: What the campaign and the message say.
  ///   - owner: The campaign with a given id (for a code of another campaign).
  ///   - witness: The engine's checkout for a recipient, or `nil` when it shows none; `nil` to look for none.
  /// - Returns: One finding per issue found.
  func findings(
    recipients: some MappingRecipients, pool: some MappingPool, poolName: String,
    rules: MappingRules, owner: (String) -> Campaign? = { _ in nil },
    witness: ((RecipientCheckout) -> FindingExample?)? = nil
  ) -> [Finding] {
    let audit = MappingAudit.tallies(recipients: recipients, pool: pool, rules: rules)
    return audit.issues.map { issue, tally in
      var finding = audited.finding(
        issue.kind, at: "messages", message: message,
        summary(
          issue, count: tally.total, recipients: recipients.count, pool: pool, poolName: poolName,
          rules: rules))
      finding.count = tally.total
      finding.recipients = AffectedRecipients(
        total: tally.total,
        listed: tally.rows.map { row in
          AffectedRecipients.Recipient(
            name: PersonalData.recipient(
              email: recipients.email(at: row.index), customer: recipients.customer(at: row.index),
              shown: showRecipients),
            location: FileLocation(
              file: recipients.path, line: recipients.line(at: row.index), column: 1),
            detail: row.detail)
        }, isShown: showRecipients)
      if let witness, let first = tally.rows.first,
        let checkout = recipientCheckout(
          issue, row: first.index, recipients: recipients, pool: pool, rules: rules, owner: owner,
          unshown: audit.unshown),
        var example = witness(checkout)
      {
        if !showRecipients, let id = example.checkout.customer?.id, id == checkout.customerID {
          example.checkout.customer?.id = PersonalData.masked(customer: id)
        }
        finding.example = example
      }
      return finding
    }
  }

  /// The one-line summary of an issue.
  private func summary(
    _ issue: MappingIssue, count: Int, recipients: Int, pool: some MappingPool, poolName: String,
    rules: MappingRules
  ) -> String {
    let who = count == 1 ? "1 recipient is" : "\(count) recipients are"
    switch issue {
    case .unknownCode:
      return
        "\(who) shown a code \(poolName) does not have: checkout tells them the code is unknown "
        + "— load the missing codes, or send codes from the pool"
    case .otherCampaignCode:
      return
        "\(who) shown a code of another campaign, not one of \(poolName): checkout gives them that "
        + "campaign's offer, or refuses it — send this campaign's codes"
    case .sentTwice:
      return
        "\(who) shown a single-use code already sent to another recipient: whoever uses it second is "
        + "told it has already been used — send each code to one recipient"
    case .boundToAnother:
      return
        "\(who) shown a code bound to another customer (the pool's customer column): checkout tells "
        + "them it was issued to another customer — send each bound code to its customer"
    case .outsideAudience:
      return
        "\(who) not among the customers the campaign admits (audience.customers): checkout refuses "
        + "them — send the message to the campaign's customers, or admit them"
    case .refusedChannel:
      let allowed = audited.campaign.mechanics.channels?.joined(separator: ", ") ?? ""
      return
        "the message goes out on \(rules.refusedChannel ?? message.channel), a checkout channel the "
        + "campaign refuses (channels: \(allowed)): "
        + (count == 1 ? "its 1 recipient is" : "its \(count) recipients are")
        + " refused there — send it on an allowed channel, or allow this one"
    case .moreRecipientsThanCodes:
      return
        "the list has \(recipients) recipients for \(pool.count) single-use codes in \(poolName): "
        + "\(count) of them cannot get a code of their own — load at least \(count) more code"
        + (count == 1 ? "" : "s")
    case .poolRunsOut:
      return
        "the pool's unused codes run out before the planned sends (rows without a code) are done: "
        + (count == 1
          ? "the last recipient, in send order, gets"
          : "the last \(count) recipients, in send order, get")
        + " no code — load at least \(count) more code\(count == 1 ? "" : "s") into \(poolName)"
    case .expiresBeforeSend:
      return
        "\(who) sent a code that has already ended when the message reaches them (its expires, or the "
        + "campaign's ends): checkout tells them it has expired — send earlier, or extend the codes"
    case .expiresBeforePromise:
      return
        "\(who) sent a code that ends before the promised \(rules.validFor ?? "validity") from "
        + "sending (activation.pool.validFor): checkout says it has expired while the promise still "
        + "runs — extend the codes' expires (or the campaign's ends), or promise less"
    }
  }

  /// The checkout that shows an issue for one recipient, with its control (the same checkout with the one
  /// thing at fault put right), or `nil` for an issue no single checkout shows (a recipient without a code
  /// has nothing to type) or without a control.
  private func recipientCheckout(
    _ issue: MappingIssue, row: Int, recipients: some MappingRecipients, pool: some MappingPool,
    rules: MappingRules, owner: (String) -> Campaign?, unshown: Int?
  ) -> RecipientCheckout? {
    guard let code = recipients.code(at: row), !code.isEmpty, let sent = recipients.sentAt(at: row)
    else { return nil }
    let customerID = recipients.customer(at: row)
    let same = RecipientCheckout.Control(code: code, customerID: customerID, at: sent, channel: nil)
    var checkout = RecipientCheckout(
      customerID: customerID, code: code, at: sent, channel: nil, owner: nil, control: same)
    switch issue {
    case .moreRecipientsThanCodes, .poolRunsOut: return nil
    case .unknownCode, .otherCampaignCode:
      // A pool code no row shows has no per-recipient window: it works for anyone it is not bound to.
      guard let unshown else { return nil }
      checkout.control.code = pool.code(at: unshown)
      checkout.control.customerID = pool.customer(at: unshown) ?? customerID
      if issue == .otherCampaignCode {
        guard let id = rules.otherCampaign(code), let campaign = owner(id) else { return nil }
        checkout.owner = campaign
      }
    case .sentTwice:
      // The recipient who was sent it first has used it (the checkout's usedCodes).
      checkout.usedCodes = [code]
    case .boundToAnother:
      guard let index = pool.index(of: code), let bound = pool.customer(at: index) else {
        return nil
      }
      checkout.control.customerID = bound
    case .outsideAudience:
      guard let admitted = rules.admittedCustomers?.sorted().first else { return nil }
      checkout.control.customerID = admitted
    case .refusedChannel:
      checkout.channel = rules.refusedChannel
    case .expiresBeforeSend:
      // The code worked until its end: one second before it, the same recipient gets the discount.
      guard let index = pool.index(of: code),
        let end = [pool.expires(at: index), rules.campaignEnds].compactMap({ $0 }).min(),
        let before = end.adding(seconds: -1)
      else { return nil }
      checkout.control.at = before
    case .expiresBeforePromise:
      // The last moment of the promised window: one second before send time + validFor; the code works at
      // the send time.
      guard let end = rules.promisedEnd(sent), let last = end.adding(seconds: -1) else {
        return nil
      }
      checkout.at = last
    }
    return checkout
  }
}
