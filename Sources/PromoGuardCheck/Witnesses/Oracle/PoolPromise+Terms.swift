package import PromoGuard

extension PoolPromise {
  /// The pool facts `terms` state, or `nil` when the promise has no pool.
  ///
  /// The duration is read again from its text (`P14D`) by ``PromiseDuration``, not taken from the engine's
  /// reading.
  ///
  /// - Parameter terms: The promise (a campaign's terms, or its mechanics read as terms).
  package init?(promiseOf terms: Terms) {
    guard let pool = terms.rules.activation.pool else { return nil }
    self.init(pool)
  }

  /// The facts of `pool` as the oracle reads them.
  ///
  /// - Parameter pool: A pool of the mechanics or of the terms.
  package init(_ pool: CodePool) {
    self.init(
      singleUse: pool.singleUse, validFor: pool.validFor.flatMap { PromiseDuration($0.text) },
      isBound: pool.hasCustomers)
  }
}
