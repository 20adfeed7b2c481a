import PromoGuard

/// The words the audit's findings use for benefits, audiences, products, times and codes.
enum AuditPhrases {
  /// A benefit as a customer reads it: "20% off", "$10.00 off", "buy 2 get 1 free", "free shipping".
  static func benefit(_ benefit: Benefit) -> String {
    switch benefit {
    case .percentOff(let percentage): return "\(percentage) off"
    case .amountOff(let amount): return "\(amount.formatted) off"
    case .amountOffEach(let amount): return "\(amount.formatted) off each item"
    case .fixedPrice(let price, let quantity):
      return quantity == 1 ? "each for \(price.formatted)" : "\(quantity) for \(price.formatted)"
    case .buyGet(let buy, let get, let percentOff):
      return percentOff == .hundred
        ? "buy \(buy) get \(get) free" : "buy \(buy) get \(get) at \(percentOff) off"
    case .tiers(let tiers):
      return "tiered: "
        + tiers.map { "\(reward($0.reward)) from \(TermsText.threshold($0))" }
        .joined(separator: ", ")
    case .shipping(let reward):
      if case .percentOff(let percentage) = reward, percentage == .hundred {
        return "free shipping"
      }
      return self.reward(reward) + " shipping"
    case .combined(let lines, let shipping):
      return "\(self.benefit(lines)) and \(self.benefit(.shipping(shipping)))"
    case .gift(let gift):
      return (gift.quantity == 1 ? "a free " : "\(gift.quantity) free ")
        + gift.skus.joined(separator: " or ")
    }
  }

  /// A tier's or shipping benefit's reward: "10% off", "$5.00 off".
  static func reward(_ reward: Benefit.Reward) -> String {
    switch reward {
    case .percentOff(let percentage): return "\(percentage) off"
    case .amountOff(let amount): return "\(amount.formatted) off"
    }
  }

  /// An audience: "the segments \"vip\", \"staff\" and customers \"c-1\"".
  static func audience(_ audience: Audience) -> String {
    var parts = [String]()
    if !audience.segments.isEmpty {
      parts.append(
        (audience.segments.count == 1 ? "the segment " : "the segments ")
          + quotedList(audience.segments))
    }
    if !audience.customers.isEmpty {
      parts.append(
        (audience.customers.count == 1 ? "the customer " : "the customers ")
          + quotedList(audience.customers))
    }
    return parts.joined(separator: " and ")
  }

  /// Names in quotes, separated by commas, the first five then "and N more".
  static func quotedList(_ names: [String]) -> String {
    let shown = names.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
    return names.count > 5 ? shown + " and \(names.count - 5) more" : shown
  }

  /// The products a selector names: "the category \"throws\", the SKU \"SABLE\"".
  static func selector(_ selector: ProductSelector) -> String {
    selectorItems(selector).joined(separator: ", ")
  }

  /// Each product name of a selector, with what it is: `the category "throws"`.
  static func selectorItems(_ selector: ProductSelector) -> [String] {
    selector.skus.map { "the SKU \"\($0)\"" }
      + selector.categories.map { "the category \"\($0)\"" }
      + selector.tags.map { "the tag \"\($0)\"" }
  }

  /// An instant for people, in the campaign's zone: "1 October 2026 at 00:00 (America/New_York)".
  static func time(_ instant: Instant, in zone: Zone) -> String {
    Timestamp.spoken(instant, in: zone)
  }

  /// `singular` for one, `plural` otherwise.
  static func plural(_ count: Int64, _ singular: String, _ plural: String) -> String {
    "\(count) " + (count == 1 ? singular : plural)
  }
}
