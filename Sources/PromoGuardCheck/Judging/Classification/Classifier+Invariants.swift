package import PromoGuard

extension Classifier {
  /// Invariants every quote must keep, whatever the campaigns (kind `.invariant`).
  ///
  /// Line discounts sum to `discount`; each applied campaign's line discounts sum to its discount; no line total,
  /// shipping discount beyond shipping, or total below zero; total = subtotal − discount + shipping −
  /// shippingDiscount; `applied` status only with that campaign applied with an amount above zero; every applied
  /// amount above zero.
  ///
  /// - Parameters:
  ///   - checkout: The checkout evaluated.
  ///   - quote: The engine's quote of it.
  /// - Returns: One finding per broken invariant.
  package static func invariantViolations(checkout: Checkout, quote: Quote) -> [ObservedFinding] {
    var findings: [ObservedFinding] = []
    let currency = quote.currency
    func money(_ value: Int128) -> String {
      Money(minorUnits: Int64(clamping: value), currency: currency).formatted
    }
    func report(_ summary: String, _ actual: String) {
      findings.append(
        ObservedFinding(
          kind: .invariant, summary: summary, promised: "a quote that adds up", actual: actual))
    }
    var lineDiscounts: Int128 = 0
    var negativeLine = false
    for line in quote.lines {
      lineDiscounts += Int128(line.discount.minorUnits)
      if line.total.minorUnits < 0 { negativeLine = true }
    }
    if lineDiscounts != Int128(quote.discount.minorUnits) {
      report(
        "the line discounts do not sum to the quote's discount",
        "lines \(money(lineDiscounts)), discount \(quote.discount.formatted)")
    }
    if negativeLine { report("a line total is below zero", "a line total below zero") }
    for entry in quote.applied {
      var sum: Int128 = 0
      for share in entry.lineDiscounts { sum += Int128(share) }
      // A quote read from JSON does not carry each campaign's line shares (empty): nothing to check.
      let hasShares = !entry.lineDiscounts.isEmpty || quote.lines.isEmpty
      if hasShares && sum != Int128(entry.discount.minorUnits) {
        report(
          "the line discounts of \(entry.campaignID) do not sum to its discount",
          "lines \(money(sum)), discount \(entry.discount.formatted)")
      }
      if Int128(entry.discount.minorUnits) + Int128(entry.shippingDiscount.minorUnits) <= 0 {
        report("\(entry.campaignID) is applied with no discount", "applied with nothing off")
      }
    }
    if quote.shippingDiscount.minorUnits > quote.shipping.minorUnits
      || quote.shippingDiscount.minorUnits < 0
    {
      report(
        "the shipping discount is beyond the shipping",
        "shipping \(quote.shipping.formatted), shipping discount \(quote.shippingDiscount.formatted)"
      )
    }
    if quote.total.minorUnits < 0 {
      report("the total is below zero", "total \(quote.total.formatted)")
    }
    let expected =
      Int128(quote.subtotal.minorUnits) - Int128(quote.discount.minorUnits)
      + Int128(quote.shipping.minorUnits) - Int128(quote.shippingDiscount.minorUnits)
    if expected != Int128(quote.total.minorUnits) {
      report(
        "the total is not subtotal − discount + shipping − shipping discount",
        "total \(quote.total.formatted), expected \(money(expected))")
    }
    for code in quote.codes where code.status == .applied {
      let entry = quote.applied.first { $0.campaignID == code.campaignID }
      let amount =
        entry.map { Int128($0.discount.minorUnits) + Int128($0.shippingDiscount.minorUnits) } ?? 0
      if code.campaignID == nil || amount <= 0 {
        report(
          "a code shows applied although its campaign gives nothing",
          "\(code.entered) applied, campaign \(code.campaignID ?? "none") gives \(money(amount))")
      }
    }
    return findings
  }
}
