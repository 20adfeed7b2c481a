/// The ways a customer types a code they read in a message.
package enum CodeVariants {
  /// The code as printed, in lower case, with spaces around it, without its dashes, in full-width characters
  /// (a phone keyboard), pasted with a trailing newline, and split by a space; without repeats.
  ///
  /// ```swift
  /// CodeVariants.typings(of: "SEPT-20")
  /// // ["SEPT-20", "sept-20", " SEPT-20 ", "SEPT20", "ＳＥＰＴ－２０", "SEPT-20\n", "SEP T-20"]
  /// ```
  ///
  /// - Parameter code: The code as the message prints it.
  /// - Returns: The typings, the exact code first.
  package static func typings(of code: String) -> [String] {
    var variants = [code, code.lowercased(), " \(code) "]
    let undashed = String(code.filter { $0 != "-" && $0 != "_" })
    variants.append(undashed)
    variants.append(fullWidth(code))
    variants.append(code + "\n")
    if code.count >= 2 {
      let middle = code.index(code.startIndex, offsetBy: code.count / 2)
      variants.append(String(code[..<middle]) + " " + String(code[middle...]))
    }
    var unique = [String]()
    for variant in variants where !unique.contains(variant) { unique.append(variant) }
    return unique
  }

  /// The ASCII characters of `text` as their full-width forms (U+FF01...U+FF5E).
  ///
  /// - Parameter text: The text.
  /// - Returns: The full-width text.
  package static func fullWidth(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value >= 0x21, scalar.value <= 0x7E,
        let wide = Unicode.Scalar(scalar.value + 0xFEE0)
      {
        result.append(wide)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
