/// The 64-bit FNV-1a hash of a string's UTF-8 bytes: stable across processes, unlike `Hasher`.
package enum FNV1a {
  /// Hashes `text`.
  ///
  /// ```swift
  /// FNV1a.hash("")   // 0xcbf29ce484222325, the offset basis
  /// ```
  ///
  /// - Parameter text: The text.
  /// - Returns: The hash.
  package static func hash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
