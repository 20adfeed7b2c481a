/// What a basket or customer must meet before a campaign applies, measured on target lines at original prices.
package struct Conditions: Sendable, Hashable {
  /// The smallest target subtotal, at original prices.
  package var minSubtotal: Money?
  /// The smallest number of target units.
  package var minQuantity: Int64?
  /// Whether only a customer's first order qualifies (`orderCount` is 0).
  package var firstOrder: Bool

  /// No conditions.
  package static let none = Conditions(minSubtotal: nil, minQuantity: nil, firstOrder: false)

  /// Creates conditions.
  package init(minSubtotal: Money?, minQuantity: Int64?, firstOrder: Bool) {
    self.minSubtotal = minSubtotal
    self.minQuantity = minQuantity
    self.firstOrder = firstOrder
  }
}
