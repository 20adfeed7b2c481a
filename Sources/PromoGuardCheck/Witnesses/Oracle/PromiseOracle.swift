package import PromoGuard

/// The promise oracle of one campaign: a deliberately simple reference evaluator of its `terms`.
///
/// It shares no evaluation code with the engine: it reads the promise (`Campaign.promise`) as Evaluation.md
/// describes, on the checkout's original prices, with exact integer arithmetic. The harness compares its
/// judgement with what checkout did.
///
/// ```swift
/// let oracle = PromiseOracle(campaign: campaign)
/// if case .entitled(let amount, _) = oracle.judge(checkout) { print(amount) }
/// ```
package struct PromiseOracle: Sendable {
  /// What the oracle works out once per campaign, shared by every copy of it (a copy is one reference).
  let storage: PromiseOracleStorage

  /// The campaign.
  var campaign: Campaign { _read { yield storage.campaign } }
  /// What it promises.
  var rules: Rules { _read { yield storage.rules } }
  /// The relaxed forms of the codes that present it (the promise's and its messages'), when matching is relaxed.
  var relaxedCodes: Set<String> { _read { yield storage.relaxedCodes } }
  /// The exact forms of the codes that present it, when the promise's matching is exact.
  var exactCodes: Set<String> { _read { yield storage.exactCodes } }
  /// The messages' link URLs.
  var linkURLs: Set<String> { _read { yield storage.linkURLs } }
  /// The promise's pool, when it has one (issue 10).
  var pool: PoolOracle? { _read { yield storage.pool } }

  /// Prepares the oracle of `campaign`.
  ///
  /// - Parameter campaign: The campaign whose promise to judge by.
  package init(campaign: Campaign) {
    storage = PromiseOracleStorage(campaign: campaign, withMechanicsOracle: true)
  }

  /// Wraps prepared storage.
  init(storage: PromiseOracleStorage) {
    self.storage = storage
  }

  /// The oracle of the campaign's mechanics read as its promise (the campaign without its terms): the reason it
  /// gives is the one checkout was set up to give.
  var mechanicsOracle: PromiseOracle {
    if let prepared = storage.mechanicsOnly { return PromiseOracle(storage: prepared) }
    if storage.campaign.terms == nil { return self }
    var mechanicsOnly = storage.campaign
    mechanicsOnly.terms = nil
    return PromiseOracle(
      storage: PromiseOracleStorage(campaign: mechanicsOnly, withMechanicsOracle: false))
  }

  /// How `checkout` presents the campaign.
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: The typed codes (of the first 10), the link, and whether the promise is automatic.
  package func presentation(of checkout: Checkout) -> Presentation {
    var indices = [Int]()
    for (index, typed) in checkout.codes.prefix(10).enumerated()
    where (!storage.exactCodes.isEmpty && storage.exactCodes.contains(PromiseCode.exact(typed)))
      || (!storage.relaxedCodes.isEmpty && PromiseCode.relaxed(typed, isIn: storage.relaxedCodes))
      || (storage.pool?.contains(typed) ?? false)
    {
      indices.append(index)
    }
    let viaLink = checkout.link.map { linkURLs.contains(PromiseCode.exact($0)) } ?? false
    return Presentation(codeIndices: indices, viaLink: viaLink, isAutomatic: storage.isAutomatic)
  }

  /// What the promise entitles `checkout` to.
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: Not presented, refused with the terms' first reason, or entitled to an amount above zero.
  package func judge(_ checkout: Checkout) -> PromiseJudgement {
    let presentation = presentation(of: checkout)
    guard presentation.presents else { return .notPresented }
    let basket = PromiseAmount(rules: rules, checkout: checkout, giftSKUs: storage.giftSKUs)
    if let reason = refusal(of: checkout, basket: basket) {
      return .refused(reason: reason, presentation: presentation)
    }
    if Self.giftOf(rules.benefit) != nil, basket.giftUnitsInBasket == 0 {
      return .refused(reason: .giftNotInBasket, presentation: presentation)
    }
    // What is left of a promised budget caps the amount (lines and shipping together).
    let amount = min(basket.amount, budgetLeft(checkout) ?? Int64.max)
    guard amount > 0 else {
      return .refused(reason: .nothingToDiscount, presentation: presentation)
    }
    return .entitled(amount: amount, presentation: presentation)
  }

  /// The first reason, in status order, the promise gives for refusing `checkout`, up to `conditionsNotMet`.
  ///
  /// - Parameters:
  ///   - checkout: The checkout.
  ///   - basket: The promise's target lines in it.
  /// - Returns: The reason, or `nil` when the promise accepts the checkout (its amount may still be zero).
  func refusal(of checkout: Checkout, basket: PromiseAmount) -> CodeStatus? {
    if let starts = rules.window.starts, checkout.at < starts { return .notYetActive }
    if let ends = rules.window.ends, checkout.at >= ends { return .expired }
    let poolReason = poolRefusal(of: checkout)
    if poolReason == .expired { return .expired }
    if checkout.currency != rules.currency { return .wrongCurrency }
    if let channels = rules.channels {
      guard let channel = checkout.channel, channels.contains(channel) else { return .wrongChannel }
    }
    let customer = checkout.customer
    if let audience = rules.audience, let customer {
      let listed = customer.id.map { audience.customers.contains($0) } ?? false
      let inSegment = customer.segments.contains { audience.segments.contains($0) }
      if !listed && !inSegment { return .notEligible }
    }
    if poolReason == .notEligible { return .notEligible }
    let totalUsedUp =
      rules.limits.total.map { checkout.redemptionTotals[campaign.id, default: 0] >= $0 } ?? false
    let budgetUsedUp = budgetLeft(checkout).map { $0 <= 0 } ?? false
    // Asking a guest to sign in for an offer that is used up would not tell the truth.
    if customer == nil && !totalUsedUp && !budgetUsedUp
      && (rules.audience != nil || rules.limits.perCustomer != nil || rules.conditions.firstOrder
        || poolReason == .customerRequired)
    {
      return .customerRequired
    }
    if totalUsedUp || budgetUsedUp || poolReason == .limitReached {
      return .limitReached
    }
    if let perCustomer = rules.limits.perCustomer, let customer,
      customer.redemptions[campaign.id, default: 0] >= perCustomer
    {
      return .limitReached
    }
    return basket.conditionsHold ? nil : .conditionsNotMet
  }
}
