import PromoGuard

extension PromiseDiff {
  /// The promotion budget: a new or lower budget is a reduction (the offer may stop sooner), a removed or
  /// higher one an increase.
  mutating func compareBudgets(_ old: Money?, _ new: Money?) {
    switch (old, new) {
    case (nil, let budget?):
      record(.reduction, .limits, "budget", "promotion budget of \(budget.formatted) added")
    case (let budget?, nil):
      record(.increase, .limits, "budget", "promotion budget of \(budget.formatted) removed")
    case (let before?, let after?) where before != after:
      recordAmount(.limits, "budget", "promotion budget", before, after, higherIsBetter: true)
    default:
      break
    }
  }
}
