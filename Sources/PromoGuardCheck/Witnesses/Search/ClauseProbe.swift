import PromoGuard

/// A clause of the mechanics that a static finding is about, and the probe campaign that isolates it.
///
/// The probe's mechanics are the promise's rules with only this clause taken from the mechanics. A checkout on
/// which the probe and the promise differ shows what this clause alone does to customers, so a witness is
/// attributed to the clause and a rewrite that keeps the meaning (a single tier for a minimum spend and a
/// percentage, the same instant in another zone) has none.
enum Clause: Sendable, Hashable {
  /// `currency`.
  case currency
  /// `starts`.
  case starts
  /// `ends`.
  case ends
  /// `activation` or `activation.codes`.
  case activation
  /// `codeMatching`.
  case codeMatching
  /// `audience`.
  case audience
  /// `channels`.
  case channels
  /// `conditions.minSubtotal`.
  case minSubtotal
  /// `conditions.minQuantity`.
  case minQuantity
  /// `conditions.firstOrder`.
  case firstOrder
  /// `conditions.maxSubtotal`.
  case maxSubtotal
  /// `conditions.scope`.
  case scope
  /// `target.include`.
  case include
  /// `target.exclude`.
  case exclude
  /// `benefit`.
  case benefit
  /// `maxDiscount`.
  case maxDiscount
  /// `maxItems`.
  case maxItems
  /// `limits.total`.
  case totalLimit
  /// `limits.perCustomer`.
  case perCustomerLimit
  /// `stacking` against `terms.combinable`: only combination checkouts can show it.
  case stacking

  /// The clause a finding's key names (`conditions.minSubtotal`, `terms.combinable`, ...), if it is one.
  ///
  /// - Parameter key: The key the audit reports the finding at.
  init?(key: String) {
    switch key {
    case "currency": self = .currency
    case "starts": self = .starts
    case "ends": self = .ends
    case "activation", "activation.codes", "activation.pool.singleUse", "activation.pool.validFor":
      self = .activation
    case "codeMatching": self = .codeMatching
    case "audience": self = .audience
    case "channels": self = .channels
    case "conditions.minSubtotal": self = .minSubtotal
    case "conditions.minQuantity": self = .minQuantity
    case "conditions.firstOrder": self = .firstOrder
    case "conditions.maxSubtotal": self = .maxSubtotal
    case "conditions.scope": self = .scope
    case "target.include": self = .include
    case "target.exclude": self = .exclude
    case "benefit": self = .benefit
    case "maxDiscount": self = .maxDiscount
    case "maxItems": self = .maxItems
    case "limits.total": self = .totalLimit
    case "limits.perCustomer": self = .perCustomerLimit
    case "stacking", "terms.combinable": self = .stacking
    default: return nil
    }
  }
}

/// Builds the probe campaign of a clause.
enum ClauseProbe {
  /// The campaign whose mechanics are its promise's rules with only `clause` taken from its mechanics; its
  /// id, terms and messages are the campaign's, so the same checkouts present it and the same oracle judges it.
  ///
  /// - Parameters:
  ///   - campaign: The campaign (with terms).
  ///   - clause: The clause to take from the mechanics.
  /// - Returns: The probe campaign.
  static func campaign(_ campaign: Campaign, isolating clause: Clause) -> Campaign {
    let mechanics = campaign.mechanics
    var rules = campaign.promise.rules
    rules.stacking = mechanics.stacking
    switch clause {
    case .currency:
      rules = recurrencied(rules, to: mechanics.currency)
    case .starts:
      rules.window.starts = mechanics.window.starts
    case .ends:
      rules.window.ends = mechanics.window.ends
    case .activation:
      rules.activation = mechanics.activation
    case .codeMatching:
      rules.codeMatching = mechanics.codeMatching
    case .audience:
      rules.audience = mechanics.audience
    case .channels:
      rules.channels = mechanics.channels
    case .minSubtotal:
      rules.conditions.minSubtotal = mechanics.conditions.minSubtotal
    case .minQuantity:
      rules.conditions.minQuantity = mechanics.conditions.minQuantity
    case .firstOrder:
      rules.conditions.firstOrder = mechanics.conditions.firstOrder
    case .maxSubtotal:
      rules.conditions.maxSubtotal = mechanics.conditions.maxSubtotal
    case .scope:
      rules.conditions.scope = mechanics.conditions.scope
    case .include:
      rules.target.include = mechanics.target.include
    case .exclude:
      rules.target.exclude = mechanics.target.exclude
    case .benefit:
      rules.benefit = mechanics.benefit
    case .maxDiscount:
      rules.maxDiscount = mechanics.maxDiscount
    case .maxItems:
      rules.maxItems = mechanics.maxItems
      rules.maxItemsPick = mechanics.maxItemsPick
    case .totalLimit:
      rules.limits.total = mechanics.limits.total
    case .perCustomerLimit:
      rules.limits.perCustomer = mechanics.limits.perCustomer
    case .stacking:
      break
    }
    var probe = campaign
    probe.mechanics = rules
    return probe
  }

  /// `rules` in another currency: every amount keeps its minor units (only which checkouts are accepted is
  /// at stake when the currency clause is probed).
  static func recurrencied(_ rules: Rules, to currency: Currency) -> Rules {
    func money(_ amount: Money) -> Money {
      Money(minorUnits: amount.minorUnits, currency: currency)
    }
    func reward(_ reward: Benefit.Reward) -> Benefit.Reward {
      switch reward {
      case .percentOff: reward
      case .amountOff(let amount): .amountOff(money(amount))
      }
    }
    var result = rules
    result.currency = currency
    result.conditions.minSubtotal = rules.conditions.minSubtotal.map(money)
    result.conditions.maxSubtotal = rules.conditions.maxSubtotal.map(money)
    result.maxDiscount = rules.maxDiscount.map(money)
    switch rules.benefit {
    case .percentOff, .buyGet: break
    case .amountOff(let amount): result.benefit = .amountOff(money(amount))
    case .amountOffEach(let amount): result.benefit = .amountOffEach(money(amount))
    case .fixedPrice(let price, let quantity):
      result.benefit = .fixedPrice(money(price), quantity: quantity)
    case .tiers(let tiers):
      result.benefit = .tiers(
        tiers.map { tier in
          switch tier.threshold {
          case .subtotal(let minimum):
            Benefit.Tier(minSubtotal: money(minimum), reward: reward(tier.reward))
          case .quantity: Benefit.Tier(threshold: tier.threshold, reward: reward(tier.reward))
          }
        })
    case .shipping(let shipping): result.benefit = .shipping(reward(shipping))
    case .gift: break
    case .combined(let lines, let shipping):
      var lineRules = rules
      lineRules.benefit = lines
      result.benefit = .combined(
        lines: recurrencied(lineRules, to: currency).benefit, shipping: reward(shipping))
    }
    result.limits.budget = rules.limits.budget.map(money)
    return result
  }
}
