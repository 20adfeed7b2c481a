import PromoGuard

/// Every code loaded, looked up as checkout looks codes up (exact-matching campaigns first, then relaxed).
struct CodeDirectory: Sendable {
  /// A code and the campaign it belongs to.
  struct Entry: Sendable, Hashable {
    /// The campaign's place in load order.
    var order: Int
    /// The code as the campaign writes it.
    var code: String
  }

  private var exact = [String: Entry]()
  private var relaxed = [String: Entry]()

  /// Indexes the codes of `campaigns`.
  init(_ campaigns: [AuditedCampaign]) {
    for audited in campaigns {
      let rules = audited.campaign.mechanics
      for code in rules.activation.codes {
        let entry = Entry(order: audited.order, code: code)
        switch rules.codeMatching {
        case .exact:
          if exact[CodeKey.exact(code)] == nil { exact[CodeKey.exact(code)] = entry }
        case .relaxed:
          if relaxed[CodeKey.relaxed(code)] == nil { relaxed[CodeKey.relaxed(code)] = entry }
        }
      }
    }
  }

  /// The campaign a code typed at checkout reaches, if any.
  ///
  /// - Parameter typed: The code as a customer would type it.
  /// - Returns: The entry, or `nil` when checkout would say the code is unknown.
  func lookUp(_ typed: String) -> Entry? {
    if let entry = exact[CodeKey.exact(typed)] { return entry }
    return relaxed[CodeKey.relaxed(typed)]
  }
}
