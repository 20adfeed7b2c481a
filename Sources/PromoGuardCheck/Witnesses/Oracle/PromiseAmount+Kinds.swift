import PromoGuard

extension PromiseAmount {
  /// The gift of a gift-with-purchase benefit.
  static func giftOf(_ benefit: Benefit) -> Benefit.Gift? {
    if case .gift(let gift) = benefit { return gift }
    return nil
  }

  /// Gift units in the basket of the gift's SKUs (all of them).
  var giftUnitsInBasket: Int128 {
    guard let gift = Self.giftOf(rules.benefit) else { return 0 }
    return checkout.lines.filter { gift.skus.contains($0.sku) }.reduce(0) {
      $0 + Int128(max(0, $1.quantity))
    }
  }

  /// A gift with purchase: up to `quantity` gift units free at their original price.
  ///
  /// The SKUs are taken in the order listed, then basket order; capped by `maxDiscount`. Whole units at whole
  /// prices: no rounding.
  func giftAmount(_ gift: Benefit.Gift) -> Int64 {
    var left = Int128(gift.quantity)
    var free: Int128 = 0
    for sku in gift.skus {
      for line in checkout.lines where line.sku == sku && left > 0 {
        let taken = min(left, Int128(max(0, line.quantity)))
        free += taken * Int128(max(0, line.unitPrice.minorUnits))
        left -= taken
      }
    }
    if let maximum = rules.maxDiscount { free = min(free, Int128(maximum.minorUnits)) }
    return Int64(clamping: free)
  }

  /// A line benefit and a shipping benefit together: each part alone (rounded once, capped by what it can
  /// take off), then `maxDiscount` over the sum with the lines first.
  func combinedAmount(_ lines: Benefit, _ shipping: Benefit.Reward) -> Int64 {
    var lineRules = rules
    lineRules.benefit = lines
    lineRules.maxDiscount = nil
    var shippingRules = rules
    shippingRules.benefit = .shipping(shipping)
    shippingRules.maxDiscount = nil
    let linePart = PromiseAmount(rules: lineRules, checkout: checkout).amount
    let shippingPart = PromiseAmount(rules: shippingRules, checkout: checkout).amount
    guard let maximum = rules.maxDiscount?.minorUnits else { return linePart + shippingPart }
    let cappedLines = min(linePart, maximum)
    return cappedLines + min(shippingPart, maximum - cappedLines)
  }
}
