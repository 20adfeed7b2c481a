/// The look-up keys of pool codes computed straight from their bytes, and the hash a ``CodePool`` indexes them by.
///
/// For ASCII codes the key is computed without building a string; it equals ``CodeKey/relaxed(_:)`` or
/// ``CodeKey/exact(_:)`` for every code, and falls back to them for any code with non-ASCII characters.
enum CodeLookupKey {
  /// Calls `body` with the key of `code` under `matching` (empty when the code has no letters or digits).
  static func withKey<Result>(
    of code: UnsafeBufferPointer<UInt8>, matching: CodeMatching,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if code.contains(where: { $0 >= 0x80 }) {
      let text = String(decoding: code, as: UTF8.self)
      var key = matching == .relaxed ? CodeKey.relaxed(text) : CodeKey.exact(text)
      return key.withUTF8 { body($0) }
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(code.count, 1)) { scratch in
      var count = 0
      switch matching {
      case .relaxed:
        for byte in code {
          switch byte {
          case 0x00...0x20, 0x7F, UInt8(ascii: "-"), UInt8(ascii: "_"): continue
          case UInt8(ascii: "A")...UInt8(ascii: "Z"): scratch[count] = byte + 0x20
          default: scratch[count] = byte
          }
          count += 1
        }
      case .exact:
        var lower = 0
        var upper = code.count
        while lower < upper, isASCIIWhitespace(code[lower]) { lower += 1 }
        while upper > lower, isASCIIWhitespace(code[upper - 1]) { upper -= 1 }
        for index in lower..<upper {
          scratch[count] = code[index]
          count += 1
        }
      }
      return body(UnsafeBufferPointer(rebasing: scratch[..<count]))
    }
  }

  /// Calls `body` with the key of `code` under `matching`.
  static func withKey<Result>(
    of code: String, matching: CodeMatching, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var key = matching == .relaxed ? CodeKey.relaxed(code) : CodeKey.exact(code)
    return key.withUTF8 { body($0) }
  }

  /// A 64-bit FNV-1a hash of `key`, finished with a multiplicative mix so the low bits spread.
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    hash ^= hash >> 29
    hash &*= 0xBF58_476D_1CE4_E5B9
    hash ^= hash >> 32
    return hash
  }

  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}
