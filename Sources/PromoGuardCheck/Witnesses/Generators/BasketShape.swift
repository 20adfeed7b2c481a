/// Special baskets the boundary scenarios try.
package enum BasketShape: Sendable, Hashable, CaseIterable {
  /// Only products neither target includes.
  case nonTargetsOnly
  /// Only products the promise includes and the mechanics do not.
  case promiseOnly
  /// Only products the mechanics include and the promise does not.
  case mechanicsOnly
  /// One product of each kind.
  case mixed
  /// Target units of a few minor units each (discounts that round to zero).
  case tinyPrices
  /// A target line that costs nothing, beside a normal one.
  case zeroPrice
  /// Thirty lines.
  case manyLines
  /// One target line of a thousand units.
  case largeQuantity
  /// As many free target units as the largest unit threshold (an item cap), before priced ones: free units must
  /// not use up a `maxItems` cap. Tried only for campaigns with `maxItems`.
  case freeUnitsFirst
}
