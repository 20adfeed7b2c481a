/// The gift units of a basket: units of the gift's SKUs, taken in the order the SKUs are listed, then in basket
/// order, up to the gift's quantity.
struct GiftUnits {
  /// (line, units taken) in the order taken.
  var taken: [(line: Int, units: Int64)]
  /// Σ units of the gift's SKUs in the basket (all of them, not only those taken).
  var count: Int64

  /// Finds the gift units of `checkout`.
  init(_ gift: borrowing Benefit.Gift, in checkout: borrowing Checkout) {
    var taken = [(line: Int, units: Int64)]()
    var count: Int64 = 0
    var left = gift.quantity
    let lines = checkout.lines
    for sku in gift.skus {
      for index in lines.indices where lines[index].sku == sku {
        let quantity = max(0, lines[index].quantity)
        count &+= quantity  // bounded by checkout's quantity limits
        let units = min(left, quantity)
        if units > 0 {
          taken.append((index, units))
          left -= units
        }
      }
    }
    self.taken = taken
    self.count = count
  }
}

extension TargetLines {
  /// The target lines without the gift's lines (conditions are measured on what the customer buys, never on
  /// the gift itself), with the gift units taken.
  func excludingGift(_ gift: Benefit.Gift, in checkout: Checkout, basket: BasketState)
    -> TargetLines
  {
    var copy = self
    copy.giftTaken = GiftUnits(gift, in: checkout).taken
    copy.indices = indices.filter { !gift.skus.contains(checkout.lines[$0].sku) }
    copy.subtotal = 0
    copy.quantity = 0
    copy.pricedQuantity = 0
    for index in copy.indices {
      copy.subtotal &+= basket.original[index]
      copy.quantity &+= basket.quantities[index]
      if basket.original[index] > 0 { copy.pricedQuantity &+= basket.quantities[index] }
    }
    return copy
  }
}

extension Benefit {
  /// The benefit whose groups and tiers are conditions of the offer: the line part of a combined benefit, else
  /// the benefit itself.
  var measuredBenefit: Benefit {
    if case .combined(let lines, _) = self { return lines }
    return self
  }
}
