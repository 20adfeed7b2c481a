import Testing

@testable import PromoGuardCheck

/// Escaping text for the HTML report.
@Suite struct HTMLEscapingTests {
  @Test func theFiveMarkupCharactersBecomeReferences() {
    #expect(
      HTMLEscaping.escaped(#"<script>alert(1)</script>"&'<>"#)
        == "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;&lt;&gt;")
  }

  @Test func plainTextAndUnicodeAreKept() {
    #expect(
      HTMLEscaping.escaped("Sable throw — 20 % off, café ☕️\n\tnext")
        == "Sable throw — 20 % off, café ☕️\n\tnext")
    #expect(HTMLEscaping.escaped("") == "")
  }

  @Test func referencesAreEscapedAgainNotTrusted() {
    #expect(HTMLEscaping.escaped("&amp; &#60;") == "&amp;amp; &amp;#60;")
  }

  @Test func controlCharactersXMLForbidsBecomeReplacementCharacters() {
    #expect(
      HTMLEscaping.escaped("a\u{0}b\u{1}c\u{1B}d\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}"
    )
  }

  @Test func markupEscapesAttributeValuesAndText() {
    #expect(
      HTMLMarkup.element("p", [("title", #"a"b"#)], HTMLMarkup.text("1 < 2"))
        == #"<p title="a&quot;b">1 &lt; 2</p>"#)
    #expect(HTMLMarkup.empty("br") == "<br/>")
  }
}
