package import PromoGuard

extension PoolPromise {
  /// The pool facts `terms` state, or `nil` when the promise has no pool.
  ///
  /// - Parameter terms: The promise (a campaign's terms, or its mechanics read as terms).
  package init?(promiseOf terms: Terms) {
    // Filled in once `Activation.pool` exists (branch `pool`).
    _ = terms
    return nil
  }
}
