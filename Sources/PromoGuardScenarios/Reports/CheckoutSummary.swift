package import PromoGuard

/// A checkout in a few readable lines, for reports.
package enum CheckoutSummary {
  /// The checkout: when and where, who, each line, shipping, codes and link.
  ///
  /// ```
  /// at 2006-09-15T14:00:00Z, channel web, currency USD
  /// customer c-42 (segments: email-subscribers; 3 earlier orders)
  /// 1 × SABLE-THROW (throws) at $149.00
  /// shipping $9.95
  /// codes: "sept20 "
  /// ```
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: The lines, without indentation.
  package static func lines(_ checkout: Checkout) -> [String] {
    var lines = [
      "at \(checkout.at), channel \(checkout.channel ?? "unknown"), currency \(checkout.currency.code)"
    ]
    if let customer = checkout.customer {
      var details = [String]()
      if !customer.segments.isEmpty {
        details.append("segments: " + customer.segments.joined(separator: ", "))
      }
      details.append(
        customer.orderCount == 0
          ? "first order"
          : "\(customer.orderCount) earlier order\(customer.orderCount == 1 ? "" : "s")")
      let redemptions = customer.redemptions.sorted { $0.key < $1.key }.map {
        "\($0.value) of \($0.key)"
      }
      if !redemptions.isEmpty {
        details.append("redeemed " + redemptions.joined(separator: ", "))
      }
      lines.append("customer \(customer.id ?? "(no id)") (\(details.joined(separator: "; ")))")
    } else {
      lines.append("guest (not signed in)")
    }
    if !checkout.redemptionTotals.isEmpty {
      lines.append(
        "redemptions so far: "
          + checkout.redemptionTotals.sorted { $0.key < $1.key }.map { "\($0.value) of \($0.key)" }
          .joined(separator: ", "))
    }
    if checkout.lines.isEmpty { lines.append("empty basket") }
    for line in checkout.lines {
      var labels = line.categories + line.tags.map { "#" + $0 }
      if labels.isEmpty { labels = [] }
      let label = labels.isEmpty ? "" : " (\(labels.joined(separator: ", ")))"
      lines.append("\(line.quantity) × \(line.sku)\(label) at \(line.unitPrice.formatted)")
    }
    if checkout.shipping.minorUnits != 0 { lines.append("shipping \(checkout.shipping.formatted)") }
    if !checkout.codes.isEmpty {
      lines.append("codes: " + checkout.codes.map(JourneyStep.quoted).joined(separator: ", "))
    } else {
      lines.append("no code typed")
    }
    if let link = checkout.link { lines.append("arrived by link \(link)") }
    return lines
  }
}
