/// An exact amount of money.
///
/// An amount is an integer count of the minor units of its currency: cents for US dollars, yen
/// for Japanese yen (which have none smaller), fils for Bahraini dinars (1/1000). Binary floating
/// point is never involved.
///
/// ```swift
/// let price = Money(minorUnits: 1_999, currency: .eur)
/// price.decimalString   // "19.99"
/// price.formatted       // "€19.99"
/// ```
public struct Money: Sendable, Hashable {
  /// The amount, counted in minor units of `currency`: 1250 is 12.50 US dollars or 1,250 yen.
  public var minorUnits: Int64
  /// The currency the amount is counted in.
  public var currency: Currency

  /// Creates an amount from a count of minor units.
  ///
  /// ```swift
  /// Money(minorUnits: 1_250, currency: .usd)   // 12.50 US dollars
  /// Money(minorUnits: 1_250, currency: .jpy)   // 1,250 yen
  /// ```
  ///
  /// - Parameters:
  ///   - minorUnits: The amount in minor units of `currency`.
  ///   - currency: The currency of the amount.
  public init(minorUnits: Int64, currency: Currency) {
    self.minorUnits = minorUnits
    self.currency = currency
  }

  /// The largest magnitude accepted from input: 10^15 minor units.
  ///
  /// That is 10 trillion US dollars or a quadrillion yen: far above any real price, and far
  /// enough below `Int64.max` (about 9.2 × 10^18) that sums of thousands of such amounts, and
  /// their products with quantities up to a thousand, cannot overflow.
  package static let maximumMinorUnits: Int64 = 1_000_000_000_000_000
}
