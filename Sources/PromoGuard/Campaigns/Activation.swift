/// How a campaign is triggered: by one of its codes, or automatically for every qualifying checkout.
package enum Activation: Sendable, Hashable {
  /// The customer enters one of these codes (or arrives by a link that enters one).
  case codes([String])
  /// The campaign applies by itself.
  case automatic

  /// The codes, empty for an automatic campaign.
  package var codes: [String] {
    if case .codes(let codes) = self { return codes }
    return []
  }
}

/// How an entered code is compared with a campaign's codes.
package enum CodeMatching: String, Sendable, Hashable {
  /// Unicode NFKC, case-insensitive, white space, dashes and underscores ignored (the default).
  case relaxed
  /// Exactly as written, apart from white space around the code.
  case exact
}
