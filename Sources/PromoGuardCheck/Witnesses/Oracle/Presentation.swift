/// How a checkout presented a campaign: the typed codes, the message link, or automatically.
package struct Presentation: Sendable, Hashable {
  /// Indices into `checkout.codes` of the typed codes that present it.
  ///
  /// A code of the promise's activation (matched as the promise's `codeMatching` says) or a code one of the
  /// campaign's messages shows (matched the same way). Only the first 10 entries count, as at checkout.
  package var codeIndices: [Int]
  /// Whether the checkout's `link` (trimmed) is one of the campaign's messages' `link.url`.
  package var viaLink: Bool
  /// Whether the promise is automatic (then every checkout presents it).
  package var isAutomatic: Bool

  /// Creates a presentation.
  ///
  /// - Parameters:
  ///   - codeIndices: Indices of the typed codes that present the campaign.
  ///   - viaLink: Whether the checkout arrived through one of the campaign's message links.
  ///   - isAutomatic: Whether the promise is automatic.
  package init(codeIndices: [Int], viaLink: Bool, isAutomatic: Bool) {
    self.codeIndices = codeIndices
    self.viaLink = viaLink
    self.isAutomatic = isAutomatic
  }

  /// Whether the checkout presents the campaign at all.
  package var presents: Bool {
    !codeIndices.isEmpty || viaLink || isAutomatic
  }
}
