/// What a basket or customer must meet before a campaign applies, measured at original prices on the target lines
/// (or, with `scope` `.order`, on the whole basket).
package struct Conditions: Sendable, Hashable {
  /// The smallest subtotal, at original prices.
  package var minSubtotal: Money?
  /// The smallest number of units.
  package var minQuantity: Int64?
  /// Whether only a customer's first order qualifies (`orderCount` is 0).
  package var firstOrder: Bool
  /// The largest subtotal, at original prices, for which the offer holds (inclusive).
  package var maxSubtotal: Money?
  /// Where `minSubtotal`, `minQuantity`, `maxSubtotal` and tier thresholds are measured.
  package var scope: ConditionScope

  /// No conditions.
  package static let none = Conditions(minSubtotal: nil, minQuantity: nil, firstOrder: false)

  /// Creates conditions.
  package init(
    minSubtotal: Money?, minQuantity: Int64?, firstOrder: Bool, maxSubtotal: Money? = nil,
    scope: ConditionScope = .target
  ) {
    self.minSubtotal = minSubtotal
    self.minQuantity = minQuantity
    self.firstOrder = firstOrder
    self.maxSubtotal = maxSubtotal
    self.scope = scope
  }
}
