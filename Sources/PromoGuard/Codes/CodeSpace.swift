/// How many codes a pattern can make, and whether that is enough for a count: the guessing-resistance rule.
///
/// The rule: the pattern must be able to make at least ``guessingFactor`` (1,000,000) times as many codes as
/// are asked for. A stranger who types a well-formed code at random then hits one of the live codes at most
/// once in a million tries, whatever the count; a checkout that also limits failed attempts (say, 10 a day per
/// visitor) makes a hit a matter of centuries. With the default alphabet of 25 characters, 8 random characters
/// (`25^8 = 152,587,890,625`) serve up to 152,587 codes and 10 random characters up to 95,367,431 codes.
///
/// ```swift
/// let space = CodeSpace(base: 25, randomCount: 8)
/// space.admits(count: 152_587)   // true
/// space.admits(count: 152_588)   // false
/// ```
package struct CodeSpace: Sendable, Hashable {
  /// The alphabet's size.
  package let base: Int
  /// The number of random characters.
  package let randomCount: Int
  /// `base^randomCount`, or `nil` when it is larger than `UInt64.max`.
  package let size: UInt64?

  /// How many times the count the space must hold.
  package static let guessingFactor: UInt64 = 1_000_000

  /// The space of `randomCount` characters drawn from `base`.
  ///
  /// - Parameters:
  ///   - base: The alphabet's size (at least 2).
  ///   - randomCount: The number of random characters.
  package init(base: Int, randomCount: Int) {
    self.base = base
    self.randomCount = randomCount
    size = Self.power(base, randomCount)
  }

  /// `base^exponent`, or `nil` on overflow.
  private static func power(_ base: Int, _ exponent: Int) -> UInt64? {
    var result: UInt64 = 1
    for _ in 0..<max(0, exponent) {
      let (next, overflow) = result.multipliedReportingOverflow(by: UInt64(max(0, base)))
      if overflow { return nil }
      result = next
    }
    return result
  }

  /// Whether the space holds at least ``guessingFactor`` times `count` codes.
  ///
  /// - Parameter count: The number of codes asked for.
  /// - Returns: Whether the pattern may make them.
  package func admits(count: Int) -> Bool {
    guard let size else { return true }
    let (needed, overflow) = UInt64(max(0, count)).multipliedReportingOverflow(
      by: Self.guessingFactor)
    return !overflow && needed <= size
  }

  /// The fewest random characters of this alphabet that admit `count` codes.
  ///
  /// - Parameter count: The number of codes.
  /// - Returns: The number of random characters.
  package func randomCountNeeded(for count: Int) -> Int {
    var characters = 1
    while !CodeSpace(base: base, randomCount: characters).admits(count: count) { characters += 1 }
    return characters
  }

  /// `25^8 = 152,587,890,625` (or `25^14 = more than 18,446,744,073,709,551,615`).
  package var text: String {
    "\(base)^\(randomCount) = "
      + (size.map(Self.grouped) ?? "more than \(Self.grouped(UInt64.max))")
  }

  /// The chance that one random well-formed code is one of `count` live ones: "1 in 1,000,000".
  ///
  /// - Parameter count: The number of live codes.
  /// - Returns: The odds, rounded down.
  package func odds(count: Int) -> String {
    guard let size, count > 0 else { return "less than 1 in \(Self.grouped(UInt64.max))" }
    return "1 in \(Self.grouped(size / UInt64(count)))"
  }

  /// A whole number with thousands separators: `152,587,890,625`.
  ///
  /// - Parameter value: The number.
  /// - Returns: The text.
  package static func grouped(_ value: UInt64) -> String {
    let digits = Array(String(value))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
