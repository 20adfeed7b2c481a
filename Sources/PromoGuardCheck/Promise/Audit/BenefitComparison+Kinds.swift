import PromoGuard

extension BenefitComparison {
  /// Combined benefits and gifts.
  ///
  /// - A combined benefit against another compares part by part (lines, then shipping).
  /// - A combined benefit against its line part alone, or its shipping part alone, gives more: the other part
  ///   comes on top (so a line benefit judged against a combined promise is lower when it gives no more on the
  ///   lines: the free shipping was taken away).
  /// - A gift against a gift with the same SKUs compares the quantity; any other pairing is different.
  static func kinds(_ actual: Benefit, against reference: Benefit) -> BenefitComparison {
    switch (actual, reference) {
    case (.combined(let lines, let shipping), .combined(let otherLines, let otherShipping)):
      return combined([
        of(lines, against: otherLines), of(.shipping(shipping), against: .shipping(otherShipping)),
      ])
    case (.combined(let lines, let shipping), _):
      let part =
        reference.isShipping
        ? of(.shipping(shipping), against: reference) : of(lines, against: reference)
      return part == .same || part == .higher ? .higher : .different
    case (_, .combined(let lines, let shipping)):
      let part =
        actual.isShipping ? of(actual, against: .shipping(shipping)) : of(actual, against: lines)
      return part == .same || part == .lower ? .lower : .different
    case (.gift(let left), .gift(let right)) where Set(left.skus) == Set(right.skus):
      return left.quantity == right.quantity
        ? .same : left.quantity < right.quantity ? .lower : .higher
    default:
      return actual == reference ? .same : .different
    }
  }
}
