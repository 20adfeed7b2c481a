import PromoGuard
import Testing

/// A mistake marketing teams make, planted into a clean campaign file, with the finding kinds that honestly
/// report it.
///
/// An operator edits the decoded JSON of the file (never its text): it tries each campaign in file order and
/// plants the mistake in the first one it applies to. A file with no such campaign (no minimum spend to mistype,
/// no message to break) gets no mutant, so it is not counted.
struct MutationOperator: Sendable, CustomTestStringConvertible {
  /// A short name for reports ("category-miscased").
  var name: String
  /// Its family.
  var mistake: MistakeClass
  /// What the marketing team did, in one line.
  var story: String
  /// The kinds a finding may have to count as catching the mistake: as narrow as the mistake honestly allows.
  var acceptableKinds: Set<FindingKind>
  /// Plants the mistake in campaign `index` of the file; returns `false` (leaving the file as it was or not)
  /// when it does not apply to that campaign.
  var plant: @Sendable (_ document: inout CampaignDocument, _ index: Int) -> Bool

  /// The family and the name.
  var testDescription: String { "\(mistake.rawValue).\(name)" }

  /// Plants the mistake in the first campaign of the clean file it applies to.
  ///
  /// - Parameter clean: The clean campaign file.
  /// - Returns: The mutant, or `nil` when the operator applies to no campaign of the file.
  func mutant(of clean: CleanCampaign) -> MutantCase? {
    guard let original = try? clean.document() else { return nil }
    for index in original.campaigns.indices {
      var mutated = original
      guard plant(&mutated, index), mutated != original else { continue }
      return MutantCase(
        clean: clean.name, operatorName: testDescription, story: story,
        acceptableKinds: acceptableKinds, campaignID: original.campaigns[index].campaignID,
        path: clean.path, json: mutated.text(), companions: mutated.companions)
    }
    return nil
  }

  /// Every operator, family by family.
  static let all: [MutationOperator] =
    reach + wording + window + messages + mechanicsVersusTerms + interaction + spendAndUnits
    + kinds + pools
}

/// One mutant: a clean file with one mistake planted in one of its campaigns.
struct MutantCase: Sendable, CustomTestStringConvertible {
  /// The clean file's name.
  var clean: String
  /// The operator's family and name.
  var operatorName: String
  /// What the marketing team did.
  var story: String
  /// The kinds that count as catching it.
  var acceptableKinds: Set<FindingKind>
  /// The campaign the mistake is in: the findings must be about it.
  var campaignID: String
  /// The path the file is loaded under.
  var path: String
  /// The mutated file.
  var json: String
  /// Its companion files (pools, recipient lists), by name.
  var companions: [String: String] = [:]

  /// "clean › family.operator".
  var testDescription: String { "\(clean) › \(operatorName)" }
}
