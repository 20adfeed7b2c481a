import PromoGuard

extension PromiseOracle {
  /// The reason the promise's pool refuses the first pool code `checkout` types, or `nil`.
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: `expired`, `notEligible`, `customerRequired` or `limitReached` (``PoolOracle``).
  func poolRefusal(of checkout: Checkout) -> CodeStatus? {
    guard let pool, let typed = checkout.codes.prefix(10).first(where: pool.contains) else {
      return nil
    }
    let used = Set(PoolPlay.usedCodes(of: checkout).map(pool.key))
    return pool.refusal(typed: typed, customer: checkout.customer?.id, used: used, at: checkout.at)
  }
}
