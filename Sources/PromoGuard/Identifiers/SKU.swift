/// A product's stock-keeping unit, as the checkout line gives it.
///
/// Quote lines carry it (`Quote.Line.sku`), in checkout order. A small wrapper around the text, so
/// that a quote's identifiers cannot be mixed up with each other or with free text; JSON carries
/// the text unchanged.
///
/// ```swift
/// let id: SKU = "SABLE-THROW"
/// print(id)           // SABLE-THROW
/// print(id.rawValue)  // SABLE-THROW
/// ```
public struct SKU: Hashable, Sendable, Comparable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The text, exactly as written.
  public var rawValue: String

  /// Wraps `rawValue`.
  ///
  /// - Parameter rawValue: The text, exactly as written.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  /// Wraps a string literal.
  ///
  /// - Parameter value: The text, exactly as written.
  public init(stringLiteral value: String) {
    self.rawValue = value
  }

  /// The text, exactly as written.
  public var description: String { rawValue }

  /// Orders by the text, code point by code point (as `String` does).
  public static func < (left: Self, right: Self) -> Bool {
    left.rawValue < right.rawValue
  }
}
