/// An exact non-negative decimal with no currency yet (catalog prices are given before a currency
/// is known).
///
/// The value is `significand × 10^(-scale)`; the scale keeps the decimals as written, so "12.50"
/// is (1250, 2). Two amounts are equal when their values are: 12.50 equals 12.5.
///
/// ```swift
/// let price = try DecimalAmount.parse("12.50").get()   // significand 1250, scale 2
/// price.money(in: .usd)                                // 12.50 US dollars
/// price.money(in: .jpy)                                // nil: yen have no decimals
/// ```
package struct DecimalAmount: Sendable, Hashable, CustomStringConvertible {
  /// The digits of the amount as an integer: 1250 for "12.50".
  package var significand: Int64
  /// The number of decimal places: 2 for "12.50".
  package var scale: Int

  /// The most decimal places ``parse(_:)`` accepts.
  package static let maximumScale = 6

  /// Creates the amount `significand × 10^(-scale)`.
  ///
  /// - Parameters:
  ///   - significand: The digits as an integer: 1250 for 12.50.
  ///   - scale: The number of decimal places: 2 for 12.50.
  package init(significand: Int64, scale: Int) {
    self.significand = significand
    self.scale = scale
  }

  /// The amount with its decimals as written: "12.50", "1250", "0.125".
  package var description: String {
    let sign = significand < 0 ? "-" : ""
    if scale >= 0 {
      return sign + DecimalFormatting.text(of: significand.magnitude, decimals: scale)
    }
    let digits = String(significand.magnitude)
    if significand == 0 { return digits }
    // Only a value built directly can have a negative scale; write huge ones as an exponent.
    guard scale >= -18 else { return sign + digits + "e" + String(scale.magnitude) }
    return sign + digits + String(repeating: "0", count: -scale)
  }

  /// Whether two amounts have the same value, whatever their scales: 12.50 equals 12.5.
  ///
  /// - Parameters:
  ///   - lhs: An amount.
  ///   - rhs: Another amount.
  /// - Returns: `true` when the values are equal.
  package static func == (lhs: DecimalAmount, rhs: DecimalAmount) -> Bool {
    lhs.normalized == rhs.normalized
  }

  /// Hashes the value, so that amounts equal by value hash alike.
  ///
  /// - Parameter hasher: The hasher to feed.
  package func hash(into hasher: inout Hasher) {
    let normalized = self.normalized
    hasher.combine(normalized.significand)
    hasher.combine(normalized.scale)
  }

  /// The same value with no trailing zero in the significand (the scale may become negative).
  private var normalized: (significand: Int64, scale: Int) {
    var significand = self.significand
    var scale = self.scale
    if significand == 0 { return (0, 0) }
    while significand % 10 == 0 && scale > .min {
      significand /= 10
      scale -= 1
    }
    return (significand, scale)
  }

  /// The amount as money in `currency`, or `nil` when it has more decimals than the currency
  /// allows.
  ///
  /// Trailing zeros do not count: "12.500" is 12.50 US dollars and "1250.00" is 1,250 yen. An
  /// amount from ``parse(_:)`` always fits; one built with a huge significand or a negative scale
  /// also gives `nil` when the result does not fit in `Int64`.
  ///
  /// - Parameter currency: The currency to count the amount in.
  /// - Returns: The exact amount in minor units of `currency`, or `nil`.
  package func money(in currency: Currency) -> Money? {
    let exponent = currency.minorUnitExponent
    if significand == 0 {
      return Money(minorUnits: 0, currency: currency)
    }
    var minorUnits = significand
    if scale <= exponent {
      // 10^19 is more than `Int64.max`: a non-zero significand cannot take more than 18 zeros.
      guard scale >= exponent - 18 else { return nil }
      for _ in 0..<(exponent - scale) {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: 10)
        if overflow { return nil }
        minorUnits = product
      }
    } else {
      // A non-zero `Int64` has at most 18 trailing zeros, so this returns within 19 steps.
      for _ in 0..<(scale - exponent) {
        guard minorUnits % 10 == 0 else { return nil }
        minorUnits /= 10
      }
    }
    return Money(minorUnits: minorUnits, currency: currency)
  }
}
