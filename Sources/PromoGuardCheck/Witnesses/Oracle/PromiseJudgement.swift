package import PromoGuard

/// What a campaign's promise (its `terms`, or its mechanics when it has none) entitles one checkout to.
package enum PromiseJudgement: Sendable, Hashable {
  /// The checkout does not present the campaign (no code or link of it, and the promise is not automatic).
  case notPresented
  /// Presented, but the promise refuses it.
  ///
  /// `reason` is the first reason the terms give, in `CodeStatus` order: notYetActive, expired, wrongCurrency,
  /// wrongChannel, notEligible, customerRequired, limitReached, conditionsNotMet, nothingToDiscount.
  case refused(reason: CodeStatus, presentation: Presentation)
  /// Presented and entitled to `amount` minor units (line discount or shipping discount), above zero.
  ///
  /// The promise's benefit computed alone on the checkout's original prices, rounded once by the promise's
  /// rounding and capped by its maxDiscount and by what there is to discount.
  case entitled(amount: Int64, presentation: Presentation)

  /// How the checkout presented the campaign, or `nil` when it did not.
  package var presentation: Presentation? {
    switch self {
    case .notPresented: nil
    case .refused(_, let presentation), .entitled(_, let presentation): presentation
    }
  }

  /// The amount the checkout is entitled to: 0 unless entitled.
  package var entitledAmount: Int64 {
    if case .entitled(let amount, _) = self { return amount }
    return 0
  }
}
