import PromoGuard

/// Reach mistakes: the offer is consistent everywhere, but the shop's products cannot get it.
extension MutationOperator {
  /// The reach operators.
  static let reach: [MutationOperator] = [
    MutationOperator(
      name: "category-miscased", mistake: .reach,
      story:
        "the target category is typed \"Socks\" in the mechanics and the terms alike; the catalog says "
        + "\"socks\"",
      acceptableKinds: [.unreachable]
    ) { document, index in
      var campaign = document.campaigns[index]
      let path = ["target", "include", "categories"]
      guard let category = campaign.value(at: path)?.strings.first else { return false }
      let miscased = category.prefix(1).uppercased() + category.dropFirst()
      guard miscased != category, !document.categories.contains(miscased) else { return false }
      /// The list with the category renamed.
      func renamed(_ list: JSONValue?) -> JSONValue? {
        list.map { .array($0.strings.map { .string($0 == category ? miscased : $0) }) }
      }
      campaign.set(path, to: renamed(campaign.value(at: path)))
      if campaign.value(at: ["terms"] + path)?.strings.contains(category) == true {
        campaign.set(["terms"] + path, to: renamed(campaign.value(at: ["terms"] + path)))
      }
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "bundle-price-above-full-price", mistake: .reach,
      story:
        "\"3 for £30\" is typed 300.00 everywhere (mechanics, terms, wording, emails): every group of "
        + "target products already costs less, so no basket gets a discount",
      acceptableKinds: [.unreachable]
    ) { document, index in
      var campaign = document.campaigns[index]
      let currency = campaign.currencyCode
      guard let price = campaign.value(at: ["benefit", "fixedPrice"])?.string,
        let quantity = campaign.value(at: ["benefit", "quantity"])?.integer,
        let old = MoneyText.minorUnits(price, currency: currency)
      else { return false }
      let new = old * 10
      let targets = document.products(matching: campaign["target"])
      let dearest = targets.compactMap {
        $0["price"]?.string.flatMap { MoneyText.minorUnits($0, currency: currency) }
      }.max()
      // By construction, no group of `quantity` target units reaches the new price.
      guard let dearest, dearest * quantity < new else { return false }
      let amount = JSONValue.string(MoneyText.amount(minorUnits: new, currency: currency))
      campaign.replaceInMechanicsAndTerms(["benefit", "fixedPrice"], with: amount)
      campaign.messages = campaign.messages.map { message in
        var message = message
        if message.value(at: ["advertises", "fixedPrice"])?.string == price {
          message.set(["advertises", "fixedPrice"], to: amount)
        }
        return message
      }
      campaign.editText {
        MoneyText.replacing(
          minorUnits: old, with: MoneyText.spelling(minorUnits: new, currency: currency),
          currency: currency, in: $0)
      }
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "minimum-spend-out-of-reach", mistake: .reach,
      story:
        "the minimum spend loses its decimal point (\"6000\" for 60.00) in the mechanics, the terms and "
        + "the wording alike: even 50 of the dearest target product do not reach it",
      acceptableKinds: [.unreachable]
    ) { document, index in
      var campaign = document.campaigns[index]
      let currency = campaign.currencyCode
      guard let minimum = campaign.value(at: ["conditions", "minSubtotal"])?.string,
        let old = MoneyText.minorUnits(minimum, currency: currency)
      else { return false }
      let new = old * 100
      let targets = document.products(matching: campaign["target"])
      let dearest =
        targets.compactMap {
          $0["price"]?.string.flatMap { MoneyText.minorUnits($0, currency: currency) }
        }.max() ?? 0
      // Out of plausible reach as Docs/Audit.md defines it: 50 of the dearest target product stay below it.
      guard dearest * 50 < new else { return false }
      campaign.replaceInMechanicsAndTerms(
        ["conditions", "minSubtotal"],
        with: .string(MoneyText.amount(minorUnits: new, currency: currency)))
      campaign.editText {
        MoneyText.replacing(
          minorUnits: old, with: MoneyText.spelling(minorUnits: new, currency: currency),
          currency: currency, in: $0)
      }
      document.campaigns[index] = campaign
      return true
    },
  ]
}
