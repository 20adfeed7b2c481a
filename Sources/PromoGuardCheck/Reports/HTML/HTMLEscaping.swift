/// Escaping of text for HTML (and XHTML): every character that could end a text run or an attribute value.
///
/// Everything a report takes from a file — campaign names, ids, message ids, SKUs, product names, terms text,
/// codes, links — goes through ``escaped(_:)`` before it is written, so a file cannot add markup or scripts.
///
/// ```swift
/// HTMLEscaping.escaped(#"<script>alert("1") & 'x'</script>"#)
/// // &lt;script&gt;alert(&quot;1&quot;) &amp; &#39;x&#39;&lt;/script&gt;
/// ```
package enum HTMLEscaping {
  /// `text` safe to write between tags or inside a quoted attribute value.
  ///
  /// `&`, `<`, `>`, `"` and `'` become character references; control characters that XML forbids (C0 controls
  /// other than tab, line feed and carriage return, and U+FFFE, U+FFFF) become U+FFFD, so the page stays
  /// well-formed. Everything else is kept as it is (the page is UTF-8).
  ///
  /// - Parameter text: Text from a file or a report.
  /// - Returns: The escaped text.
  /// - Complexity: O(*n*) in the length of `text`.
  package static func escaped(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
