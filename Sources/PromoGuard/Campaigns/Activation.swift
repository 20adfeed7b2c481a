/// How a campaign is triggered: by one of its codes, by one code of a pool, or automatically for every
/// qualifying checkout.
package enum Activation: Sendable, Hashable {
  /// The customer enters one of these codes (or arrives by a link that enters one).
  case codes([String])
  /// The campaign applies by itself.
  case automatic
  /// The customer enters one code of a pool read from a companion file (unique codes, often single use and
  /// bound to a customer).
  case pool(CodePool)

  /// The codes written in the campaign file; empty for an automatic campaign and for a pool (whose codes are
  /// in ``pool``).
  package var codes: [String] {
    if case .codes(let codes) = self { return codes }
    return []
  }

  /// The pool, for a pool campaign.
  package var pool: CodePool? {
    if case .pool(let pool) = self { return pool }
    return nil
  }
}

/// How an entered code is compared with a campaign's codes.
package enum CodeMatching: String, Sendable, Hashable {
  /// Unicode NFKC, case-insensitive, white space, dashes and underscores ignored (the default).
  case relaxed
  /// Exactly as written, apart from white space around the code.
  case exact
}
