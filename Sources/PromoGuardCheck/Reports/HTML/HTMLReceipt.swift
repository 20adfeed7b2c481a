package import PromoGuard

/// A finding's witness checkout drawn as a till receipt: when and who above, one row per item with its catalog
/// name, quantity and price, the subtotal, then what the terms promise against what checkout gave, and what the
/// customer was told.
///
/// The words are the text report's (``CheckoutSummary`` and ``FindingExample``), so every format tells the same
/// story.
package enum HTMLReceipt {
  /// The receipt of `example`.
  ///
  /// - Parameters:
  ///   - example: The finding's example.
  ///   - zone: The campaign's time zone.
  ///   - catalog: What is known of the file's catalog.
  /// - Returns: A `<div class="receipt">` element.
  package static func markup(_ example: FindingExample, zone: Zone, catalog: WitnessCatalog)
    -> String
  {
    let checkout = example.checkout
    let itemLines = Set(
      checkout.lines.map {
        "\($0.quantity) × \(CheckoutSummary.item($0, catalog: catalog)) at \($0.unitPrice.formatted)"
      } + ["empty basket"])
    let details = CheckoutSummary.lines(checkout, zone: zone, catalog: catalog).filter {
      !itemLines.contains($0)
    }
    let steps = example.shrinkSteps
    var parts = [
      HTMLMarkup.element(
        "div", [("class", "head")],
        HTMLMarkup.text(
          "Smallest checkout · \(steps) shrinking step\(steps == 1 ? "" : "s") · seed \(example.seed)"
        )),
      HTMLMarkup.element(
        "ul", [("class", "meta")],
        details.map { HTMLMarkup.element("li", [], HTMLMarkup.text($0)) }.joined()),
    ]
    var rows = [String]()
    for line in checkout.lines {
      let total = try? line.unitPrice.multiplied(by: line.quantity)
      rows.append(
        HTMLMarkup.element(
          "tr", [],
          HTMLMarkup.element("td", [("class", "qty")], HTMLMarkup.text("\(line.quantity) ×"))
            + HTMLMarkup.element(
              "td", [],
              HTMLMarkup.text(CheckoutSummary.item(line, catalog: catalog)) + "<br/>"
                + HTMLMarkup.element(
                  "span", [("class", "muted")], HTMLMarkup.text("at \(line.unitPrice.formatted)")))
            + HTMLMarkup.element(
              "td", [("class", "amount")], HTMLMarkup.text(total?.formatted ?? "—"))))
    }
    if checkout.lines.isEmpty {
      rows.append(
        HTMLMarkup.element(
          "tr", [], HTMLMarkup.element("td", [("colspan", "3")], HTMLMarkup.text("empty basket"))))
    } else if let subtotal = subtotal(checkout) {
      rows.append(
        HTMLMarkup.element(
          "tr", [("class", "total")],
          HTMLMarkup.element("td", [("colspan", "2")], "Subtotal")
            + HTMLMarkup.element("td", [("class", "amount")], HTMLMarkup.text(subtotal.formatted))))
    }
    parts.append(HTMLMarkup.element("table", [("class", "items")], rows.joined()))
    parts.append(
      HTMLMarkup.element(
        "div", [("class", "outcome")],
        HTMLMarkup.element(
          "div", [("class", "promised")], "Terms promise: " + HTMLMarkup.text(example.promised))
          + HTMLMarkup.element(
            "div", [("class", "given")], "Checkout gave: " + HTMLMarkup.text(example.actual))
          + HTMLMarkup.element(
            "div", [("class", "told")],
            "Customer was told: "
              + HTMLMarkup.text(example.told ?? "nothing (no status, no message)"))))
    return HTMLMarkup.element("div", [("class", "receipt")], parts.joined())
  }

  /// The sum of the lines' amounts, or `nil` when it overflows.
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: The subtotal.
  static func subtotal(_ checkout: Checkout) -> Money? {
    var sum = Money(minorUnits: 0, currency: checkout.currency)
    for line in checkout.lines {
      guard let amount = try? line.unitPrice.multiplied(by: line.quantity),
        let next = try? sum.adding(amount)
      else { return nil }
      sum = next
    }
    return sum
  }
}
