/// Meaning-preserving rewrites of issue 11's fields.
extension Rewrite {
  /// Every rewrite: the catalogue's and these.
  static let every: [Rewrite] = all + spendAndUnits + pools

  /// The rewrites.
  static let spendAndUnits: [Rewrite] = [
    Rewrite(
      name: "max-items-as-object",
      story:
        "\"maxItems\": 2 written as {\"count\": 2, \"pick\": \"cheapest\"} (mechanics and terms): a plain "
        + "number means the cheapest"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        for path in [["maxItems"], ["terms", "maxItems"]] {
          guard let count = campaign.value(at: path)?.integer else { continue }
          campaign.set(path, to: .object(["count": .integer(count), "pick": .string("cheapest")]))
        }
        return campaign
      }
    },
    Rewrite(
      name: "scope-target-written-out",
      story:
        "\"scope\": \"target\" added to conditions that leave it out (mechanics and terms): the default"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        for path in [["conditions"], ["terms", "conditions"]] {
          guard campaign.value(at: path)?.object != nil,
            campaign.value(at: path + ["scope"]) == nil
          else { continue }
          campaign.set(path + ["scope"], to: .string("target"))
        }
        return campaign
      }
    },
    Rewrite(
      name: "scope-order-when-every-line-is-a-target",
      story:
        "\"scope\": \"order\" on a campaign whose mechanics and terms target every line: the order and the "
        + "target are the same lines"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        guard campaign["target"] == nil, campaign.value(at: ["terms", "target"]) == nil,
          campaign["terms"] != nil
        else { return campaign }
        for path in [["conditions"], ["terms", "conditions"]] where campaign.value(at: path) != nil
        {
          campaign.set(path + ["scope"], to: .string("order"))
        }
        return campaign
      }
    },
    Rewrite(
      name: "minimum-quantity-as-single-tier",
      story:
        "the mechanics write \"10% off 3 or more\" as one tier {minQuantity 3, 10%}; the terms keep the "
        + "minimum quantity"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        guard let minimum = campaign.value(at: ["conditions", "minQuantity"])?.integer,
          minimum >= 1,
          let benefit = campaign["benefit"]?.object, benefit.count == 1,
          let reward = benefit.first, ["percentOff", "amountOff"].contains(reward.key)
        else { return campaign }
        campaign["benefit"] = .object([
          "tiers": .array([.object(["minQuantity": .integer(minimum), reward.key: reward.value])])
        ])
        campaign.set(["conditions", "minQuantity"], to: nil)
        campaign.pruneEmpty(["conditions"])
        return campaign
      }
    },
  ]
}
