import PromoGuard

extension PromiseDiff {
  /// The period: a later start or an earlier end is a reduction.
  ///
  /// Instants are compared, not their text.
  mutating func compareWindows(_ old: Rules, _ new: Rules) {
    let spoken = { (instant: Instant, zone: Zone) in Timestamp.spoken(instant, in: zone) }
    switch (old.window.starts, new.window.starts) {
    case (nil, let start?):
      record(.reduction, .starts, "start added: now from \(spoken(start, new.zone))")
    case (let start?, nil):
      record(.increase, .starts, "start removed: was from \(spoken(start, old.zone))")
    case (let before?, let after?) where before != after:
      record(
        after > before ? .reduction : .increase, .starts,
        "start moved \(after > before ? "later" : "earlier") from \(spoken(before, old.zone)) to "
          + spoken(after, new.zone))
    default: break
    }
    let last = { (instant: Instant, zone: Zone) in TermsText.lastMoment(before: instant, in: zone) }
    switch (old.window.ends, new.window.ends) {
    case (nil, let end?):
      record(.reduction, .ends, "end added: now until \(last(end, new.zone))")
    case (let end?, nil):
      record(.increase, .ends, "end removed: was until \(last(end, old.zone))")
    case (let before?, let after?) where before != after:
      record(
        after < before ? .reduction : .increase, .ends,
        "end moved \(after < before ? "earlier" : "later"): now until \(last(after, new.zone)), was "
          + "until \(last(before, old.zone))")
    default: break
    }
  }

  /// Per-customer and total limits: new or lower is a reduction.
  mutating func compareLimits(_ old: Limits, _ new: Limits) {
    for (before, after, name, detail) in [
      (old.perCustomer, new.perCustomer, "per-customer limit", "perCustomer"),
      (old.total, new.total, "total limit", "total"),
    ] {
      switch (before, after) {
      case (nil, let limit?):
        record(.reduction, .limits, detail, "\(name) of \(EnglishList.count(limit, "use")) added")
      case (let limit?, nil):
        record(.increase, .limits, detail, "\(name) of \(EnglishList.count(limit, "use")) removed")
      case (let before?, let after?) where before != after:
        record(
          after < before ? .reduction : .increase, .limits, detail,
          "\(name) \(after < before ? "lowered" : "raised") from \(EnglishList.number(before)) to "
            + EnglishList.count(after, "use"))
      default: break
      }
    }
  }
}
