/// The exact value of a decimal number read from text, such as "12.50" or "1.25e1".
///
/// The value is `digits × 10^(-scale)`, with the sign kept apart. No binary floating point is
/// involved: the digits are the ones written, with leading and trailing zeros removed.
struct DecimalNumeral: Sendable, Equatable {
  /// Whether the text started with a minus sign.
  var isNegative: Bool
  /// The significant digits, each 0 to 9, with no leading or trailing zero; empty for zero.
  var digits: [UInt8]
  /// The power of ten the digits are divided by; negative for values like "1e2".
  var scale: Int
  /// The number of decimals as written, less the exponent: "12.50" 2, "1.25e1" 1, "1e2" -2.
  var writtenScale: Int

  /// Whether the value is zero (of either sign).
  var isZero: Bool {
    digits.isEmpty
  }

  /// The number of decimal places the value needs: 3 for "12.505" and for "12.5050", 0 for "1e2".
  var decimalPlaces: Int {
    max(scale, 0)
  }

  /// The number of decimal places as the writer sees them: 4 for "12.5050", 2 for "1250.50", 0 for "1e2".
  ///
  /// Error messages quote this count, so that "1250.50" in yen "has 2", as its writer counts them.
  var visibleDecimalPlaces: Int {
    max(writtenScale, decimalPlaces)
  }

  /// The magnitude times `10^exponent`, split into a whole part and what is left over.
  struct Scaled: Sendable, Equatable {
    /// The whole part, or `nil` when it is above the limit it was computed with.
    var whole: UInt64?
    /// Whether a non-zero fraction was dropped to get the whole part.
    var hasRemainder: Bool
    /// Whether the dropped fraction is one half or more (rounding half up goes up).
    var roundsUp: Bool

    /// Whether the magnitude is above `limit`: the whole part exceeds it, or equals it and
    /// something was dropped.
    func exceeds(_ limit: UInt64) -> Bool {
      guard let whole else { return true }
      return whole > limit || (whole == limit && hasRemainder)
    }
  }

  /// Multiplies the magnitude by `10^exponent` and splits the result, without overflow.
  ///
  /// - Parameters:
  ///   - exponent: The power of ten to multiply by, such as a currency's minor-unit exponent.
  ///   - limit: The largest whole part of interest; at most 10^17, so that no step overflows.
  /// - Returns: The whole part (`nil` above `limit`), and what was dropped.
  func scaled(by exponent: Int, limit: UInt64) -> Scaled {
    if digits.isEmpty {
      return Scaled(whole: 0, hasRemainder: false, roundsUp: false)
    }
    let shift = exponent - scale
    if shift >= 0 {
      return Scaled(
        whole: Self.accumulate(digits[...], appendingZeros: shift, limit: limit),
        hasRemainder: false, roundsUp: false)
    }
    let droppedCount = -shift
    if droppedCount >= digits.count {
      // The value is below one unit: all digits are dropped. It is a half or more only if the
      // first significant digit is the first dropped one and is 5 or more.
      let firstDropped = droppedCount == digits.count ? (digits.first ?? 0) : 0
      return Scaled(whole: 0, hasRemainder: true, roundsUp: firstDropped >= 5)
    }
    let keptCount = digits.count - droppedCount
    let firstDropped = digits.dropFirst(keptCount).first ?? 0
    return Scaled(
      whole: Self.accumulate(digits.prefix(keptCount), appendingZeros: 0, limit: limit),
      hasRemainder: true, roundsUp: firstDropped >= 5)
  }

  /// The integer the digits spell followed by `zeros` zeros, or `nil` once it passes `limit`.
  private static func accumulate(
    _ digits: ArraySlice<UInt8>, appendingZeros zeros: Int, limit: UInt64
  ) -> UInt64? {
    var value: UInt64 = 0
    // `limit` is at most 10^17, so `value * 10 + 9` stays far below `UInt64.max`.
    for digit in digits {
      value = value * 10 + UInt64(digit)
      if value > limit { return nil }
    }
    var remaining = zeros
    while remaining > 0 && value != 0 {
      value *= 10
      if value > limit { return nil }
      remaining -= 1
    }
    return value
  }
}
