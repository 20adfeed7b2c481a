package import PromoGuard

/// Compares two versions of one campaign's promise (`Campaign.promise`) clause by clause.
///
/// Every change is a reduction (some customer or basket can get less), an increase (everyone gets at least as
/// much) or neither. A benefit changed to another kind is a reduction unless the new one certainly gives at least
/// as much for every basket. Times are compared as instants, so a window written with another offset for the same
/// instants is unchanged.
///
/// ```swift
/// let changes = PromiseDiff(old: before, new: after).changes
/// // [reduction: "minimum spend raised from $40.00 to $50.00" (terms.conditions.minSubtotal)]
/// ```
package struct PromiseDiff: Sendable {
  /// The earlier version.
  package let old: Campaign
  /// The later version.
  package let new: Campaign
  /// Every change, benefit first, then caps, conditions, target, audience, channels, period, limits,
  /// combinability, activation, code matching, currency, rounding, name and wording.
  package private(set) var changes: [PromiseChange] = []

  /// Compares `old` with `new`.
  ///
  /// - Parameters:
  ///   - old: The earlier version of the campaign.
  ///   - new: The later version, with the same id.
  package init(old: Campaign, new: Campaign) {
    self.old = old
    self.new = new
    let (before, after) = (old.promise, new.promise)
    compareBenefits(before.rules, after.rules)
    compareCaps(before.rules, after.rules)
    compareConditions(before.rules.conditions, after.rules.conditions)
    compareSpendLimits(before.rules, after.rules)
    compareTargets(before.rules, after.rules)
    compareAudiences(before.rules.audience, after.rules.audience)
    compareChannels(before.rules.channels, after.rules.channels)
    compareWindows(before.rules, after.rules)
    compareLimits(before.rules.limits, after.rules.limits)
    compareBudgets(before.rules.limits.budget, after.rules.limits.budget)
    compareOffer(before, after)
  }

  /// Records a change of a whole clause of the new campaign.
  mutating func record(
    _ direction: PromiseChange.Direction, _ field: TermsField, _ summary: String
  ) {
    record(direction, field, nil, summary)
  }

  /// Records a change of `field` (with `detail`, the path inside it) in the new campaign.
  mutating func record(
    _ direction: PromiseChange.Direction, _ field: TermsField, _ detail: String?,
    _ summary: String
  ) {
    let (clause, location) = Self.clause(field, detail, in: new)
    changes.append(
      PromiseChange(direction: direction, clause: clause, summary: summary, location: location))
  }

  /// The fields terms inherit from the campaign when they omit them.
  static let inherited: Set<TermsField> = [
    .currency, .timeZone, .starts, .ends, .activation, .rounding,
  ]

  /// The path of a clause in `campaign`, and where it is written (else the terms or the campaign object).
  ///
  /// - Parameters:
  ///   - field: The clause.
  ///   - detail: The path inside it (`minSubtotal` in `conditions`), if any.
  ///   - campaign: The campaign whose file is named.
  /// - Returns: `terms.conditions.minSubtotal` or `conditions.minSubtotal` or `ends`, and a location.
  static func clause(_ field: TermsField, _ detail: String?, in campaign: Campaign) -> (
    String, FileLocation?
  ) {
    var key = field.rawValue
    if let terms = campaign.terms, terms.stated.contains(field) || !inherited.contains(field) {
      key = "terms." + key
    }
    let location =
      campaign.fieldLocations[key]
      ?? (key.hasPrefix("terms.") ? campaign.fieldLocations["terms"] : nil) ?? campaign.location
    return (detail.map { key + "." + $0 } ?? key, location)
  }
}
