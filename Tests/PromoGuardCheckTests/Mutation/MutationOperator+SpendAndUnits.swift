import PromoGuard

/// Mistakes in issue 11's fields: a maximum spend lowered or raised, conditions measured on the target where
/// the terms count the whole order, an item cap that takes the cheapest units where the terms promise the most
/// expensive, an amount off each unit written as an amount off the order, quantity tiers that start later.
extension MutationOperator {
  /// The operators.
  static let spendAndUnits: [MutationOperator] = [
    mechanics(
      name: "maximum-spend-lowered",
      story: "the mechanics hold only up to three quarters of the maximum spend the terms state",
      kinds: [.termsDrift, .rejectedEligible]
    ) { campaign in
      guard let maximum = campaign.value(at: ["conditions", "maxSubtotal"])?.string,
        let lowered = MoneyText.scaled(maximum, by: 3, over: 4, currency: campaign.currencyCode)
      else { return false }
      campaign.set(["conditions", "maxSubtotal"], to: .string(lowered))
      return true
    },
    mechanics(
      name: "maximum-spend-raised",
      story: "the mechanics accept orders up to twice the maximum spend the terms state: a leak",
      kinds: [.leak]
    ) { campaign in
      guard let maximum = campaign.value(at: ["conditions", "maxSubtotal"])?.string,
        let raised = MoneyText.scaled(maximum, by: 2, over: 1, currency: campaign.currencyCode)
      else { return false }
      campaign.set(["conditions", "maxSubtotal"], to: .string(raised))
      return true
    },
    mechanics(
      name: "scope-narrowed-to-target",
      story: "the terms count a spend on anything; the mechanics count only the discounted items",
      kinds: [.termsDrift, .rejectedEligible]
    ) { campaign in
      guard campaign.value(at: ["conditions", "scope"])?.string == "order" else { return false }
      campaign.set(["conditions", "scope"], to: nil)
      return true
    },
    mechanics(
      name: "cap-picks-cheapest",
      story:
        "the terms discount the most expensive units; the mechanics' cap is a plain number (cheapest)",
      kinds: [.termsDrift, .shortfall]
    ) { campaign in
      guard campaign.value(at: ["maxItems", "pick"])?.string == "mostExpensive",
        let count = campaign.value(at: ["maxItems", "count"])?.integer
      else { return false }
      campaign["maxItems"] = .integer(count)
      return true
    },
    mechanics(
      name: "amount-each-as-order-amount",
      story: "\"$5 off every pair\" is configured as $5 off the order",
      kinds: [.termsDrift, .shortfall]
    ) { campaign in
      guard let amount = campaign.value(at: ["benefit", "amountOffEach"]) else { return false }
      campaign["benefit"] = .object(["amountOff": amount])
      return true
    },
    mechanics(
      name: "quantity-tiers-start-later",
      story: "every quantity tier of the mechanics needs one unit more than the terms say",
      kinds: [.termsDrift, .rejectedEligible, .shortfall]
    ) { campaign in
      guard let tiers = campaign.value(at: ["benefit", "tiers"])?.array,
        tiers.allSatisfy({ $0["minQuantity"]?.integer != nil })
      else { return false }
      let later = tiers.map { tier -> JSONValue in
        var tier = tier
        tier["minQuantity"] = .integer((tier["minQuantity"]?.integer ?? 0) + 1)
        return tier
      }
      campaign.set(["benefit", "tiers"], to: .array(later))
      return true
    },
  ]

  /// An operator that edits the mechanics of a campaign with terms, the terms unchanged.
  private static func mechanics(
    name: String, story: String, kinds: Set<FindingKind>,
    edit: @escaping @Sendable (_ campaign: inout JSONValue) -> Bool
  ) -> MutationOperator {
    MutationOperator(
      name: name, mistake: .mechanicsVersusTerms, story: story, acceptableKinds: kinds
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign["terms"] != nil, edit(&campaign) else { return false }
      document.campaigns[index] = campaign
      return true
    }
  }
}
