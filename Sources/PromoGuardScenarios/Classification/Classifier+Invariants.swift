package import PromoGuard

extension Classifier {
  /// Invariants every quote must keep, whatever the campaigns (kind `.invariant`).
  ///
  /// Line discounts sum to `discount`, and each applied campaign's line discounts to its discount; the applied
  /// campaigns' discounts sum to the quote's; no line discount or total below zero or above the line; the
  /// shipping discount within the shipping; `total = subtotal − discount + shipping − shippingDiscount` and not
  /// below zero; `applied` status only for a campaign applied with more than zero; every applied amount above
  /// zero.
  ///
  /// - Parameters:
  ///   - checkout: The checkout.
  ///   - quote: Its quote.
  /// - Returns: One finding per broken invariant.
  package static func invariantViolations(checkout: Checkout, quote: Quote) -> [ObservedFinding] {
    var broken = [String]()
    let lineDiscounts = quote.lines.reduce(Int64(0)) { $0 &+ $1.discount.minorUnits }
    if lineDiscounts != quote.discount.minorUnits {
      broken.append("the line discounts do not sum to the discount")
    }
    if quote.lines.count != checkout.lines.count {
      broken.append("the quote has a different number of lines from the checkout")
    }
    for line in quote.lines {
      if line.discount.minorUnits < 0 || line.discount.minorUnits > line.subtotal.minorUnits {
        broken.append("a line discount is below zero or above the line's amount")
        break
      }
      if line.total.minorUnits != line.subtotal.minorUnits - line.discount.minorUnits {
        broken.append("a line total is not its amount less its discount")
        break
      }
    }
    let shippingDiscount = quote.shippingDiscount.minorUnits
    if shippingDiscount < 0 || shippingDiscount > quote.shipping.minorUnits {
      broken.append("the shipping discount is below zero or above the shipping")
    }
    let expectedTotal =
      quote.subtotal.minorUnits &- quote.discount.minorUnits &+ quote.shipping.minorUnits
      &- shippingDiscount
    if quote.total.minorUnits != expectedTotal {
      broken.append("the total is not subtotal − discount + shipping − shipping discount")
    }
    if quote.total.minorUnits < 0 { broken.append("the total is below zero") }
    var appliedLines: Int64 = 0
    var appliedShipping: Int64 = 0
    for applied in quote.applied {
      appliedLines &+= applied.discount.minorUnits
      appliedShipping &+= applied.shippingDiscount.minorUnits
      if applied.lineDiscounts.reduce(Int64(0), &+) != applied.discount.minorUnits {
        broken.append("the line discounts of \(applied.campaignID) do not sum to its discount")
      }
      if applied.discount.minorUnits &+ applied.shippingDiscount.minorUnits <= 0 {
        broken.append("\(applied.campaignID) is applied with nothing off")
      }
    }
    if appliedLines != quote.discount.minorUnits || appliedShipping != shippingDiscount {
      broken.append("the applied campaigns' discounts do not sum to the quote's")
    }
    for result in quote.codes where result.status == .applied {
      if discount(of: result.campaignID ?? "", in: quote) <= 0 {
        broken.append("a code says applied but its campaign took nothing off")
        break
      }
    }
    let summary = QuoteSummary.line(quote)
    return broken.map {
      ObservedFinding(
        kind: .invariant, summary: "a quote breaks an invariant: \($0)",
        promised: "a consistent quote", actual: summary)
    }
  }
}
