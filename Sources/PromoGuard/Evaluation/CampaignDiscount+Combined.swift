extension CampaignDiscount {
  /// A line benefit and a shipping benefit under one code: each part's exact amount is rounded once on its own;
  /// `maxDiscount` caps their sum, the lines taking the cap first and shipping what is left of it.
  ///
  /// - Parameters:
  ///   - lines: The line benefit.
  ///   - shipping: The shipping benefit.
  ///   - rules: The campaign's rules.
  ///   - cap: The campaign's `maxDiscount` in minor units, lowered to any budget left.
  ///   - targets: The target lines.
  ///   - basket: Current amounts.
  ///   - _: The integer type to compute with.
  /// - Returns: The discount, lines and shipping together, or why there is none.
  /// - Throws: `ArithmeticError` when `I` is too small.
  static func combined<I: ExactInteger>(
    _ lines: Benefit, _ shipping: Benefit.Reward, _ rules: Rules, cap: Int64?,
    targets: TargetLines, basket: BasketState, as _: I.Type
  ) throws(ArithmeticError) -> CampaignOutcome {
    // Like a shipping offer, a combined offer needs a target line: "20% off shoes and free shipping" gives
    // nothing to a basket without shoes.
    if basket.currentShipping <= 0 && targets.indices.isEmpty { return .nothing(.noShipping) }
    guard !targets.indices.isEmpty else { return .nothing(.noTargetLines) }
    var lineRules = rules
    lineRules.benefit = lines
    var lineDiscount = RoundedDiscount(total: 0, shares: [])
    var lineReason = CodeDetail.NothingReason.roundsToZero
    switch try ExactBenefit.amounts(lineRules, targets: targets, basket: basket, as: I.self) {
    case .nothing(let reason):
      lineReason = reason
    case .amounts(let amounts):
      lineDiscount = try Allocation.rounded(
        amounts, rounding: rules.rounding, maxDiscount: cap, capacity: basket.current)
    }
    var shippingTotal: Int64 = 0
    let capLeft = cap.map { $0 - lineDiscount.total }
    if capLeft.map({ $0 > 0 }) ?? true,
      case .amounts(let amounts) = try ExactBenefit.shipping(shipping, basket: basket)
        as ExactOutcome<I>
    {
      shippingTotal =
        try Allocation.rounded(
          amounts, rounding: rules.rounding, maxDiscount: capLeft, capacity: basket.current
        ).total
    }
    guard lineDiscount.total > 0 || shippingTotal > 0 else {
      return .nothing(basket.currentShipping > 0 ? lineReason : .noShipping)
    }
    var discount = lineDiscount
    discount.total += shippingTotal
    discount.shipping = shippingTotal
    return .discount(discount)
  }
}
