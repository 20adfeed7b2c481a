/// Decimal text for ``BigInt`` values.
extension BigInt {
  /// 10^19, the largest power of ten that fits in one limb.
  private static let decimalChunkBase: UInt64 = 10_000_000_000_000_000_000

  /// The number of decimal digits in one chunk of ``decimalChunkBase``.
  private static let decimalChunkDigits = 19

  /// Parses an optionally signed decimal integer, such as `"-123456789012345678901234567890"`.
  ///
  /// For tests and debugging. Accepts an optional leading `-` or `+` followed by one or more ASCII
  /// digits (leading zeros allowed); `"-0"` is zero. Fails if the text is anything else, or if the
  /// value would need more than ``maximumLimbCount`` limbs.
  ///
  /// - Parameter decimal: The text to parse.
  /// - Complexity: O(d²) for d digits.
  package init?(decimal: String) {
    var digits = Substring(decimal).utf8
    var isNegative = false
    if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      isNegative = sign == UInt8(ascii: "-")
      digits = digits.dropFirst()
    }
    if digits.isEmpty { return nil }
    var limbs: [UInt64] = []
    var chunk: UInt64 = 0
    var chunkScale: UInt64 = 1
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      chunk = chunk * 10 + UInt64(byte - UInt8(ascii: "0"))  // chunk < 10^19 < 2^64.
      chunkScale *= 10
      if chunkScale == Self.decimalChunkBase {
        Self.multiplyAdd(&limbs, by: chunkScale, adding: chunk)
        if limbs.count > Self.maximumLimbCount { return nil }
        chunk = 0
        chunkScale = 1
      }
    }
    if chunkScale > 1 {
      Self.multiplyAdd(&limbs, by: chunkScale, adding: chunk)
    }
    if limbs.count > Self.maximumLimbCount { return nil }
    self.init(isNegative: isNegative, limbs: limbs)
  }

  /// The value in decimal, with a leading `-` when negative, such as `"-123456789012345678901234567890"`.
  ///
  /// - Complexity: O(n²) for n limbs.
  package var description: String {
    if limbs.isEmpty { return "0" }
    // Peel off base-10^19 chunks, least significant first.
    var chunks: [UInt64] = []
    var rest = limbs
    while !rest.isEmpty {
      let (quotient, remainder) = Self.divideMagnitude(rest, byWord: Self.decimalChunkBase)
      chunks.append(remainder)
      rest = quotient
    }
    var text = isNegative ? "-" : ""
    for (index, chunk) in chunks.reversed().enumerated() {
      let digits = String(chunk)
      if index > 0 {
        text += String(repeating: "0", count: Self.decimalChunkDigits - digits.count)
      }
      text += digits
    }
    return text
  }
}
