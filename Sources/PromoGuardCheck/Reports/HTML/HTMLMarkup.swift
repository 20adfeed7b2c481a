/// Builds markup that is both HTML5 and well-formed XML: every element closed, every attribute quoted and
/// escaped.
///
/// Content passed to ``element(_:_:_:)`` is markup already; text goes through ``text(_:)`` first.
///
/// ```swift
/// HTMLMarkup.element("p", [("class", "note")], HTMLMarkup.text("5 < 6"))
/// // <p class="note">5 &lt; 6</p>
/// ```
package enum HTMLMarkup {
  /// An element with its attributes (values escaped) around `content` (markup).
  ///
  /// - Parameters:
  ///   - name: The tag name.
  ///   - attributes: Name and value pairs, in order.
  ///   - content: The markup inside.
  /// - Returns: The element.
  package static func element(
    _ name: String, _ attributes: [(String, String)] = [], _ content: String = ""
  ) -> String {
    "<\(name)\(attributeText(attributes))>\(content)</\(name)>"
  }

  /// An element with no content, written self-closed (`<line x1="0"/>`), as SVG shapes and `<meta/>` are.
  ///
  /// - Parameters:
  ///   - name: The tag name.
  ///   - attributes: Name and value pairs, in order.
  /// - Returns: The element.
  package static func empty(_ name: String, _ attributes: [(String, String)] = []) -> String {
    "<\(name)\(attributeText(attributes))/>"
  }

  /// Text, escaped.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The markup that shows it.
  package static func text(_ text: String) -> String {
    HTMLEscaping.escaped(text)
  }

  /// ` name="value"` for each attribute.
  private static func attributeText(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(HTMLEscaping.escaped($0.1))\"" }.joined()
  }
}
