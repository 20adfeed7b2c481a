import Foundation

/// The keys under which codes are indexed and looked up, one for each `codeMatching`.
package enum CodeKey {
  /// The key of `code` under relaxed matching.
  ///
  /// Unicode NFKC, lower case, with white space, dashes
  /// (`-` and the other Unicode dash punctuation), underscores (connector punctuation) and invisible format
  /// characters (such as zero-width spaces) removed. `"Sept-20 "`, `"sept20"` and `"ＳＥＰＴ２０"` share a key.
  ///
  /// - Parameter code: A code as written or typed.
  /// - Returns: The relaxed key; empty when the code has no letters or digits left.
  package static func relaxed(_ code: String) -> String {
    // The code's bytes read in place (a native or small string has them contiguous): iterating `utf8` checks
    // the string's representation on every byte.
    if let key = code.utf8.withContiguousStorageIfAvailable({ relaxedASCII($0) }) {
      return key ?? relaxedUnicode(code)
    }
    return relaxedASCII(code.utf8) ?? relaxedUnicode(code)
  }

  /// The relaxed key of `bytes` when they are all ASCII, else `nil`.
  @inline(__always)
  private static func relaxedASCII<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
    // A temporary buffer (on the stack for codes of ordinary length) rather than an array: no allocation for
    // a key that fits a small string.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { ascii in
      var count = 0
      for byte in bytes {
        switch byte {
        case 0x80...: return nil
        // White space, the other control characters, `-` and `_`: the ASCII cases of `isIgnored`.
        case 0x00...0x20, 0x7F, UInt8(ascii: "-"), UInt8(ascii: "_"): continue
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
          ascii[count] = byte + 0x20
          count += 1
        default:
          ascii[count] = byte
          count += 1
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: ascii[..<count]), as: UTF8.self)
    }
  }

  /// The key of `code` under exact matching: the code with surrounding white space removed.
  ///
  /// - Parameter code: A code as written or typed.
  /// - Returns: The trimmed code.
  package static func exact(_ code: String) -> String {
    let scalars = code.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  private static func relaxedUnicode(_ code: String) -> String {
    if let quick = fullWidthKey(code) { return quick }
    let folded = code.precomposedStringWithCompatibilityMapping.lowercased()
      .precomposedStringWithCompatibilityMapping
    var kept = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars where !isIgnored(scalar) {
      kept.append(scalar)
    }
    return String(kept)
  }

  /// The relaxed key of a code made only of ASCII, full-width forms (U+FF01–U+FF5E, which NFKC maps to ASCII)
  /// and ignored characters, without Unicode folding; `nil` for any other code.
  private static func fullWidthKey(_ code: String) -> String? {
    var ascii = [UInt8]()
    ascii.reserveCapacity(code.utf8.count)
    for scalar in code.unicodeScalars {
      var value = scalar.value
      if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
      guard value < 0x80 else {
        if isIgnored(scalar) { continue }
        return nil
      }
      switch value {
      case 0x00...0x20, 0x7F, 0x2D, 0x5F: continue
      case 0x41...0x5A: ascii.append(UInt8(value) + 0x20)
      default: ascii.append(UInt8(value))
      }
    }
    return String(decoding: ascii, as: UTF8.self)
  }

  private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isWhitespace { return true }
    switch scalar.properties.generalCategory {
    case .dashPunctuation, .connectorPunctuation, .format, .control: return true
    default: return scalar == "\u{2212}"  // MINUS SIGN, typed by some phone keyboards for "-"
    }
  }
}
