/// How an exact amount is rounded to a whole number of minor units (a campaign's `rounding`).
///
/// The raw values are the spellings of the campaign file's `rounding` field.
///
/// ```swift
/// let rule = RoundingRule(rawValue: "halfEven") ?? .halfUp
/// let cents = try Int128.divide(5, by: 2, rounding: rule)  // 2
/// ```
package enum RoundingRule: String, Sendable, Hashable, CaseIterable {
  /// Round to the nearest integer, halves away from zero (`"halfUp"`, the default): 2.5 → 3, -2.5 → -3.
  case halfUp
  /// Round to the nearest integer, halves to the even neighbour (`"halfEven"`): 2.5 → 2, 3.5 → 4.
  case halfEven
  /// Round toward zero (`"down"`): 2.9 → 2, -2.9 → -2.
  case down
}
