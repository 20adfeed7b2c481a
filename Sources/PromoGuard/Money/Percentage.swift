/// A percentage, exact to 4 decimal places (12.3456%), stored in millionths of the whole: 20% =
/// 200_000.
///
/// ```swift
/// Percentage(millionths: 125_000).description   // "12.5%"
/// Percentage.hundred.millionths                 // 1_000_000
/// ```
package struct Percentage: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The percentage in millionths of the whole: 1% is 10_000, 0.0001% is 1.
  package var millionths: Int64

  /// Creates a percentage from millionths of the whole.
  ///
  /// - Parameter millionths: The percentage times 10_000: 200_000 for 20%.
  package init(millionths: Int64) {
    self.millionths = millionths
  }

  /// One hundred percent: the whole.
  package static let hundred = Percentage(millionths: 1_000_000)

  /// The percentage with as few decimals as it needs and a % sign: "20%", "12.5%", "0.0001%".
  package var description: String {
    let digits = DecimalFormatting.trimmedText(of: millionths.magnitude, decimals: 4)
    return (millionths < 0 ? "-" : "") + digits + "%"
  }

  /// Whether the first percentage is smaller than the second.
  ///
  /// - Parameters:
  ///   - lhs: A percentage.
  ///   - rhs: Another percentage.
  /// - Returns: `true` when `lhs` is less than `rhs`.
  package static func < (lhs: Percentage, rhs: Percentage) -> Bool {
    lhs.millionths < rhs.millionths
  }
}
