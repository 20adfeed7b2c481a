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
    var evaluation = try Evaluation(campaigns: self, checkout: checkout)
    try evaluation.run()
    return evaluation.quote()
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

  let campaigns: CampaignSet
  let checkout: Checkout
  let original: BasketState
  var basket: BasketState
  var entries: [Entry] = []
  var candidates: [Candidate] = []
  var appliedOrder: [Int] = []
  /// Gift units a backend can add: for each gift campaign the basket qualifies for, what it lacks.
  var gifts: [Quote.Gift] = []
  /// Automatic gift campaigns the basket qualifies for but holds no gift unit of.
  var missingGifts: [CompiledCampaign] = []

  init(campaigns: CampaignSet, checkout: Checkout) throws(EvaluationError) {
    self.campaigns = campaigns
    self.checkout = checkout
    self.original = try BasketState(checkout)
    self.basket = original
  }

  mutating func run() throws(EvaluationError) {
    for campaign in campaigns.automatic {
      let eligibility = Eligibility(campaign, checkout: checkout, basket: original, explain: false)
      if eligibility.reasons.isEmpty {
        candidates.append(Candidate(campaign: campaign, eligibility: eligibility))
      } else if eligibility.reasons == StatusSet(.giftNotInBasket) {
        missingGifts.append(campaign)
      }
    }
    collectEntries()
    try applyCandidates()
    collectGifts()
  }

  private mutating func collectEntries() {
    var typed = checkout.codes.map { Entry(entered: $0, via: .typed, code: campaigns.lookUp($0)) }
    if let link = checkout.link, let code = campaigns.links[CodeKey.exact(link)] {
      typed.append(Entry(entered: code, via: .link, code: campaigns.lookUp(code)))
    }
    entries = typed
    var firstEntryOfCampaign = [Int: Int]()  // rank -> entry index
    for index in entries.indices {
      guard let code = entries[index].code else { continue }
      let rank = code.campaign.rank
      if let first = firstEntryOfCampaign[rank] {
        entries[index].isDuplicate = true
        entries[index].firstEntry = first
      }
      if index >= CampaignSet.maximumCountedCodes {
        entries[index].isBeyondLimit = true
        entries[index].eligibility = Eligibility(
          code.campaign, checkout: checkout, basket: original, explain: true)
      } else if !entries[index].isDuplicate {
        let eligibility = Eligibility(
          code.campaign, checkout: checkout, basket: original, explain: true)
        entries[index].candidate = candidates.count
        candidates.append(
          Candidate(campaign: code.campaign, eligibility: eligibility, code: code.code))
      }
      if firstEntryOfCampaign[rank] == nil { firstEntryOfCampaign[rank] = index }
    }
  }

  private mutating func applyCandidates() throws(EvaluationError) {
    let eligible = candidates.indices.filter { candidates[$0].eligibility.reasons.isEmpty }
      .sorted { candidates[$0].campaign.rank < candidates[$1].campaign.rank }
    var stack = [Int]()
    var stackValue: Int64 = 0
    var best: (candidate: Int, value: Int64)?
    for index in eligible {
      let campaign = candidates[index].campaign
      let isExclusive = campaign.rules.stacking.exclusive
      let state = isExclusive ? original : basket
      guard let targets = candidates[index].eligibility.targets else { continue }
      let budgetLeft = Eligibility.budgetLeft(
        campaign.rules, campaignID: campaign.id, checkout: checkout)
      let outcome = try CampaignDiscount.outcome(
        campaign.rules, targets: targets, basket: state, campaignID: campaign.id,
        budgetLeft: budgetLeft)
      if let budgetLeft, case .discount(let discount) = outcome, discount.total == budgetLeft {
        try noteBudget(index, given: discount.total, targets: targets, basket: state)
      }
      switch outcome {
      case .nothing(let reason):
        candidates[index].eligibility.reasons.insert(.nothingToDiscount)
        candidates[index].eligibility.detail?.nothingReason = reason
      case .discount(let discount):
        candidates[index].outcome = discount
        if isExclusive {
          if discount.total > (best?.value ?? 0) { best = (index, discount.total) }
        } else {
          basket.apply(discount, isShipping: campaign.rules.benefit.isShipping)
          stack.append(index)
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
      appliedOrder = [best.candidate]
    } else {
      appliedOrder = stack
    }
    let winners = appliedOrder.map { candidates[$0].campaign }
    for index in candidates.indices where candidates[index].outcome != nil {
      if appliedOrder.contains(index) {
        candidates[index].isApplied = true
      } else {
        candidates[index].eligibility.reasons.insert(.notCombinable)
        candidates[index].winners = winners
      }
    }
  }
}
