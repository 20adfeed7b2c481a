extension TermsText {
  /// The period and the redemption limits.
  static func periodLines(_ rules: Rules) -> [String] {
    var lines = [String]()
    let starts = rules.window.starts.map { Timestamp.spoken($0, in: rules.zone) }
    let ends = rules.window.ends.map { lastMoment(before: $0, in: rules.zone) }
    switch (starts, ends) {
    case (let starts?, let ends?): lines.append("Valid from \(starts) until \(ends).")
    case (let starts?, nil): lines.append("Valid from \(starts), with no end date.")
    case (nil, let ends?): lines.append("Valid until \(ends).")
    case (nil, nil): lines.append("Valid with no end date.")
    }
    var limits = [String]()
    if let perCustomer = rules.limits.perCustomer {
      limits.append(EnglishList.count(perCustomer, "use") + " per customer")
    }
    if let total = rules.limits.total {
      limits.append(EnglishList.count(total, "use") + " in total")
    }
    if let budget = rules.limits.budget {
      lines.append(budgetLine(budget))
    }
    if !limits.isEmpty {
      lines.append("Limited to \(EnglishList.joined(limits)).")
    }
    return lines
  }

  /// An exclusive end as its last whole second ("30 September 2026 at 23:59:59 (America/New_York)"), or
  /// "just before" the end when it is not on a whole second.
  ///
  /// - Parameters:
  ///   - end: The first instant after the period.
  ///   - zone: The zone to write the time in.
  /// - Returns: The spoken time.
  package static func lastMoment(before end: Instant, in zone: Zone) -> String {
    if end.microsecondsSinceEpoch % 1_000_000 == 0, let last = end.adding(seconds: -1) {
      return Timestamp.spoken(last, in: zone)
    }
    return "just before " + Timestamp.spoken(end, in: zone)
  }
}
