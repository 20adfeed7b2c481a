// TEMPORARY STUB — deleted when the oracle branch is merged
package import PromoGuard

/// How a checkout presented a campaign.
package struct Presentation: Sendable, Hashable {
  /// Indices into `checkout.codes` of the typed codes that present it.
  package var codeIndices: [Int]
  /// Whether the checkout's `link` (trimmed) is one of the campaign's messages' `link.url`.
  package var viaLink: Bool
  /// Whether the promise is automatic (then every checkout presents it).
  package var isAutomatic: Bool

  /// Creates a presentation.
  package init(codeIndices: [Int], viaLink: Bool, isAutomatic: Bool) {
    self.codeIndices = codeIndices
    self.viaLink = viaLink
    self.isAutomatic = isAutomatic
  }
}

/// What a campaign's promise entitles one checkout to.
package enum PromiseJudgement: Sendable, Hashable {
  /// The checkout does not present the campaign.
  case notPresented
  /// Presented, but the promise refuses it.
  case refused(reason: CodeStatus, presentation: Presentation)
  /// Presented and entitled to `amount` minor units.
  case entitled(amount: Int64, presentation: Presentation)
}

/// The promise oracle of one campaign (stub: judges every checkout `.notPresented`).
package struct PromiseOracle: Sendable {
  /// Creates the oracle.
  package init(campaign: Campaign) {}

  /// Judges a checkout (stub: always `.notPresented`).
  package func judge(_ checkout: Checkout) -> PromiseJudgement { .notPresented }

  /// One line for reports.
  package func describe(_ judgement: PromiseJudgement, checkout: Checkout) -> String {
    "nothing: the checkout does not use this offer"
  }
}

/// A problem one scenario shows.
package struct ObservedFinding: Sendable, Hashable {
  /// The kind.
  package var kind: FindingKind
  /// One line, the same for every scenario that shows the same problem of the same campaign.
  package var summary: String
  /// What the promise gives this checkout.
  package var promised: String
  /// What checkout did, one line.
  package var actual: String

  /// Creates a finding.
  package init(kind: FindingKind, summary: String, promised: String, actual: String) {
    self.kind = kind
    self.summary = summary
    self.promised = promised
    self.actual = actual
  }
}

/// Compares quotes with judgements (stub: finds nothing).
package enum Classifier {
  /// Findings of a scenario with one campaign loaded (stub: none).
  package static func classify(
    campaign: Campaign, checkout: Checkout, quote: Quote, judgement: PromiseJudgement
  ) -> [ObservedFinding] { [] }

  /// Findings of a scenario with several campaigns presented together (stub: none).
  package static func classifyTogether(
    campaigns: [Campaign], checkout: Checkout, quote: Quote, judgements: [PromiseJudgement]
  ) -> [ObservedFinding] { [] }

  /// Invariants every quote must keep (stub: none).
  package static func invariantViolations(checkout: Checkout, quote: Quote) -> [ObservedFinding] {
    []
  }
}
