/// A campaign as written in a campaign file: its mechanics, its promise and the messages that carry it.
package struct Campaign: Sendable, Hashable {
  /// Unique across everything loaded; `[a-z0-9-]+`.
  package var id: String
  /// What the customer sees.
  package var name: String
  /// What checkout is configured to do.
  package var mechanics: Rules {
    get { sharedMechanics.rules }
    set { sharedMechanics = SharedRules(newValue) }
  }
  /// The mechanics, held once: the compiled campaign of a loaded set reads the same instance.
  package private(set) var sharedMechanics: SharedRules
  /// The terms as written, or `nil` when the file gives none.
  package var terms: Terms?
  /// The emails, SMS, posts and pages that advertise it.
  package var messages: [Message]
  /// Finding kinds this campaign is known to produce (stories and acknowledged issues).
  package var expectFindings: [String]
  /// Where the campaign object starts.
  package var location: FileLocation
  /// Where each field was written, keyed by its path inside the campaign (`benefit`, `terms.benefit`,
  /// `conditions.minSubtotal`); for reports that name a clause.
  package var fieldLocations: FieldLocations
  /// Warnings: what loads but may not mean what it seems.
  ///
  /// A `starts` or `ends` at a local time daylight saving skipped or repeated, with the moment used.
  /// `promoguard lint` shows them.
  package var warnings: [Diagnostic]

  /// Creates a campaign.
  package init(
    id: String, name: String, mechanics: Rules, terms: Terms?, messages: [Message] = [],
    expectFindings: [String] = [], location: FileLocation,
    fieldLocations: [String: FileLocation] = [:], warnings: [Diagnostic] = []
  ) {
    self.id = id
    self.name = name
    self.sharedMechanics = SharedRules(mechanics)
    self.terms = terms
    self.messages = messages
    self.expectFindings = expectFindings
    self.location = location
    self.fieldLocations = FieldLocations(fieldLocations)
    self.warnings = warnings
  }

  /// The promise: the terms when given, else the mechanics (with `combinable` = not exclusive).
  package var promise: Terms {
    if let terms { return terms }
    return Terms(
      rules: mechanics, combinable: !mechanics.stacking.exclusive, text: nil,
      stated: Set(TermsField.allCases))
  }
}
