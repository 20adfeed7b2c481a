import PromoGuard

extension TermsMechanicsAudit {
  /// A pool's single use and per-recipient window against the terms' pool.
  ///
  /// Single use the terms do not give refuses a second use they allow (`termsDrift`); a shorter window, or one
  /// the terms do not state, refuses a recipient the terms still promise (`termsDrift`); the opposite ways are
  /// `leak`. Windows are compared by their length with a day as 86,400 seconds; two that differ only in how a
  /// day is counted (`P1D` against `PT24H`) are left to the witness search.
  func pool(
    _ promised: Rules, drift: (String, String) -> Void, leak: (String, String) -> Void
  ) {
    guard let actualPool = audited.campaign.mechanics.activation.pool,
      let promisedPool = promised.activation.pool
    else { return }
    let actual = PoolPromise(actualPool)
    let promise = PoolPromise(promisedPool)
    if actual.singleUse && !promise.singleUse {
      drift(
        "activation.pool.singleUse",
        "the mechanics make each code single use (activation.pool.singleUse) while the terms let a "
          + "code be used again (terms.activation.pool.singleUse): a second use is refused")
    } else if !actual.singleUse && promise.singleUse {
      leak(
        "activation.pool.singleUse",
        "the mechanics let a code be used again and again (activation.pool.singleUse) while the terms "
          + "promise one use per code (terms.activation.pool.singleUse)")
    }
    func length(_ duration: PromiseDuration) -> Int64 {
      duration.days.multipliedReportingOverflow(by: 86_400).partialValue &+ duration.seconds
    }
    let words: (PromiseDuration) -> String = { "\(TermsTextAudit.describe($0)) from the send" }
    switch (actual.validFor, promise.validFor) {
    case (nil, nil):
      return
    case (.some(let mine), nil):
      drift(
        "activation.pool.validFor",
        "the mechanics end each code \(words(mine)) (activation.pool.validFor \(mine)) while the "
          + "terms give no per-recipient window (terms.activation.pool)")
    case (nil, .some(let theirs)):
      leak(
        "activation.pool.validFor",
        "the mechanics keep each code working for the whole campaign (activation.pool) while the "
          + "terms end it \(words(theirs)) (terms.activation.pool.validFor \(theirs))")
    case (.some(let mine), .some(let theirs)):
      if length(mine) < length(theirs) {
        drift(
          "activation.pool.validFor",
          "the mechanics end each code \(words(mine)) (activation.pool.validFor \(mine)) while the "
            + "terms promise \(words(theirs)) (terms.activation.pool.validFor \(theirs))")
      } else if length(mine) > length(theirs) {
        leak(
          "activation.pool.validFor",
          "the mechanics keep each code working \(words(mine)) (activation.pool.validFor \(mine)) "
            + "while the terms end it \(words(theirs)) (terms.activation.pool.validFor \(theirs))")
      }
    }
  }
}
