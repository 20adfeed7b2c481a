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
  package var terms: Terms? {
    get { extras?.terms }
    set {
      extras = CampaignExtras.holding(
        terms: newValue, messages: messages, expectFindings: expectFindings, warnings: warnings)
    }
  }
  /// The emails, SMS, posts and pages that advertise it.
  package var messages: [Message] {
    get { extras?.messages ?? [] }
    set {
      extras = CampaignExtras.holding(
        terms: terms, messages: newValue, expectFindings: expectFindings, warnings: warnings)
    }
  }
  /// Finding kinds this campaign is known to produce (stories and acknowledged issues).
  package var expectFindings: [String] {
    get { extras?.expectFindings ?? [] }
    set {
      extras = CampaignExtras.holding(
        terms: terms, messages: messages, expectFindings: newValue, warnings: warnings)
    }
  }
  /// Where the campaign object starts.
  package var location: FileLocation
  /// Where each field was written, keyed by its path inside the campaign (`benefit`, `terms.benefit`,
  /// `conditions.minSubtotal`); for reports that name a clause.
  package var fieldLocations: FieldLocations
  /// Warnings: what loads but may not mean what it seems.
  ///
  /// A `starts` or `ends` at a local time daylight saving skipped or repeated, with the moment used.
  /// `promoguard lint` shows them.
  package var warnings: [Diagnostic] {
    get { extras?.warnings ?? [] }
    set {
      extras = CampaignExtras.holding(
        terms: terms, messages: messages, expectFindings: expectFindings, warnings: newValue)
    }
  }
  /// The terms, messages, expected findings and warnings, held once out of line; `nil` when all are empty
  /// (most campaigns), so that a loaded campaign does not carry their inline size.
  private var extras: CampaignExtras?

  /// Creates a campaign.
  package init(
    id: String, name: String, mechanics: Rules, terms: Terms?, messages: [Message] = [],
    expectFindings: [String] = [], location: FileLocation,
    fieldLocations: [String: FileLocation] = [:], warnings: [Diagnostic] = []
  ) {
    self.id = id
    self.name = name
    self.sharedMechanics = SharedRules(mechanics)
    self.extras = CampaignExtras.holding(
      terms: terms, messages: messages, expectFindings: expectFindings, warnings: warnings)
    self.location = location
    self.fieldLocations = FieldLocations(fieldLocations)
  }

  /// The promise: the terms when given, else the mechanics (with `combinable` = not exclusive).
  package var promise: Terms {
    if let terms { return terms }
    return Terms(
      rules: mechanics, combinable: !mechanics.stacking.exclusive, text: nil,
      stated: Set(TermsField.allCases))
  }
}
