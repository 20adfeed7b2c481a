package import PromoGuard

extension PromiseOracle {
  /// One line for reports: what the promise gives this checkout.
  ///
  /// "20% off the eligible items: $29.80", "nothing: the terms require a minimum spend of $50.00 on eligible
  /// items (the basket has $42.00)", "nothing: the checkout does not use this offer".
  ///
  /// - Parameters:
  ///   - judgement: The oracle's judgement of `checkout`.
  ///   - checkout: The checkout.
  /// - Returns: The line.
  package func describe(_ judgement: PromiseJudgement, checkout: Checkout) -> String {
    switch judgement {
    case .notPresented:
      return "nothing: the checkout does not use this offer"
    case .entitled(let amount, _):
      return "\(benefitPhrase): \(money(amount))"
    case .refused(let reason, _):
      return "nothing: " + refusalPhrase(reason, checkout: checkout)
    }
  }

  /// The promise's benefit in a few words: "20% off the eligible items", "$5.00 off shipping".
  var benefitPhrase: String {
    func reward(_ reward: Benefit.Reward, _ what: String) -> String {
      switch reward {
      case .percentOff(let percentage): "\(percentage) off \(what)"
      case .amountOff(let amount): "\(amount.formatted) off \(what)"
      }
    }
    switch rules.benefit {
    case .percentOff(let percentage): return reward(.percentOff(percentage), "the eligible items")
    case .amountOff(let amount): return reward(.amountOff(amount), "the eligible items")
    case .amountOffEach(let amount): return "\(amount.formatted) off each eligible item"
    case .fixedPrice(let price, let quantity):
      return "\(quantity) eligible items for \(price.formatted)"
    case .buyGet(let buy, let get, let percentage):
      return percentage == .hundred
        ? "buy \(buy), get \(get) free" : "buy \(buy), get \(get) at \(percentage) off"
    case .tiers: return "the discount of the tier reached"
    case .shipping(.percentOff(let percentage)) where percentage == .hundred: return "free shipping"
    case .shipping(let shipping): return reward(shipping, "shipping")
    case .combined, .gift: return TermsText.phrase(rules.benefit)
    }
  }

  private func money(_ minorUnits: Int64) -> String {
    Money(minorUnits: minorUnits, currency: rules.currency).formatted
  }

  private func refusalPhrase(_ reason: CodeStatus, checkout: Checkout) -> String {
    switch reason {
    case .notYetActive:
      let starts =
        rules.window.starts.map { " until \(Timestamp.spoken($0, in: rules.zone))" } ?? ""
      return "the offer has not started\(starts)"
    case .expired:
      let ends = rules.window.ends.map { " on \(Timestamp.spoken($0, in: rules.zone))" } ?? ""
      return "the offer ended\(ends)"
    case .wrongCurrency:
      return "the terms are for orders in \(rules.currency.code), not \(checkout.currency.code)"
    case .wrongChannel:
      return "the terms are for orders via \(EnglishList.joined(rules.channels ?? [], "or"))"
    case .notEligible:
      return "the terms are for certain customers only, and this customer is not one of them"
    case .customerRequired:
      return "the terms are for signed-in customers"
    case .limitReached:
      if let budget = rules.limits.budget,
        checkout.budgetSpent[campaign.id, default: Money(minorUnits: 0, currency: rules.currency)]
          .minorUnits >= budget.minorUnits
      {
        return "the promotion budget of \(budget.formatted) has been used up"
      }
      return "the offer's redemption limit is reached"
    case .giftNotInBasket:
      return "the basket qualifies, but holds no gift unit to take off"
    case .conditionsNotMet:
      return unmetCondition(in: checkout)
    default:
      return "there is nothing to discount"
    }
  }

  private func unmetCondition(in checkout: Checkout) -> String {
    let basket = PromiseAmount(rules: rules, checkout: checkout)
    let has = Int64(clamping: basket.measuredSubtotal)
    let units = Int64(clamping: basket.measuredQuantity)
    let targetUnits = Int64(clamping: basket.targetQuantity)
    let on = rules.conditions.scope == .order ? "the whole order" : "eligible items"
    let items = rules.conditions.scope == .order ? "items" : "eligible items"
    if let minimum = rules.conditions.minSubtotal, has < minimum.minorUnits {
      return
        "the terms require a minimum spend of \(minimum.formatted) on \(on) (the basket "
        + "has \(money(has)))"
    }
    if let minimum = rules.conditions.minQuantity, units < minimum {
      return "the terms require at least \(minimum) \(items) (the basket has \(units))"
    }
    if let maximum = rules.conditions.maxSubtotal, has > maximum.minorUnits {
      return
        "the terms hold only up to \(maximum.formatted) on \(on) (the basket has \(money(has)) — "
        + "remove \(money(has - maximum.minorUnits)) of \(items))"
    }
    if rules.conditions.firstOrder {
      return "the terms are for a customer's first order only"
    }
    switch rules.benefit {
    case .tiers(let tiers):
      guard let lowest = tiers.min(by: { $0.minimum < $1.minimum }) else {
        return "the terms' conditions are not met"
      }
      if let count = lowest.minQuantity {
        return "the terms' first tier needs \(count) \(items) (the basket has \(units))"
      }
      return
        "the terms' first tier needs a spend of \(money(lowest.minimum)) on \(on) (the basket has "
        + "\(money(has)))"
    case .buyGet(let buy, let get, _):
      return "the offer needs \(buy + get) eligible items (the basket has \(targetUnits))"
    case .fixedPrice(_, let quantity):
      return "the offer needs \(quantity) eligible items (the basket has \(targetUnits))"
    case .gift:
      return "a gift comes with a purchase, and the basket holds only the gift"
    default:
      return "the terms' conditions are not met"
    }
  }
}
