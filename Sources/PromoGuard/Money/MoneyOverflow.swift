/// The result of arithmetic on money does not fit in 64 bits.
///
/// Amounts from input are at most ``Money/maximumMinorUnits``, so this happens only when sums or
/// products of many large amounts are computed; it is reported instead of trapping or wrapping.
package struct MoneyOverflow: Error, Sendable, Hashable, CustomStringConvertible {
  /// Creates the error.
  package init() {}

  /// A sentence saying what happened.
  package var description: String {
    "the amount is too large to compute exactly"
  }
}
