extension Money {
  /// The sum of two amounts, or an error when it does not fit in 64 bits.
  ///
  /// Callers add amounts of the same currency; the result has this amount's currency.
  ///
  /// ```swift
  /// try Money(minorUnits: 1_250, currency: .usd).adding(Money(minorUnits: 50, currency: .usd))
  /// // 13.00 US dollars
  /// ```
  ///
  /// - Parameter other: The amount to add, in the same currency.
  /// - Returns: This amount plus `other`.
  /// - Throws: ``MoneyOverflow`` when the sum is outside the range of `Int64`.
  package func adding(_ other: Money) throws(MoneyOverflow) -> Money {
    let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
    if overflow { throw MoneyOverflow() }
    return Money(minorUnits: sum, currency: currency)
  }

  /// The difference of two amounts, or an error when it does not fit in 64 bits.
  ///
  /// Callers subtract amounts of the same currency; the result has this amount's currency and
  /// may be negative.
  ///
  /// - Parameter other: The amount to subtract, in the same currency.
  /// - Returns: This amount minus `other`.
  /// - Throws: ``MoneyOverflow`` when the difference is outside the range of `Int64`.
  package func subtracting(_ other: Money) throws(MoneyOverflow) -> Money {
    let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
    if overflow { throw MoneyOverflow() }
    return Money(minorUnits: difference, currency: currency)
  }

  /// The amount times a quantity, or an error when it does not fit in 64 bits.
  ///
  /// ```swift
  /// try Money(minorUnits: 1_999, currency: .eur).multiplied(by: 3)   // 59.97 euros
  /// ```
  ///
  /// - Parameter quantity: The number of units, such as a line's quantity.
  /// - Returns: This amount times `quantity`.
  /// - Throws: ``MoneyOverflow`` when the product is outside the range of `Int64`.
  package func multiplied(by quantity: Int64) throws(MoneyOverflow) -> Money {
    let (product, overflow) = minorUnits.multipliedReportingOverflow(by: quantity)
    if overflow { throw MoneyOverflow() }
    return Money(minorUnits: product, currency: currency)
  }
}
