/// A promotion code: as the customer entered it, or as its campaign writes it.
///
/// `Quote.CodeResult.entered` keeps the customer's text exactly (spaces and case included);
/// `Quote.AppliedCampaign.code` is the campaign's own spelling. A small wrapper around the text, so
/// that a quote's identifiers cannot be mixed up with each other or with free text; JSON carries
/// the text unchanged.
///
/// ```swift
/// let id: PromoCode = "SEPT20"
/// print(id)           // SEPT20
/// print(id.rawValue)  // SEPT20
/// ```
public struct PromoCode: Hashable, Sendable, Comparable, CustomStringConvertible,
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
