import PromoGuard

/// A static finding before its witness is searched: the finding, and the witness that must stand behind it.
struct StaticClaim: Sendable {
  /// The finding as the rule words it.
  var finding: Finding
  /// What a witness must show; `nil` for a finding that stands on the files alone.
  var witness: WitnessRequest?
}

/// What the witness of a static finding must show.
enum WitnessRequest: Sendable {
  /// A checkout on which this clause of the mechanics (alone, and in the campaign as configured) differs from
  /// the terms in this direction.
  case clause(Clause, WitnessSearch.Direction)
  /// A recipient of this message who gets less than the message offers.
  case message(Message, MessageIssue)
}

extension WitnessSearch {
  /// The witness a request asks for.
  ///
  /// - Parameter request: What the witness must show.
  /// - Returns: The shrunk witness, or `nil` when no checkout searched shows it.
  mutating func witness(for request: WitnessRequest) -> FindingExample? {
    switch request {
    case .clause(let clause, let direction): witness(for: clause, direction: direction)
    case .message(let message, let issue): witness(for: message, issue: issue)
    }
  }
}
