/// Which units a `maxItems` cap discounts.
package enum ItemPick: String, Sendable, Hashable, CaseIterable {
  /// The cheapest units first (the default, and what a plain number means).
  case cheapest
  /// The most expensive units first.
  case mostExpensive
}
