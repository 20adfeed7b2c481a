/// The promise: what the published terms and the advertising say, read *contra proferentem*.
///
/// A restriction the terms do not state is not part of the promise. Only the campaign's period, time zone,
/// currency, activation and rounding carry over when the terms omit them; code matching is relaxed unless the
/// terms say `exact`. A campaign without terms promises its
/// mechanics.
package struct Terms: Sendable, Hashable {
  /// The offer's name as the terms give it, if they do.
  package var name: String?
  /// The promise in the mechanics vocabulary, with omitted fields filled as described above.
  package var rules: Rules
  /// Whether the promise says the campaign combines with other offers (default `true`).
  package var combinable: Bool
  /// The published wording, if given.
  package var text: String?
  /// The fields the terms stated explicitly (the others were filled in).
  package var stated: Set<TermsField>

  /// Creates terms.
  package init(
    name: String? = nil, rules: Rules, combinable: Bool, text: String?, stated: Set<TermsField>
  ) {
    self.name = name
    self.rules = rules
    self.combinable = combinable
    self.text = text
    self.stated = stated
  }
}

/// A clause of the terms, by its key in the campaign file.
package enum TermsField: String, Sendable, Hashable, CaseIterable {
  /// `name`
  case name
  /// `currency`
  case currency
  /// `timeZone`
  case timeZone
  /// `starts`
  case starts
  /// `ends`
  case ends
  /// `activation`
  case activation
  /// `codeMatching`
  case codeMatching
  /// `audience`
  case audience
  /// `channels`
  case channels
  /// `conditions`
  case conditions
  /// `target`
  case target
  /// `benefit`
  case benefit
  /// `maxDiscount`
  case maxDiscount
  /// `maxItems`
  case maxItems
  /// `limits`
  case limits
  /// `stacking`
  case stacking
  /// `rounding`
  case rounding
  /// `combinable`
  case combinable
  /// `text`
  case text
}
