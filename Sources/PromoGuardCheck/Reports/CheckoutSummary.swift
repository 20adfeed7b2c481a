package import PromoGuard

/// A checkout in a few readable lines, for reports: the customer's side of a finding.
package enum CheckoutSummary {
  /// The checkout: when (in the campaign's zone and in UTC) and where, who, each line with its catalog name,
  /// shipping, codes and link.
  ///
  /// ```
  /// at Friday 15 September 2006, 10:00 New York time (2006-09-15T14:00:00Z)
  /// channel web, currency USD
  /// customer c-42 (segments: email-subscribers; 3 earlier orders)
  /// 1 × Sable throw (SABLE-THROW, throws) at $149.00
  /// shipping $9.95
  /// codes: "sept20 "
  /// ```
  ///
  /// - Parameters:
  ///   - checkout: The checkout.
  ///   - zone: The campaign's time zone (UTC by default).
  ///   - catalog: What is known of the file's catalog, to tell its products from invented ones.
  /// - Returns: The lines, without indentation.
  package static func lines(
    _ checkout: Checkout, zone: Zone = .utc, catalog: WitnessCatalog = .unknown
  ) -> [String] {
    var lines = [
      "at \(Timestamp.moment(checkout.at, in: zone))",
      "channel \(checkout.channel ?? "unknown"), currency \(checkout.currency.code)",
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
    if !checkout.budgetSpent.isEmpty {
      lines.append(
        "budget spent so far: "
          + checkout.budgetSpent.sorted { $0.key < $1.key }.map {
            "\($0.value.formatted) by \($0.key)"
          }.joined(separator: ", "))
    }
    if checkout.lines.isEmpty { lines.append("empty basket") }
    for line in checkout.lines {
      lines.append(
        "\(line.quantity) × \(item(line, catalog: catalog)) at \(line.unitPrice.formatted)")
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

  /// A basket line's product: `Sable throw (SABLE-THROW, throws, #new)` for a product of the file, or
  /// `an item in category throws (invented: the file has no catalog)` for one the generator made up.
  ///
  /// - Parameters:
  ///   - line: The checkout line.
  ///   - catalog: What is known of the file's catalog.
  /// - Returns: The product's description.
  package static func item(_ line: Checkout.Line, catalog: WitnessCatalog) -> String {
    if catalog.lists(line.sku) {
      let labels = [line.sku] + line.categories + line.tags.map { "#" + $0 }
      let isUnnamed = line.name.isEmpty || line.name == line.sku
      let name = isUnnamed ? line.sku : line.name
      let details = isUnnamed ? Array(labels.dropFirst()) : labels
      return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
    }
    var text: String
    if line.sku.hasPrefix("GEN-OTHER") {
      text = "an unrelated item"
    } else {
      text = line.sku.hasPrefix("GEN-") ? "an item" : "an item with SKU \(line.sku)"
      if !line.categories.isEmpty {
        text +=
          " in \(line.categories.count == 1 ? "category" : "categories") "
          + EnglishList.joined(line.categories)
      }
      if !line.tags.isEmpty {
        text += " tagged " + EnglishList.joined(line.tags.map { "#" + $0 })
      }
    }
    let reason: String
    switch catalog {
    case .absent: reason = "the file has no catalog"
    case .skus: reason = "not in the file's catalog"
    case .unknown: reason = "made up by the generator"
    }
    return text + " (invented: \(reason))"
  }
}
