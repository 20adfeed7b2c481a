/// Bit sets stored as arrays of machine words: bit *i* is bit `i % 64` of word `i / 64`.
enum BitWords {
  /// Sets bit `index` of `words`.
  static func insert(_ index: Int, into words: inout [UInt64]) {
    words[index >> 6] |= 1 << UInt64(index & 63)
  }

  /// Sets bit `index` of `words`.
  static func insert(_ index: Int, into words: UnsafeMutableBufferPointer<UInt64>) {
    words[index >> 6] |= 1 << UInt64(index & 63)
  }
}
