import PromoGuard

/// The audit of one message's recipient list against its campaign's code pool: one pass over the rows with
/// O(1) pool look-ups, so a 1,000,000-row list against a 1,000,000-code pool takes seconds.
///
/// Each row is checked for every ``MappingIssue``; each issue is counted over all rows and its first ten rows
/// are kept with what went wrong. Windows are half-open, as the campaign's `starts`/`ends` are: a code whose
/// own `expires` is exactly the send time plus `validFor` covers the whole promise (its last usable moment is
/// one second before), and a code that expires exactly at the send time is dead on arrival.
package enum MappingAudit {
  /// Audits `recipients` against `pool`.
  ///
  /// - Parameters:
  ///   - recipients: The recipient list.
  ///   - pool: The campaign's pool.
  ///   - rules: What the campaign and the message say.
  /// - Returns: The tally of every issue found at least once, in ``MappingIssue`` order, and the first pool
  ///   code no row shows (a code that works for a control checkout).
  /// - Complexity: O(*n* + *p*) time for *n* rows and *p* pool codes (plus O(*k* log *k*) for *k* planned sends
  ///   past the pool's end), and 4·*p* bytes besides the inputs.
  package static func tallies(
    recipients: some MappingRecipients, pool: some MappingPool, rules: MappingRules
  ) -> (issues: [(issue: MappingIssue, tally: MappingTally)], unshown: Int?) {
    var tallies = [MappingTally](repeating: MappingTally(), count: MappingIssue.allCases.count)
    // The first row each pool code was shown on (-1: not yet shown).
    var firstRow = [Int32](repeating: -1, count: pool.count)
    var distinctShown = 0
    var planned = [Int]()
    let zone = rules.zone
    for row in 0..<recipients.count {
      let sent = recipients.sentAt(at: row)
      // Spelled only for the rows a tally lists.
      func sentText() -> String {
        sent.map { "sent " + AuditPhrases.time($0, in: zone) } ?? "no send time"
      }
      if let admitted = rules.admittedCustomers, let customer = recipients.customer(at: row),
        !admitted.contains(customer)
      {
        tallies[MappingIssue.outsideAudience.rawValue].record(
          row, "not in the campaign's audience.customers, \(sentText())")
      }
      if let channel = rules.refusedChannel {
        tallies[MappingIssue.refusedChannel.rawValue].record(
          row, "sent on \(channel), \(sentText())")
      }
      guard let code = recipients.code(at: row), !code.isEmpty else {
        planned.append(row)
        continue
      }
      guard let index = pool.index(of: code) else {
        if let owner = rules.otherCampaign(code) {
          tallies[MappingIssue.otherCampaignCode.rawValue].record(
            row, "code \"\(code)\" of the campaign \"\(owner)\", \(sentText())")
        } else {
          tallies[MappingIssue.unknownCode.rawValue].record(
            row, "code \"\(code)\", not in the pool, \(sentText())")
        }
        continue
      }
      let first = Int(firstRow[index])
      if first < 0 {
        firstRow[index] = Int32(truncatingIfNeeded: row)
        distinctShown += 1
      } else if pool.singleUse, !sameRecipient(first, row, in: recipients) {
        tallies[MappingIssue.sentTwice.rawValue].record(
          row,
          "code \"\(code)\", already sent on line \(recipients.line(at: first)), \(sentText())")
      }
      if let owner = pool.customer(at: index), let customer = recipients.customer(at: row),
        owner != customer
      {
        tallies[MappingIssue.boundToAnother.rawValue].record(
          row,
          "code \"\(code)\" bound to another customer (\(PersonalData.masked(customer: owner))), "
            + sentText())
      }
      guard let sent else { continue }
      let ends = earlier(pool.expires(at: index), rules.campaignEnds)
      guard let ends else { continue }
      if ends <= sent {
        tallies[MappingIssue.expiresBeforeSend.rawValue].record(
          row, "code \"\(code)\" ended \(AuditPhrases.time(ends, in: zone)), \(sentText())")
      } else if let promised = rules.promisedEnd(sent), ends < promised {
        tallies[MappingIssue.expiresBeforePromise.rawValue].record(
          row,
          "code \"\(code)\" ends \(AuditPhrases.time(ends, in: zone)), before the promised "
            + "\(rules.validFor ?? "validity") are up \(AuditPhrases.time(promised, in: zone)); "
            + sentText())
      }
    }
    if pool.singleUse, recipients.count > pool.count {
      let first = (pool.count..<min(recipients.count, pool.count + AffectedRecipients.listLimit))
        .map { row in
          MappingTally.Row(
            index: row,
            detail: "recipient \(row + 1) of \(recipients.count), for \(pool.count) codes")
        }
      tallies[MappingIssue.moreRecipientsThanCodes.rawValue].record(
        count: recipients.count - pool.count, first: first)
    }
    let unused = pool.singleUse ? pool.count - distinctShown : (pool.count > 0 ? Int.max : 0)
    if planned.count > unused {
      // Planned sends go out in send order (then row order); the pool runs out after the first `unused`.
      let ordered = planned.sorted { left, right in
        let leftSent = recipients.sentAt(at: left)
        let rightSent = recipients.sentAt(at: right)
        if leftSent != rightSent, let leftSent, let rightSent { return leftSent < rightSent }
        return left < right
      }
      let left = ordered.dropFirst(unused)
      let first = left.prefix(AffectedRecipients.listLimit).map { row in
        MappingTally.Row(
          index: row,
          detail: "planned send "
            + (recipients.sentAt(at: row).map { AuditPhrases.time($0, in: zone) }
              ?? "without a time")
            + ", after the pool's \(unused) unused code\(unused == 1 ? "" : "s") ran out")
      }
      tallies[MappingIssue.poolRunsOut.rawValue].record(count: left.count, first: first)
    }
    let issues = MappingIssue.allCases.compactMap { issue -> (MappingIssue, MappingTally)? in
      let tally = tallies[issue.rawValue]
      return tally.total > 0 ? (issue, tally) : nil
    }
    return (issues, firstRow.firstIndex(of: -1))
  }

  /// Whether two rows are the same person (a resend): the same customer id, else the same email address.
  private static func sameRecipient(
    _ first: Int, _ second: Int, in recipients: some MappingRecipients
  ) -> Bool {
    if let one = recipients.customer(at: first), let other = recipients.customer(at: second) {
      return one == other
    }
    if let one = recipients.email(at: first), let other = recipients.email(at: second) {
      return one.lowercased() == other.lowercased()
    }
    return false
  }

  /// The earlier of two optional ends.
  private static func earlier(_ one: Instant?, _ other: Instant?) -> Instant? {
    guard let one else { return other }
    guard let other else { return one }
    return min(one, other)
  }
}
