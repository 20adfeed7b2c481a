import PromoGuard

extension PromiseDiff {
  /// Single use and the per-recipient window of two versions of a pool's promise.
  ///
  /// Single use added, a window added or shortened are reductions; the opposite changes are increases. A day is
  /// counted as 86,400 seconds to order two windows (`P2W` and `P14D` are the same window and no change).
  mutating func comparePools(_ old: CodePool, _ new: CodePool) {
    let (before, after) = (PoolPromise(old), PoolPromise(new))
    if before.singleUse != after.singleUse {
      if after.singleUse {
        record(
          .reduction, .activation, "pool.singleUse",
          "each code now works once (single use): a second use is refused")
      } else {
        record(.increase, .activation, "pool.singleUse", "a code can now be used again and again")
      }
    }
    func length(_ duration: PromiseDuration) -> Int64 {
      duration.days.multipliedReportingOverflow(by: 86_400).partialValue &+ duration.seconds
    }
    let words: (PromiseDuration) -> String = { TermsTextAudit.describe($0) + " from the email" }
    switch (before.validFor, after.validFor) {
    case (nil, nil):
      break
    case (nil, .some(let window)):
      record(
        .reduction, .activation, "pool.validFor",
        "each code now ends \(words(window)) (was valid for the whole campaign)")
    case (.some(let window), nil):
      record(
        .increase, .activation, "pool.validFor",
        "each code now works for the whole campaign (was \(words(window)))")
    case (.some(let was), .some(let now)):
      if length(now) < length(was) {
        record(
          .reduction, .activation, "pool.validFor",
          "code window shortened from \(words(was)) to \(words(now))")
      } else if length(now) > length(was) {
        record(
          .increase, .activation, "pool.validFor",
          "code window lengthened from \(words(was)) to \(words(now))")
      }
    }
  }
}
