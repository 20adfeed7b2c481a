/// The parts of a campaign most campaigns leave out — terms, messages, expected findings and warnings — held
/// in one shared, immutable instance, so that a campaign without them pays one reference rather than the
/// inline size of a `Terms` (a whole second `Rules`) and three arrays.
///
/// A ``Campaign`` keeps `nil` instead of an instance when all four are empty; changing one of them through the
/// campaign replaces the instance (value semantics are kept: an instance is never changed).
final class CampaignExtras: Sendable, Hashable {
  /// The terms as written, or `nil`.
  let terms: Terms?
  /// The messages that advertise the campaign.
  let messages: [Message]
  /// The finding kinds the campaign is known to produce.
  let expectFindings: [String]
  /// The warnings found while decoding it.
  let warnings: [Diagnostic]

  /// The instance holding these parts, or `nil` when all four are empty.
  ///
  /// - Parameters:
  ///   - terms: The terms as written, or `nil`.
  ///   - messages: The messages.
  ///   - expectFindings: The expected finding kinds.
  ///   - warnings: The warnings.
  /// - Returns: A new instance, or `nil` when there is nothing to hold.
  static func holding(
    terms: Terms?, messages: [Message], expectFindings: [String], warnings: [Diagnostic]
  ) -> CampaignExtras? {
    if terms == nil && messages.isEmpty && expectFindings.isEmpty && warnings.isEmpty {
      return nil
    }
    return CampaignExtras(
      terms: terms, messages: messages, expectFindings: expectFindings, warnings: warnings)
  }

  private init(terms: Terms?, messages: [Message], expectFindings: [String], warnings: [Diagnostic])
  {
    self.terms = terms
    self.messages = messages
    self.expectFindings = expectFindings
    self.warnings = warnings
  }

  /// Equal when the four parts are equal.
  static func == (left: CampaignExtras, right: CampaignExtras) -> Bool {
    left === right
      || (left.terms == right.terms && left.messages == right.messages
        && left.expectFindings == right.expectFindings && left.warnings == right.warnings)
  }

  /// Hashes the four parts.
  func hash(into hasher: inout Hasher) {
    hasher.combine(terms)
    hasher.combine(messages)
    hasher.combine(expectFindings)
    hasher.combine(warnings)
  }
}
