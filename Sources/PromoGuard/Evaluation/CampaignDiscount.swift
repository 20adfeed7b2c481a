/// What one campaign gives on the current state of a basket.
enum CampaignOutcome {
  /// A discount above zero.
  case discount(RoundedDiscount)
  /// Nothing, and why.
  case nothing(CodeDetail.NothingReason)
}

/// Computes one campaign's discount exactly, first with 64-bit integers.
///
/// `ExactInt64` first; `Int128` when an intermediate value does not fit; `BigInt` when that overflows too.
/// Every operation checks for overflow, so the result is the same whichever type computes it; ordinary
/// baskets never leave 64 bits.
enum CampaignDiscount {
  /// The discount `campaign` gives on `basket`.
  ///
  /// - Parameters:
  ///   - campaign: The campaign (its rules are read in place: passing `Rules` from the call site copied it).
  ///   - targets: Its target lines.
  ///   - basket: Current amounts.
  ///   - budgetLeft: What is left of the campaign's promotion budget, in minor units, if it has one.
  /// - Returns: The rounded, capped, allocated discount, or why there is none.
  /// - Throws: `EvaluationError.overflow` when even `BigInt` hits its bound.
  static func outcome(
    _ campaign: CompiledCampaign, targets: TargetLines, basket: BasketState,
    budgetLeft: Int64? = nil
  ) throws(EvaluationError) -> CampaignOutcome {
    try outcome(
      campaign.rules, targets: targets, basket: basket, campaignID: campaign.id,
      budgetLeft: budgetLeft)
  }

  /// The discount `rules` gives on `basket`.
  ///
  /// - Parameters:
  ///   - rules: The campaign's rules.
  ///   - targets: Its target lines.
  ///   - basket: Current amounts.
  ///   - campaignID: For the error message.
  ///   - budgetLeft: What is left of the campaign's promotion budget, in minor units, if it has one.
  /// - Returns: The rounded, capped, allocated discount, or why there is none.
  /// - Throws: `EvaluationError.overflow` when even `BigInt` hits its bound.
  static func outcome(
    _ rules: Rules, targets: TargetLines, basket: BasketState, campaignID: String,
    budgetLeft: Int64? = nil
  ) throws(EvaluationError) -> CampaignOutcome {
    // What is left of the budget caps the discount like a `maxDiscount` (lines and shipping together). The cap
    // is passed on rather than written into a copy of `rules`: copying `Rules` retained each of its fields.
    var cap = rules.maxDiscount?.minorUnits
    if let budgetLeft { cap = min(cap ?? Int64.max, budgetLeft) }
    do {
      return try any(rules, cap: cap, targets: targets, basket: basket, as: ExactInt64.self)
    } catch {
      do {
        return try any(rules, cap: cap, targets: targets, basket: basket, as: Int128.self)
      } catch {
        do {
          return try any(rules, cap: cap, targets: targets, basket: basket, as: BigInt.self)
        } catch {
          throw .overflow("the discount of campaign \"\(campaignID)\"", path: "lines")
        }
      }
    }
  }

  /// The outcome of `rules` computed with `I`: a combined benefit through `combined`, any other through `outcome`.
  private static func any<I: ExactInteger>(
    _ rules: Rules, cap: Int64?, targets: TargetLines, basket: BasketState, as type: I.Type
  ) throws(ArithmeticError) -> CampaignOutcome {
    if case .combined(let lines, let shipping) = rules.benefit {
      return try combined(
        lines, shipping, rules, cap: cap, targets: targets, basket: basket, as: type)
    }
    return try outcome(rules, cap: cap, targets: targets, basket: basket, as: type)
  }

  private static func outcome<I: ExactInteger>(
    _ rules: Rules, cap: Int64?, targets: TargetLines, basket: BasketState, as type: I.Type
  ) throws(ArithmeticError) -> CampaignOutcome {
    switch try ExactBenefit.amounts(rules, targets: targets, basket: basket, as: type) {
    case .nothing(let reason):
      return .nothing(reason)
    case .amounts(let amounts):
      let rounded = try Allocation.rounded(
        amounts, rounding: rules.rounding, maxDiscount: cap, capacity: basket.current)
      return rounded.total > 0 ? .discount(rounded) : .nothing(.roundsToZero)
    }
  }
}

extension BasketState {
  /// Takes a campaign's discount off the current amounts.
  mutating func apply(_ discount: RoundedDiscount, isShipping: Bool) {
    if isShipping {
      currentShipping -= discount.total
    } else {
      for k in discount.lines.indices { current[discount.lines[k]] -= discount.amounts[k] }
      currentShipping -= discount.shipping
    }
  }
}
