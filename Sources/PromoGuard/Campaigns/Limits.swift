/// How often a campaign may be redeemed.
package struct Limits: Sendable, Hashable {
  /// Redemptions across all customers.
  package var total: Int64?
  /// Redemptions by one customer.
  package var perCustomer: Int64?
  /// The most the campaign gives away across all orders ("while the promotion budget lasts"): lines and
  /// shipping together, in the campaign's currency.
  package var budget: Money?

  /// No limits.
  package static let none = Limits(total: nil, perCustomer: nil)

  /// Creates limits.
  package init(total: Int64?, perCustomer: Int64?, budget: Money? = nil) {
    self.total = total
    self.perCustomer = perCustomer
    self.budget = budget
  }
}

/// How a campaign combines with others.
package struct Stacking: Sendable, Hashable {
  /// Higher applies first; ties by campaign id.
  package var priority: Int64
  /// An exclusive campaign never combines: the customer gets it alone or the stack of the others.
  package var exclusive: Bool

  /// Not exclusive, priority 0.
  package static let `default` = Stacking(exclusive: false, priority: 0)

  /// Creates a stacking rule.
  package init(exclusive: Bool, priority: Int64) {
    self.exclusive = exclusive
    self.priority = priority
  }
}
