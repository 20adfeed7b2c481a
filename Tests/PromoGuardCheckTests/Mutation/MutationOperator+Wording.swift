import PromoGuard

/// Wording mistakes: the published text (`terms.text`) promises something the structured terms and the
/// mechanics do not give.
extension MutationOperator {
  /// The wording operators.
  static let wording: [MutationOperator] = [
    MutationOperator(
      name: "end-on-the-last-day", mistake: .wording,
      story:
        "the text says \"until Sunday 13 December\" but `ends` is set to 13 December 00:00 local, a day "
        + "short",
      acceptableKinds: [.termsDrift]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.termsText != nil, let ends = campaign["ends"]?.string,
        let earlier = LocalTime.shifted(ends, days: -1, zone: campaign.zone)
      else { return false }
      campaign.replaceInMechanicsAndTerms(["ends"], with: .string(earlier))
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "time-zone-left-out", mistake: .wording,
      story:
        "the text says \"23:59 New York time\" but the campaign has no `timeZone`, so its times are read "
        + "in UTC",
      acceptableKinds: [.termsDrift]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.termsText != nil, let zone = campaign["timeZone"]?.string,
        let ends = campaign.moment("ends"), LocalTime.offset(of: zone, at: ends) != 0
      else { return false }
      campaign["timeZone"] = nil
      campaign.set(["terms", "timeZone"], to: nil)
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "currency-sign-mismatch", mistake: .wording,
      story:
        "the text prices the offer in £ but the campaign is set up in EUR (or the other way round)",
      acceptableKinds: [.termsDrift]
    ) { document, index in
      var campaign = document.campaigns[index]
      let swaps = ["GBP": "EUR", "EUR": "GBP", "USD": "EUR"]
      let currency = campaign.currencyCode
      guard let other = swaps[currency], let sign = MoneyText.sign(of: currency),
        let text = campaign.termsText,
        text.ranges(of: sign).contains(where: { text[$0.upperBound...].first?.isNumber == true })
      else { return false }
      campaign["currency"] = .string(other)
      if campaign.value(at: ["terms", "currency"]) != nil {
        campaign.set(["terms", "currency"], to: .string(other))
      }
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "cap-below-wording", mistake: .wording,
      story:
        "the text says \"up to $50 off\" but `maxDiscount` is 25.00 in the mechanics and the terms",
      acceptableKinds: [.termsDrift]
    ) { document, index in
      var campaign = document.campaigns[index]
      let currency = campaign.currencyCode
      guard let cap = campaign["maxDiscount"]?.string, let text = campaign.termsText,
        let minor = MoneyText.minorUnits(cap, currency: currency),
        MoneyText.mentions(minorUnits: minor, currency: currency, in: text)
      else { return false }
      campaign.replaceInMechanicsAndTerms(
        ["maxDiscount"], with: .string(MoneyText.amount(minorUnits: minor / 2, currency: currency)))
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "twice-per-customer", mistake: .wording,
      story:
        "the text says \"once per customer\" but `limits.perCustomer` is 2 in the mechanics and the terms",
      acceptableKinds: [.termsDrift]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.termsText?.lowercased().contains("once per customer") == true,
        campaign.value(at: ["limits", "perCustomer"])?.integer == 1,
        (campaign.value(at: ["limits", "total"])?.integer ?? 2) > 1
      else { return false }
      campaign.replaceInMechanicsAndTerms(["limits", "perCustomer"], with: .integer(2))
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "exclusion-only-in-wording", mistake: .wording,
      story:
        "the text says \"excluding gift cards\" but neither the mechanics nor the terms exclude anything",
      acceptableKinds: [.termsDrift]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.termsText?.lowercased().contains("exclud") == true,
        campaign.value(at: ["target", "exclude"]) != nil
      else { return false }
      campaign.replaceInMechanicsAndTerms(["target", "exclude"], with: nil)
      campaign.pruneEmpty(["target"])
      campaign.pruneEmpty(["terms", "target"])
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "combinable-despite-wording", mistake: .wording,
      story:
        "the text says \"cannot be combined with any other offer\" but the campaign and its terms "
        + "combine",
      acceptableKinds: [.termsDrift]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.termsText?.lowercased().contains("cannot be combined") == true,
        campaign.value(at: ["stacking", "exclusive"])?.bool == true
      else { return false }
      campaign.set(["stacking", "exclusive"], to: nil)
      campaign.pruneEmpty(["stacking"])
      campaign.set(["terms", "combinable"], to: nil)
      campaign.set(["terms", "stacking", "exclusive"], to: nil)
      campaign.pruneEmpty(["terms", "stacking"])
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "app-only-open-to-web", mistake: .wording,
      story: "the text says \"app only\" but the mechanics and the terms allow web and app",
      acceptableKinds: [.termsDrift]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign["channels"]?.strings == ["app"], campaign.termsText != nil else {
        return false
      }
      campaign.replaceInMechanicsAndTerms(
        ["channels"], with: .array([.string("web"), .string("app")]))
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "minimum-spend-above-wording", mistake: .wording,
      story:
        "the text says \"orders over $50\" but `minSubtotal` is 75.00 in the mechanics and the terms",
      acceptableKinds: [.termsDrift]
    ) { document, index in
      var campaign = document.campaigns[index]
      let currency = campaign.currencyCode
      guard let minimum = campaign.value(at: ["conditions", "minSubtotal"])?.string,
        let text = campaign.termsText,
        let minor = MoneyText.minorUnits(minimum, currency: currency),
        MoneyText.mentions(minorUnits: minor, currency: currency, in: text)
      else { return false }
      campaign.replaceInMechanicsAndTerms(
        ["conditions", "minSubtotal"],
        with: .string(MoneyText.amount(minorUnits: minor * 3 / 2, currency: currency)))
      document.campaigns[index] = campaign
      return true
    },
  ]
}
