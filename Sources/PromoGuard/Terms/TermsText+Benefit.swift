extension TermsText {
  /// A benefit in a few words, for lists and reports: "20% off", "$10.00 off", "3 for $25.00",
  /// "buy 2, get 1 free", "10% off from $50.00, 15% off from $100.00", "free shipping".
  ///
  /// - Parameter benefit: The benefit.
  /// - Returns: The phrase, without a final full stop.
  package static func phrase(_ benefit: Benefit) -> String {
    switch benefit {
    case .percentOff(let percent):
      return "\(percent) off"
    case .amountOff(let amount):
      return "\(amount.formatted) off"
    case .amountOffEach(let amount):
      return "\(amount.formatted) off each item"
    case .fixedPrice(let price, let quantity):
      return quantity == 1
        ? "\(price.formatted) each" : "\(EnglishList.number(quantity)) for \(price.formatted)"
    case .buyGet(let buy, let get, let percent):
      return "buy \(EnglishList.number(buy)), get \(EnglishList.number(get)) "
        + (percent == .hundred ? "free" : "at \(percent) off")
    case .tiers(let tiers):
      return tiers.map { "\(phrase($0.reward)) from \(threshold($0))" }
        .joined(separator: ", ")
    case .shipping(let reward):
      if case .percentOff(let percent) = reward, percent == .hundred { return "free shipping" }
      return phrase(reward) + " shipping"
    case .combined(let lines, let shipping):
      return "\(phrase(lines)) and \(phrase(.shipping(shipping)))"
    case .gift(let gift):
      return giftPhrase(gift)
    }
  }

  /// A tier's threshold in a few words: "$50.00" or "3 items".
  ///
  /// - Parameter tier: A tier.
  /// - Returns: The phrase.
  package static func threshold(_ tier: Benefit.Tier) -> String {
    switch tier.threshold {
    case .subtotal(let money): return money.formatted
    case .quantity(let count): return EnglishList.count(count, "item")
    }
  }

  /// A reward in a few words: "10% off", "$5.00 off".
  ///
  /// - Parameter reward: The reward of a tier or a shipping benefit.
  /// - Returns: The phrase.
  package static func phrase(_ reward: Benefit.Reward) -> String {
    switch reward {
    case .percentOff(let percent): return "\(percent) off"
    case .amountOff(let amount): return "\(amount.formatted) off"
    }
  }

  /// The benefit's sentence (with tiers as sub-items), then the item cap and the discount cap.
  ///
  /// - Parameters:
  ///   - rules: The rules whose benefit is written.
  ///   - giftNames: Product names by SKU for a gift, from the file's catalog.
  /// - Returns: The lines, the first capitalised.
  static func benefitLines(_ rules: Rules, giftNames: [String: String] = [:]) -> [String] {
    let scope = self.scope(rules)
    let item = rules.target.isEverything ? "item" : "eligible item"
    var lines: [String]
    switch rules.benefit {
    case .percentOff, .amountOff:
      lines = ["\(phrase(rules.benefit)) \(scope)."]
    case .amountOffEach(let amount):
      lines = [
        "\(amount.formatted) off each \(item) (never more than the item's price)."
      ]
    case .fixedPrice(let price, let quantity):
      lines = [
        quantity == 1
          ? "\(item)s at \(price.formatted) each."
          : "Any \(EnglishList.count(quantity, item)) for \(price.formatted) (items are "
            + "grouped from the highest price down)."
      ]
    case .buyGet(let buy, let get, let percent):
      let group = EnglishList.count(buy + get, item)
      let cheapest = get == 1 ? "the cheapest is" : "the \(EnglishList.number(get)) cheapest are"
      let reward = percent == .hundred ? "free" : "\(percent) off"
      lines = [
        capitalized(phrase(rules.benefit)) + ": in each group of "
          + "\(group), \(cheapest) \(reward)."
      ]
    case .tiers(let tiers) where tiers.first?.isByQuantity == true:
      lines = [quantityTiersLine(rules)]
      for tier in tiers {
        lines.append(
          "  - buy \(EnglishList.count(tier.minimum, item)) or more: \(phrase(tier.reward))")
      }
    case .tiers(let tiers):
      let on =
        rules.conditions.scope == .order
        ? " on your whole order" : rules.target.isEverything ? "" : " on eligible items"
      lines = ["The more you spend\(on), the more you save (the highest level reached applies):"]
      for tier in tiers {
        let level = tier.minimum == 0 ? "any amount" : "spend \(threshold(tier)) or more"
        lines.append("  - \(level): \(phrase(tier.reward))")
      }
    case .shipping:
      lines = [phrase(rules.benefit) + "."]
    case .combined(let lineBenefit, _):
      lines = combinedLines(rules, lines: lineBenefit)
    case .gift(let gift):
      lines = [giftLine(gift, rules, names: giftNames)]
    }
    lines[0] = capitalized(lines[0])
    if let maxItems = rules.maxItems {
      let which = rules.maxItemsPick == .mostExpensive ? "most expensive" : "cheapest"
      lines.append(
        maxItems == 1
          ? "The discount applies to at most 1 item, the \(which)."
          : "The discount applies to at most \(EnglishList.count(maxItems, "item")), the \(which) "
            + "first.")
    }
    if let maxDiscount = rules.maxDiscount {
      lines.append("Up to \(maxDiscount.formatted) off per order.")
    }
    return lines
  }

  /// The sentence with its first letter in upper case.
  static func capitalized(_ sentence: String) -> String {
    guard let first = sentence.first else { return sentence }
    return first.uppercased() + sentence.dropFirst()
  }

  /// The heading of tiers measured by quantity: "The more eligible items you buy, the more you save ...".
  private static func quantityTiersLine(_ rules: Rules) -> String {
    let counted =
      rules.conditions.scope == .order
      ? "items you buy (counted across your whole order)"
      : rules.target.isEverything ? "items you buy" : "eligible items you buy"
    return "The more \(counted), the more you save (the highest level reached applies):"
  }
}
