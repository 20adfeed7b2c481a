/// A campaign's id, as its campaign file writes it (`[a-z0-9-]+`, unique across everything loaded).
///
/// Quotes name campaigns by it: `Quote.AppliedCampaign.campaignID`, `Quote.CodeResult.campaignID`,
/// `Quote.NearMiss.campaignID`, `CodeDetail.winners`. A small wrapper around the text, so that a
/// quote's identifiers cannot be mixed up with each other or with free text; JSON carries the text
/// unchanged.
///
/// ```swift
/// let id: CampaignID = "sept-20"
/// print(id)           // sept-20
/// print(id.rawValue)  // sept-20
/// ```
public struct CampaignID: Hashable, Sendable, Comparable, CustomStringConvertible,
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
