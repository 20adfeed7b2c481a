/// What a pool code itself decides at checkout, beyond the campaign's own rules: already used (single use),
/// issued to another customer, past its own end, or past its per-recipient window.
///
/// The reasons never name the code's owner.
enum PoolCodeCheck {
  /// Adds the pool code's reasons to `eligibility`.
  ///
  /// - Parameters:
  ///   - entry: The pool campaign.
  ///   - index: The code's index in the pool.
  ///   - checkout: The checkout.
  ///   - eligibility: The campaign's reasons so far; receives the code's.
  static func check(
    _ entry: PoolIndex.Entry, index: Int, checkout: Checkout, into eligibility: inout Eligibility
  ) {
    let pool = entry.pool
    if pool.singleUse, !checkout.usedCodes.isEmpty,
      checkout.usedCodes.contains(where: { pool.index(of: $0) == index })
    {
      eligibility.reasons.insert(.limitReached)
      eligibility.withDetail {
        $0.limit = CodeDetail.LimitDetail(kind: "singleUse", allowed: 1, used: 1)
      }
    }
    if let owner = pool.customer(at: index) {
      if let id = checkout.customer?.id {
        if id != owner {
          eligibility.reasons.insert(.notEligible)
          eligibility.withDetail {
            $0.isCustomerBound = true
            $0.issuedToAnother = true
          }
        }
      } else if !Eligibility.isUsedUp(entry.campaign, checkout: checkout) {
        // As for an audience: a guest is not asked to sign in for an offer that is used up.
        eligibility.reasons.insert(.customerRequired)
      }
    }
    guard !eligibility.reasons.contains(StatusSet(.expired)) else { return }
    let zone = entry.campaign.rules.zone
    if let end = pool.expires(at: index), checkout.at >= end {
      eligibility.reasons.insert(.expired)
      let at = checkout.at
      eligibility.withDetail {
        $0.ends = end
        $0.at = at
        $0.zone = zone
        $0.codeEnd = .own
      }
      return
    }
    if let validFor = pool.validFor, let times = entry.sendTimes, times[index] != Int64.min {
      let sent = Instant(microsecondsSinceEpoch: times[index])
      if let end = validFor.adding(to: sent, in: zone), checkout.at >= end {
        eligibility.reasons.insert(.expired)
        let at = checkout.at
        eligibility.withDetail {
          $0.ends = end
          $0.at = at
          $0.zone = zone
          $0.codeEnd = .window(sent: sent, validFor: validFor)
        }
      }
    }
  }
}
