import PromoGuard

extension BenefitOrder {
  /// Combined benefits and gifts: a combined benefit is at least another when each part is (a missing part
  /// gives nothing); a gift is at least a gift of the same SKUs (or more of them) in no smaller quantity.
  static func isAtLeastKinds(_ new: Benefit, _ old: Benefit) -> Bool {
    switch (new, old) {
    case (.combined(let lines, let shipping), .combined(let oldLines, let oldShipping)):
      return isAtLeast(lines, oldLines) && isAtLeast(shipping, oldShipping)
    case (.combined(let lines, let shipping), _):
      // Dropping either part of the new benefit leaves what is compared.
      return old.isShipping ? isAtLeast(.shipping(shipping), old) : isAtLeast(lines, old)
    case (_, .combined):
      // The old benefit also discounted what the new one does not (lines or shipping).
      return false
    case (.gift(let gift), .gift(let oldGift)):
      return Set(oldGift.skus).isSubset(of: Set(gift.skus)) && gift.quantity >= oldGift.quantity
    default:
      return false
    }
  }
}
