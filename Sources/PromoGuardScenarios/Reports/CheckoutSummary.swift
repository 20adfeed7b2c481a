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
  /// When the campaign's file has no catalog, every product of a generated checkout was invented: then each line
  /// says so, and a synthesised product (`GEN-…`) is shown by what it stands for —
  /// `1 × an item in category socks (invented: no catalog) at $4.00`.
  ///
  /// - Parameters:
  ///   - checkout: The checkout.
  ///   - inventedProducts: Whether its products were invented (the file has no catalog).
  /// - Returns: The lines, without indentation.
  package static func lines(_ checkout: Checkout, inventedProducts: Bool = false) -> [String] {
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
      let product = inventedProducts ? invented(line) : named(line)
      lines.append("\(line.quantity) × \(product) at \(line.unitPrice.formatted)")
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

  /// A catalog product: `SABLE-THROW (throws, #new)`.
  private static func named(_ line: Checkout.Line) -> String {
    let labels = line.categories + line.tags.map { "#" + $0 }
    return line.sku + (labels.isEmpty ? "" : " (\(labels.joined(separator: ", ")))")
  }

  /// An invented product: `an item in category socks (invented: no catalog)`, or for a SKU a target names,
  /// `SABLE (invented: no catalog)`.
  private static func invented(_ line: Checkout.Line) -> String {
    guard line.sku.hasPrefix("GEN-") else {
      return named(line) + " (invented: no catalog)"
    }
    var parts = [String]()
    if !line.categories.isEmpty {
      parts.append(
        (line.categories.count == 1 ? "in category " : "in categories ")
          + line.categories.joined(separator: ", "))
    }
    if !line.tags.isEmpty { parts.append("tagged " + line.tags.joined(separator: ", ")) }
    let item = parts.isEmpty ? "an item" : "an item " + parts.joined(separator: " and ")
    return item + " (invented: no catalog)"
  }
}
