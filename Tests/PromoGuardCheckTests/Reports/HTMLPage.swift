import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An HTML report read back as XML: whether it is well-formed, and its elements in document order.
final class HTMLPage: NSObject, XMLParserDelegate {
  /// An element's name and attributes.
  struct Element {
    /// The tag name.
    var name: String
    /// The attributes.
    var attributes: [String: String]

    /// The classes of its `class` attribute.
    var classes: Set<String> {
      Set((attributes["class"] ?? "").split(separator: " ").map(String.init))
    }
  }

  /// The elements, in document order.
  private(set) var elements = [Element]()
  /// The parser's error, when the page is not well-formed.
  private(set) var error: (any Error)?

  /// Parses `html` after its doctype line.
  init(_ html: String) {
    super.init()
    var text = html
    if text.hasPrefix("<!DOCTYPE html>\n") { text.removeFirst("<!DOCTYPE html>\n".count) }
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = self
    if !parser.parse() { error = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
  }

  /// Whether the page parsed as XML.
  var isWellFormed: Bool { error == nil }

  /// The elements with `name` and, when given, the class `className`.
  func elements(_ name: String, class className: String? = nil) -> [Element] {
    elements.filter { $0.name == name && (className.map($0.classes.contains) ?? true) }
  }

  /// Records an element.
  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append(Element(name: elementName, attributes: attributes))
  }
}
