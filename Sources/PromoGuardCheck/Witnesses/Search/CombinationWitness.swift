import PromoGuard

/// What a combination witness must show.
enum CombinationLoss: Sendable, Hashable {
  /// The campaign's discount or its partner's is taken away (refused `notCombinable`, or dropped by an
  /// exclusive winner) while each applies alone: the campaign promised to combine.
  case eitherLost
  /// The campaign's own discount is taken away by an exclusive partner while it applies alone and its promise
  /// entitles the checkout.
  case campaignLost
  /// Both apply together and the customer gets more than the best of them alone: the campaign promised not to
  /// combine.
  case combined
}

extension WitnessSearch {
  /// The most partners a combination witness is searched with, so the search stays linear in the campaigns.
  static let maximumPartners = 8
  /// The most combination checkouts searched for one campaign, over all its partners.
  static let combinationBudget = 600

  /// An offer that combines with anything — an automatic 10% off every product — loaded with the campaign when
  /// its file has no partner that shows the finding: the promise that a campaign combines is about any offer.
  ///
  /// - Parameter currency: The campaign's currency.
  /// - Returns: The stand-in offer.
  static func anotherOffer(currency: Currency) -> Campaign {
    Campaign(
      id: "promoguard-another-offer", name: "another offer that combines (an automatic 10% off)",
      mechanics: Rules(currency: currency, benefit: .percentOff(Percentage(millionths: 100_000))),
      terms: nil, location: FileLocation(file: "<witness>", line: 1, column: 1))
  }

  /// The witness of `stacking.exclusive` against `terms.combinable`.
  ///
  /// Stricter (exclusive while the terms combine): a checkout on which the campaign or its partner is taken
  /// away. More generous (combining while the terms say it does not): a checkout on which both apply and the
  /// customer gets more than the best of them alone. Partners are the other campaigns of the file in the same
  /// currency, then ``anotherOffer(currency:)``.
  ///
  /// - Parameter direction: Which way the finding says the mechanics differ.
  /// - Returns: The witness, or `nil`.
  mutating func stackingWitness(direction: Direction) -> FindingExample? {
    let loss: CombinationLoss = direction == .stricter ? .eitherLost : .combined
    var partners = filePartners { _ in true }
    partners.append(Self.anotherOffer(currency: campaign.mechanics.currency))
    return combinationWitness(with: partners, loss: loss)?.example
  }

  /// The witness that an exclusive campaign of the same file takes this campaign's discount away although this
  /// campaign's terms say it combines.
  ///
  /// - Returns: The witness and the partner that takes the discount, or `nil`.
  mutating func lossToExclusivePartner() -> (example: FindingExample, partner: Campaign)? {
    let partners = filePartners { $0.mechanics.stacking.exclusive }
    guard !partners.isEmpty else { return nil }
    return combinationWitness(with: partners, loss: .campaignLost)
  }

  /// The other campaigns of the file in the campaign's currency that `include` accepts, at most
  /// `maximumPartners`, in file order.
  private func filePartners(_ include: (Campaign) -> Bool) -> [Campaign] {
    var partners = [Campaign]()
    for (index, other) in context.campaigns.enumerated()
    where index != position && other.mechanics.currency == campaign.mechanics.currency
      && include(other)
    {
      partners.append(other)
      if partners.count == Self.maximumPartners { break }
    }
    return partners
  }

  /// The first combination checkout, over `partners` in order, that shows `loss`.
  private mutating func combinationWitness(with partners: [Campaign], loss: CombinationLoss)
    -> (example: FindingExample, partner: Campaign)?
  {
    let campaign = self.campaign
    guard let alone = try? factory.evaluator(for: [campaign]) else { return nil }
    let oracle =
      context.oracles.indices.contains(position)
      ? context.oracles[position] : PromiseOracle(campaign: campaign)
    let own = checkouts()
    let share = max(60, Self.combinationBudget / max(1, partners.count))
    let ownCode = profile.baselineCode
    for partner in partners {
      guard let partnerAlone = try? factory.evaluator(for: [partner]),
        let together = try? factory.evaluator(for: [campaign, partner])
      else { continue }
      // The campaign's checkouts with the partner's code, then the partner's own boundary checkouts with the
      // campaign's code: both sides' thresholds, windows and audiences are tried.
      var candidates = [Checkout]()
      let partnerCode = partner.mechanics.activation.codes.first
      for checkout in own.prefix(share / 2) {
        var both = checkout
        if let partnerCode { both.codes.append(partnerCode) }
        candidates.append(both)
      }
      if let index = context.position(of: partner.id) {
        let partnerProfile = CampaignProfile(
          campaign: partner,
          file: CampaignFile(path: context.path, campaigns: [], catalog: context.catalog),
          context: context, position: index)
        var generator = ScenarioGenerator(profile: partnerProfile, seed: Self.seed)
        generator.journeyPercent = 0
        generator.combinationPercent = 0
        for scenarioIndex in 0..<min(share - candidates.count, generator.boundaries.count) {
          var both = generator.scenario(at: scenarioIndex).checkout
          guard context.holdsCatalogProductsOnly(both) else { continue }
          if let ownCode { both.codes.append(ownCode) }
          candidates.append(both)
        }
      }
      func shows(_ checkout: Checkout) -> ObservedFinding? {
        guard let quote = try? together.evaluate(checkout),
          let quoteAlone = try? alone.evaluate(checkout),
          let partnerQuote = try? partnerAlone.evaluate(checkout)
        else { return nil }
        let mine = Classifier.discount(of: campaign.id, in: quote)
        let theirs = Classifier.discount(of: partner.id, in: quote)
        let mineAlone = Classifier.discount(of: campaign.id, in: quoteAlone)
        let theirsAlone = Classifier.discount(of: partner.id, in: partnerQuote)
        let judgement = oracle.judge(checkout)
        let money: (Int64) -> String = {
          Money(minorUnits: $0, currency: checkout.currency).formatted
        }
        let both =
          "\(campaign.id) alone \(money(mineAlone)), \"\(partner.id)\" alone \(money(theirsAlone))"
        switch loss {
        case .campaignLost, .eitherLost:
          let campaignLost =
            mineAlone > 0 && mine == 0 && theirs > 0 && judgement.entitledAmount > 0
          let partnerLost = loss == .eitherLost && theirsAlone > 0 && theirs == 0 && mine > 0
          guard campaignLost || partnerLost else { return nil }
          var actual = Self.actual(quote, for: campaign.id)
          if partnerLost, !campaignLost { actual += "; \"\(partner.id)\" not applied" }
          return ObservedFinding(
            kind: .termsDrift, summary: "",
            promised:
              "both, because the terms say the offer combines: "
              + oracle.describe(judgement, checkout: checkout) + "; \(both)",
            actual: actual, told: Classifier.told(quote))
        case .combined:
          guard mine > 0, theirs > 0, mine &+ theirs > max(mineAlone, theirsAlone) &+ 1 else {
            return nil
          }
          return ObservedFinding(
            kind: .leak, summary: "",
            promised:
              "the better of the two, because the terms say the offer does not combine: \(both)",
            actual: Self.actual(quote, for: campaign.id), told: Classifier.told(quote))
        }
      }
      if let example = first(in: candidates, showing: shows) { return (example, partner) }
    }
    return nil
  }
}
