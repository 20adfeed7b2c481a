import PromoGuard

/// Mechanics-versus-terms mistakes: the checkout's rules change while the published terms stay as they were
/// (or the other way round).
extension MutationOperator {
  /// The mechanics-versus-terms operators.
  static let mechanicsVersusTerms: [MutationOperator] = [
    stricter(
      name: "minimum-spend-added",
      story: "a minimum spend is added to the mechanics (or raised by half) only",
      kinds: [.termsDrift, .rejectedEligible]
    ) { campaign, document in
      let currency = campaign.currencyCode
      if let minimum = campaign.value(at: ["conditions", "minSubtotal"])?.string {
        guard let raised = MoneyText.scaled(minimum, by: 3, over: 2, currency: currency) else {
          return false
        }
        campaign.set(["conditions", "minSubtotal"], to: .string(raised))
        return true
      }
      guard let dearest = Self.dearestTarget(of: campaign, in: document) else { return false }
      // A group offer ("3 for £30", "buy 2 get 1") is only ever given on a whole group, which may already
      // cost more than one product: the minimum is one group of the dearest product, so that cheaper groups
      // fall short of it (a minimum every discounted basket meets is no change a customer can feel).
      let benefit = campaign["benefit"]
      let group =
        benefit?["quantity"]?.integer
        ?? (benefit?["buy"]?.integer).map { $0 + (benefit?["get"]?.integer ?? 0) } ?? 1
      campaign.set(
        ["conditions", "minSubtotal"],
        to: .string(MoneyText.amount(minorUnits: dearest * group, currency: currency)))
      return true
    },
    stricter(
      name: "exclusion-added",
      story: "the mechanics exclude the best-selling product; the terms do not",
      kinds: [.termsDrift, .rejectedEligible, .shortfall]
    ) { campaign, document in
      let currency = campaign.currencyCode
      let targets = document.products(matching: campaign["target"])
      guard
        let dearest = targets.max(by: { left, right in
          (left["price"]?.string.flatMap { MoneyText.minorUnits($0, currency: currency) } ?? 0)
            < (right["price"]?.string.flatMap { MoneyText.minorUnits($0, currency: currency) } ?? 0)
        }), let sku = dearest["sku"]
      else { return false }
      let skus = campaign.value(at: ["target", "exclude", "skus"])?.array ?? []
      campaign.set(["target", "exclude", "skus"], to: .array(skus + [sku]))
      return true
    },
    stricter(
      name: "benefit-lowered",
      story: "the mechanics give 15% where the terms promise 20% (or less off in kind)",
      kinds: [.termsDrift, .shortfall]
    ) { campaign, _ in
      guard let benefit = campaign["benefit"],
        let lower = BenefitEdit.lowered(benefit, currency: campaign.currencyCode)
      else { return false }
      campaign["benefit"] = lower
      return true
    },
    stricter(
      name: "cap-added",
      story: "the mechanics cap the discount (or halve the cap); the terms do not",
      kinds: [.termsDrift, .shortfall]
    ) { campaign, _ in
      let currency = campaign.currencyCode
      if let cap = campaign["maxDiscount"]?.string {
        guard let half = MoneyText.scaled(cap, by: 1, over: 2, currency: currency) else {
          return false
        }
        campaign["maxDiscount"] = .string(half)
        return true
      }
      // $5.00, £5.00, €5.00 or ¥500.
      var cap = 500
      if let amount = campaign.value(at: ["benefit", "amountOff"])?.string,
        let minor = MoneyText.minorUnits(amount, currency: currency)
      {
        cap = min(cap, minor / 2)
      }
      campaign["maxDiscount"] = .string(MoneyText.amount(minorUnits: cap, currency: currency))
      return true
    },
    stricter(
      name: "channel-restricted", story: "the mechanics leave out a channel the terms allow",
      kinds: [.termsDrift, .rejectedEligible]
    ) { campaign, _ in
      let channels = campaign["channels"]?.strings ?? []
      let narrowed: [String] =
        switch channels.count {
        case 0: ["web"]
        case 1: channels == ["web"] ? ["app"] : ["web"]
        default: Array(channels.dropLast())
        }
      campaign["channels"] = .array(narrowed.map(JSONValue.string))
      return true
    },
    stricter(
      name: "audience-restricted",
      story: "the mechanics admit only VIP customers; the terms admit everyone",
      kinds: [.termsDrift, .rejectedEligible]
    ) { campaign, _ in
      if campaign.value(at: ["audience", "customers"]) != nil {
        campaign["audience"] = .object(["customers": .array([.string("c-99999")])])
      } else {
        campaign["audience"] = .object(["segments": .array([.string("vip")])])
      }
      return true
    },
    stricter(
      name: "first-order-added",
      story: "the mechanics accept first orders only; the terms do not say so",
      kinds: [.termsDrift, .rejectedEligible]
    ) { campaign, _ in
      guard campaign.value(at: ["conditions", "firstOrder"])?.bool != true else { return false }
      campaign.set(["conditions", "firstOrder"], to: .bool(true))
      return true
    },
    stricter(
      name: "per-customer-lowered",
      story: "the mechanics allow one use per customer where the terms allow more",
      kinds: [.termsDrift, .rejectedEligible]
    ) { campaign, _ in
      // With a total limit of 1 nobody can use it twice anyway.
      guard (campaign.value(at: ["limits", "total"])?.integer ?? 2) > 1 else { return false }
      let current = campaign.value(at: ["limits", "perCustomer"])?.integer
      guard current.map({ $0 > 1 }) ?? true else { return false }
      campaign.set(["limits", "perCustomer"], to: .integer((current ?? 2) - 1))
      return true
    },
    stricter(
      name: "exclusive-while-terms-combine",
      story: "the mechanics are exclusive while the terms say the offer combines",
      kinds: [.termsDrift, .rejectedEligible, .shortfall]
    ) { campaign, _ in
      guard campaign.promiseCombines, campaign.value(at: ["stacking", "exclusive"])?.bool != true
      else { return false }
      campaign.set(["stacking", "exclusive"], to: .bool(true))
      return true
    },
    MutationOperator(
      name: "benefit-raised", mistake: .mechanicsVersusTerms,
      story: "the mechanics give more than the terms (25% where 20% is promised): a leak",
      acceptableKinds: [.leak]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign["terms"] != nil, let benefit = campaign["benefit"],
        let more = BenefitEdit.raised(benefit, currency: campaign.currencyCode)
      else { return false }
      campaign["benefit"] = more
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "restriction-dropped", mistake: .mechanicsVersusTerms,
      story:
        "the mechanics drop a restriction the terms state (minimum spend, exclusion, channels, audience, "
        + "first order): a leak",
      acceptableKinds: [.leak]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign["terms"] != nil else { return false }
      let restrictions: [[String]] = [
        ["conditions", "minSubtotal"], ["target", "exclude"], ["channels"], ["audience"],
        ["conditions", "firstOrder"],
      ]
      guard let path = restrictions.first(where: { campaign.value(at: $0) != nil }) else {
        return false
      }
      campaign.set(path, to: nil)
      campaign.pruneEmpty(["conditions"])
      campaign.pruneEmpty(["target"])
      document.campaigns[index] = campaign
      return true
    },
  ]

  /// An operator that makes the mechanics of a campaign with terms stricter, the terms unchanged.
  private static func stricter(
    name: String, story: String, kinds: Set<FindingKind>,
    edit: @escaping @Sendable (_ campaign: inout JSONValue, _ document: CampaignDocument) -> Bool
  ) -> MutationOperator {
    MutationOperator(
      name: name, mistake: .mechanicsVersusTerms, story: story, acceptableKinds: kinds
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign["terms"] != nil, edit(&campaign, document) else { return false }
      document.campaigns[index] = campaign
      return true
    }
  }

  /// The price, in minor units, of the dearest catalog product the campaign's mechanics target.
  private static func dearestTarget(of campaign: JSONValue, in document: CampaignDocument) -> Int? {
    let currency = campaign.currencyCode
    return document.products(matching: campaign["target"]).compactMap {
      $0["price"]?.string.flatMap { MoneyText.minorUnits($0, currency: currency) }
    }.max()
  }
}
