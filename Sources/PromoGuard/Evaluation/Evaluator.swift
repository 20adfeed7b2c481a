extension CampaignSet {
  /// The most codes that count in one checkout; later ones are `tooManyCodes`.
  package static let maximumCountedCodes = 10

  /// Quotes a checkout: every campaign that applies, the discount on every line and on shipping, and a status
  /// with a reason for every code entered.
  ///
  /// Candidates are the automatic campaigns plus those of the codes entered (and of the code a message link
  /// enters). Non-exclusive campaigns apply in application order, each on what the ones before left. If
  /// exclusive campaigns qualify, the customer gets the better of the best single exclusive campaign (on
  /// original prices) and the stack; a tie goes to the exclusive campaign.
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: The quote.
  /// - Throws: `EvaluationError` when the checkout is invalid (a negative price, quantity 0, amounts in another
  ///   currency) or an amount is too large to compute exactly. A refused code is not an error.
  /// - Complexity: O(*c* · *l* log *l*) for *c* candidate campaigns and *l* lines; independent of the number
  ///   of coded campaigns loaded.
  public func evaluate(_ checkout: Checkout) throws(EvaluationError) -> Quote {
    // The checkout is passed down rather than stored: a stored copy, read from a mutating method, was copied
    // (every string and array retained) once per automatic campaign.
    // The basket is checked first and the evaluation made from it without throwing: a throwing initialiser
    // built the evaluation and then copied it into place.
    var evaluation = Evaluation(basket: try BasketState(checkout))
    try evaluation.run(checkout, in: self)
    return evaluation.quote(checkout, campaigns: self)
  }
}

/// One evaluation of one checkout.
struct Evaluation {
  /// A code as entered.
  struct Entry {
    var entered: String
    var via: Quote.CodeResult.Via
    var code: CampaignSet.CodeEntry?
    /// The candidate of its campaign, when it counts.
    var candidate: Int?
    /// Whether an earlier entry named the same campaign.
    var isDuplicate = false
    /// Whether it is past the tenth code.
    var isBeyondLimit = false
    /// Its reasons when it does not count (past the limit).
    var eligibility: Eligibility?
    /// The first entry of the same campaign.
    var firstEntry: Int?
  }

  /// A campaign that may apply.
  struct Candidate {
    var campaign: CompiledCampaign
    var eligibility: Eligibility
    var outcome: RoundedDiscount?
    var isApplied = false
    var winners: [CompiledCampaign] = []
    var code: String?
  }

  let original: BasketState
  var basket: BasketState
  var entries: [Entry] = []
  var candidates: [Candidate] = []
  var appliedOrder: [Int] = []
  /// Automatic campaigns the checkout came close to (NearMiss.swift).
  var nearMisses = NearMisses()
  /// The target lines of each distinct target met so far, found once per evaluation.
  var targetCache = TargetCache()
  /// Gift units a backend can add: for each gift campaign the basket qualifies for, what it lacks.
  var gifts: [Quote.Gift] = []
  /// Automatic gift campaigns the basket qualifies for but holds no gift unit of.
  var missingGifts: [CompiledCampaign] = []

  /// An evaluation of the checkout whose amounts are `state`.
  ///
  /// - Parameter state: The checkout's amounts before any campaign.
  init(basket state: BasketState) {
    self.original = state
    self.basket = state
  }

  /// Finds the candidates and applies them.
  ///
  /// - Parameters:
  ///   - checkout: The checkout this evaluation was created for.
  ///   - campaigns: The campaigns (passed, not stored: storing the set retained each of its tables).
  /// - Throws: `EvaluationError` when an amount is too large to compute exactly.
  mutating func run(_ checkout: Checkout, in campaigns: CampaignSet) throws(EvaluationError) {
    // Only the automatic campaigns the index cannot rule out (currency, window, channel, audience) are
    // checked; `Eligibility` still checks each in full.
    candidates.reserveCapacity(4 + min(checkout.codes.count, CampaignSet.maximumCountedCodes))
    if !campaigns.automaticIndex.isEmpty {
      campaigns.automaticIndex.forEachCandidate(of: checkout) { campaign, checkout in
        let eligibility = Eligibility(
          campaign, checkout: checkout, basket: original, explain: false, cache: &targetCache)
        if eligibility.reasons.isEmpty {
          // Moved, not copied (a copy retained its target lines).
          candidates.append(Candidate(campaign: campaign, eligibility: consume eligibility))
        } else if eligibility.reasons == NearMisses.conditionsOnly {
          nearMisses.consider(
            campaign, eligibility: eligibility, checkout: checkout, basket: original)
        } else if eligibility.reasons == StatusSet(.giftNotInBasket) {
          missingGifts.append(campaign)
        }
      }
    }
    collectEntries(checkout, campaigns: campaigns)
    try applyCandidates(checkout)
    collectGifts(checkout)
  }

  /// The first entry before `index` that names the campaign of rank `rank`.
  private func firstEntry(ofRank rank: Int, before index: Int) -> Int? {
    for earlier in 0..<index where entries[earlier].code?.campaign.rank == rank { return earlier }
    return nil
  }

  /// Whether an entered code's campaign applies, with a pool code's own checks (used, bound, its own end).
  private mutating func codeEligibility(
    _ code: CampaignSet.CodeEntry, _ checkout: Checkout, _ campaigns: CampaignSet
  ) -> Eligibility {
    var eligibility = Eligibility(
      code.campaign, checkout: checkout, basket: original, explain: true, cache: &targetCache)
    if let pool = code.pool {
      PoolCodeCheck.check(
        campaigns.pools.entries[pool.entry], index: pool.index, checkout: checkout,
        into: &eligibility)
    }
    return eligibility
  }

