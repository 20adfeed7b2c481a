import PromoGuard

extension Campaign {
  /// Whether the campaign's companion files hold personal data (a recipient list, or a pool that binds codes
  /// to customers).
  ///
  /// Reports then mask the customer ids of its example checkouts unless `--show-recipients`.
  package var carriesPersonalData: Bool {
    mechanics.activation.pool?.hasCustomers == true || messages.contains { $0.recipients != nil }
  }
}

extension Finding {
  /// The finding with its example checkout's customer id masked (``PersonalData/masked(customer:)``).
  ///
  /// Masking is idempotent, so a finding already masked where it was built stays as it is.
  package var withCustomerMasked: Finding {
    guard let id = example?.checkout.customer?.id else { return self }
    var masked = self
    masked.example?.checkout.customer?.id = PersonalData.masked(customer: id)
    return masked
  }
}
