import PromoGuard

extension TermsTextAudit {
  /// The disagreement of a unique-code phrase ("one use per code", "valid for 14 days from the email", "your
  /// personal code") with the structured terms' pool; `nil` when they agree.
  ///
  /// Only a campaign whose terms have a pool is compared: "valid for 14 days" on an ordinary offer is about
  /// something else. Silence is never a finding.
  static func codeSummary(_ fact: WordingFact, pool: PoolPromise?) -> String? {
    guard let pool else { return nil }
    switch fact {
    case .codeUse(let singleUse, let phrase):
      guard singleUse != pool.singleUse else { return nil }
      let structured =
        pool.singleUse
        ? "make each code single use (terms.activation.pool.singleUse)"
        : "let each code be used again and again (terms.activation.pool.singleUse: false)"
      return "the published wording says \"\(phrase)\" (terms.text), but the structured terms "
        + structured
    case .codeValidFor(let duration, let phrase):
      guard duration != pool.validFor else { return nil }
      let structured =
        pool.validFor.map {
          "give each recipient \(describe($0)) from the send (terms.activation.pool.validFor \($0))"
        } ?? "give no per-recipient window (terms.activation.pool.validFor)"
      return "the published wording says \"\(phrase)\" (terms.text), but the structured terms "
        + structured
    case .codeOwner(let personal, let phrase):
      guard personal != pool.isBound else { return nil }
      let structured =
        pool.isBound
        ? "issue each code to one customer, so a friend it is shared with is refused (the pool's "
          + "customer column)"
        : "issue the codes to no one: anyone who has a code can use it (the pool has no customer "
          + "column)"
      return "the published wording says \"\(phrase)\" (terms.text), but the structured terms "
        + structured
    default:
      return nil
    }
  }

  /// "14 days", "48 hours", "1 day and 12 hours".
  static func describe(_ duration: PromiseDuration) -> String {
    var parts = [String]()
    if duration.days > 0 { parts.append(AuditPhrases.plural(duration.days, "day", "days")) }
    let hours = duration.seconds / 3_600
    let minutes = duration.seconds % 3_600 / 60
    let seconds = duration.seconds % 60
    if hours > 0 { parts.append(AuditPhrases.plural(hours, "hour", "hours")) }
    if minutes > 0 { parts.append(AuditPhrases.plural(minutes, "minute", "minutes")) }
    if seconds > 0 { parts.append(AuditPhrases.plural(seconds, "second", "seconds")) }
    return parts.isEmpty ? "0 days" : parts.joined(separator: " and ")
  }
}