  private mutating func collectEntries(_ checkout: Checkout, campaigns: CampaignSet) {
    entries.reserveCapacity(checkout.codes.count + (checkout.link == nil ? 0 : 1))
    for entered in checkout.codes {
      entries.append(Entry(entered: entered, via: .typed, code: campaigns.lookUp(entered)))
    }
    if let link = checkout.link, let code = campaigns.links[CodeKey.exact(link)] {
      entries.append(Entry(entered: code, via: .link, code: campaigns.lookUp(code)))
    }
    // Few codes (the usual case): look back through the entries instead of building a dictionary.
    let scansBack = entries.count <= 16
    var firstEntryOfCampaign = [Int: Int]()  // rank -> entry index, for many codes
    for index in entries.indices {
      guard let code = entries[index].code else { continue }
      let rank = code.campaign.rank
      let first =
        scansBack ? firstEntry(ofRank: rank, before: index) : firstEntryOfCampaign[rank]
      if let first {
        entries[index].isDuplicate = true
        entries[index].firstEntry = first
      }
      if index >= CampaignSet.maximumCountedCodes {
        entries[index].isBeyondLimit = true
        entries[index].eligibility = codeEligibility(code, checkout, campaigns)
      } else if !entries[index].isDuplicate {
        let eligibility = codeEligibility(code, checkout, campaigns)
        entries[index].candidate = candidates.count
        candidates.append(
          Candidate(campaign: code.campaign, eligibility: eligibility, code: code.code))
      }
      if !scansBack && first == nil { firstEntryOfCampaign[rank] = index }
    }
  }

  private mutating func applyCandidates(_ checkout: Checkout) throws(EvaluationError) {
    // The eligible candidates in application order, in scratch memory (no array); the stack is built in
    // `appliedOrder` itself.
    var failure: EvaluationError?
    Scratch.with(Int.self, count: candidates.count) { eligible in
      var count = 0
      for index in candidates.indices where candidates[index].eligibility.reasons.isEmpty {
        eligible[count] = index
        count += 1
      }
      var order = UnsafeMutableBufferPointer(rebasing: eligible[..<count])
      // Usually already in order (automatic campaigns come in application order, then one code).
      if !order.isEmpty && !zip(order, order.dropFirst()).allSatisfy({ isBefore($0, $1) }) {
        order.sort { isBefore($0, $1) }
      }
      do throws(EvaluationError) {
        try apply(UnsafeBufferPointer(order), checkout)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
  }

  /// Whether candidate `a` applies before candidate `b`.
  private func isBefore(_ a: Int, _ b: Int) -> Bool {
    candidates[a].campaign.rank < candidates[b].campaign.rank
  }

  /// Applies the eligible candidates, given in application order.
  private mutating func apply(
    _ eligible: UnsafeBufferPointer<Int>, _ checkout: Checkout
  ) throws(EvaluationError) {
    appliedOrder.reserveCapacity(eligible.count)
    var stackValue: Int64 = 0
    var best: (candidate: Int, value: Int64)?
    for index in eligible {
      let campaign = candidates[index].campaign
      let isExclusive = campaign.rules.stacking.exclusive
      guard let targets = candidates[index].eligibility.targets else { continue }
      let budgetLeft = Eligibility.budgetLeft(campaign, checkout: checkout)
      // Either state is passed in place: binding the chosen one to a constant copied it.
      let outcome =
        isExclusive
        ? try CampaignDiscount.outcome(
          campaign, targets: targets, basket: original, budgetLeft: budgetLeft)
        : try CampaignDiscount.outcome(
          campaign, targets: targets, basket: basket, budgetLeft: budgetLeft)
      if let budgetLeft, case .discount(let discount) = outcome, discount.total == budgetLeft {
        try noteBudget(
          index, given: discount.total, targets: targets,
          basket: isExclusive ? original : basket, checkout: checkout)
      }
      switch outcome {
      case .nothing(let reason):
        candidates[index].eligibility.reasons.insert(.nothingToDiscount)
        candidates[index].eligibility.withDetail { $0.nothingReason = reason }
      case .discount(let discount):
        candidates[index].outcome = discount
        if isExclusive {
          if discount.total > (best?.value ?? 0) { best = (index, discount.total) }
        } else {
          basket.apply(discount, isShipping: campaign.rules.benefit.isShipping)
          appliedOrder.append(index)
          stackValue += discount.total
        }
      }
    }
    if let best, best.value >= stackValue {
      basket = original
      let winner = candidates[best.candidate]
      basket.apply(
        winner.outcome ?? RoundedDiscount(total: 0, shares: []),
        isShipping: winner.campaign.rules.benefit.isShipping)
      appliedOrder.removeAll(keepingCapacity: true)
      appliedOrder.append(best.candidate)
    }
    var winners: [CompiledCampaign]?  // built when a candidate needs them
    for index in candidates.indices where candidates[index].outcome != nil {
      if appliedOrder.contains(index) {
        candidates[index].isApplied = true
      } else {
        candidates[index].eligibility.reasons.insert(.notCombinable)
        let all = winners ?? appliedOrder.map { candidates[$0].campaign }
        winners = all
        candidates[index].winners = all
      }
    }
  }
}
