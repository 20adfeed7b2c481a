import Foundation

/// The meaning-preserving rewrites.
extension Rewrite {
  /// The rewrites of the first catalogue (``all`` adds the later ones).
  static let catalogue: [Rewrite] = [
    Rewrite(
      name: "minimum-spend-as-single-tier",
      story:
        "the mechanics write \"15% off over $100\" as one tier {minSubtotal 100, 15%}; the terms keep "
        + "the minimum spend"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        guard let minimum = campaign.value(at: ["conditions", "minSubtotal"]),
          let benefit = campaign["benefit"]?.object, benefit.count == 1,
          let reward = benefit.first, ["percentOff", "amountOff"].contains(reward.key)
        else { return campaign }
        campaign["benefit"] = .object([
          "tiers": .array([.object(["minSubtotal": minimum, reward.key: reward.value])])
        ])
        campaign.set(["conditions", "minSubtotal"], to: nil)
        campaign.pruneEmpty(["conditions"])
        return campaign
      }
    },
    Rewrite(
      name: "include-every-category",
      story:
        "the mechanics include every category of the catalog instead of leaving the target open"
    ) { document, _ in
      let categories = JSONValue.array(document.categories.map(JSONValue.string))
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        guard CampaignDocument.includesEverything(campaign["target"]) else { return campaign }
        campaign.set(["target", "include"], to: .object(["categories": categories]))
        return campaign
      }
    },
    Rewrite(
      name: "moments-in-utc",
      story:
        "no `timeZone`: every start, end and send time is the same instant written in UTC (\"…Z\")"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        guard campaign["timeZone"] != nil else { return campaign }
        var campaign = Self.rewritingMoments(of: campaign, to: "UTC", withOffset: true)
        campaign["timeZone"] = nil
        campaign.set(["terms", "timeZone"], to: nil)
        return campaign
      }
    },
    Rewrite(
      name: "moments-in-another-zone",
      story:
        "`timeZone` is another zone and every start, end and send time is the same instant as a local "
        + "time there"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        let other = campaign.zone == "Asia/Tokyo" ? "America/New_York" : "Asia/Tokyo"
        var campaign = Self.rewritingMoments(of: campaign, to: other, withOffset: false)
        campaign["timeZone"] = .string(other)
        if campaign.value(at: ["terms", "timeZone"]) != nil {
          campaign.set(["terms", "timeZone"], to: .string(other))
        }
        return campaign
      }
    },
    Rewrite(
      name: "moments-with-offsets",
      story:
        "every start, end and send time is the same instant written with an explicit offset (+05:30)"
    ) { document, _ in
      document.campaigns = document.campaigns.map {
        Self.rewritingMoments(of: $0, to: "Asia/Kolkata", withOffset: true)
      }
    },
    Rewrite(
      name: "codes-in-relaxed-spelling",
      story:
        "the terms and the messages write the codes in lower case with '-', '_' or spaces, which relaxed "
        + "matching ignores (\"holiday-20\" for HOLIDAY20)"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        guard campaign.isCoded, campaign["codeMatching"]?.string != "exact" else { return campaign }
        let codes = campaign.codes
        campaign.set(
          ["terms", "activation"],
          to: .object(["codes": .array(codes.map { .string(Self.relaxedSpelling(of: $0)) })]))
        campaign.messages = campaign.messages.map { message in
          var message = message
          if let code = message["code"]?.string {
            message["code"] = .string(Self.relaxedSpelling(of: code))
          }
          if let code = message.value(at: ["link", "appliesCode"])?.string {
            message.set(["link", "appliesCode"], to: .string(Self.relaxedSpelling(of: code)))
          }
          return message
        }
        return campaign
      }
    },
    Rewrite(
      name: "defaults-restated",
      story: "the defaults are written out: stacking exclusive false priority 0, rounding halfUp, "
        + "codeMatching relaxed, terms.combinable true"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        let exclusive = campaign.value(at: ["stacking", "exclusive"]) ?? .bool(false)
        campaign.set(["stacking", "exclusive"], to: exclusive)
        campaign.set(
          ["stacking", "priority"], to: campaign.value(at: ["stacking", "priority"]) ?? .integer(0))
        campaign["rounding"] = campaign["rounding"] ?? .string("halfUp")
        if campaign.isCoded {
          campaign["codeMatching"] = campaign["codeMatching"] ?? .string("relaxed")
        }
        if campaign["terms"] != nil, campaign.value(at: ["terms", "combinable"]) == nil {
          campaign.set(["terms", "combinable"], to: .bool(campaign.promiseCombines))
        }
        return campaign
      }
    },
    Rewrite(
      name: "keys-and-lists-reordered",
      story:
        "every object's keys in reverse order, and every list reversed (campaigns, products, messages, "
        + "categories, channels), tiers aside",
      keyOrder: .descending
    ) { document, _ in
      document.root = Self.reversingLists(document.root)
    },
    Rewrite(
      name: "text-rephrased",
      story:
        "the published wording says the same facts in other words (\"ends 11:59pm ET on Dec 13, 2026\")"
    ) { document, clean in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        if let text = clean.rephrasedText[campaign.campaignID] {
          campaign.editText { _ in text }
        }
        return campaign
      }
    },
  ]

  /// The campaign with every moment (its period, its terms' period, its messages' send times) rewritten as
  /// the same instant in another zone.
  private static func rewritingMoments(of campaign: JSONValue, to target: String, withOffset: Bool)
    -> JSONValue
  {
    var campaign = campaign
    let zone = campaign.zone
    let termsZone = campaign.value(at: ["terms", "timeZone"])?.string ?? zone
    /// A moment written in `zone`, rewritten in the target zone.
    func rewritten(_ value: JSONValue?, from zone: String) -> JSONValue? {
      guard let text = value?.string else { return value }
      return LocalTime.rewritten(text, from: zone, to: target, withOffset: withOffset).map {
        .string($0)
      }
    }
    for key in ["starts", "ends"] {
      if campaign[key] != nil { campaign[key] = rewritten(campaign[key], from: zone) }
      if let value = campaign.value(at: ["terms", key]) {
        campaign.set(["terms", key], to: rewritten(value, from: termsZone))
      }
    }
    campaign.messages = campaign.messages.map { message in
      var message = message
      if message["sentAt"] != nil { message["sentAt"] = rewritten(message["sentAt"], from: zone) }
      return message
    }
    return campaign
  }

  /// A code as relaxed matching still reads it: lower case, dashes as underscores, or a dash before the digits.
  private static func relaxedSpelling(of code: String) -> String {
    let lowered = code.lowercased()
    if lowered.contains("-") { return lowered.replacingOccurrences(of: "-", with: "_") }
    guard let digit = lowered.firstIndex(where: \.isNumber), digit != lowered.startIndex else {
      return lowered.prefix(lowered.count / 2) + " " + lowered.dropFirst(lowered.count / 2)
    }
    return lowered[..<digit] + "-" + lowered[digit...]
  }

  /// Every list in the tree reversed, except tiers (which must rise).
  private static func reversingLists(_ value: JSONValue) -> JSONValue {
    switch value {
    case .array(let elements): return .array(elements.reversed().map(reversingLists))
    case .object(let members):
      return .object(
        members.reduce(into: [:]) { result, member in
          result[member.key] =
            member.key == "tiers"
            ? .array((member.value.array ?? []).map(reversingLists)) : reversingLists(member.value)
        })
    default: return value
    }
  }
}
