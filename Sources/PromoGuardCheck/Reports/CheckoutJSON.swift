package import PromoGuard

/// A checkout as JSON in the checkout file format, so a report's example can be fed to `promoguard evaluate`.
package enum CheckoutJSON {
  /// The checkout as an ordered JSON value: `currency`, `lines`, `shipping`, `customer`, `redemptionTotals`,
  /// `channel`, `at`, `codes`, `link` (absent parts left out).
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: The JSON value.
  package static func output(_ checkout: Checkout) -> JSONOutput {
    var fields = [
      JSONField(key: "currency", value: .string(checkout.currency.code)),
      JSONField(key: "lines", value: .array(checkout.lines.map(line))),
      JSONField(key: "shipping", value: .string(checkout.shipping.decimalString)),
    ]
    if let customer = checkout.customer {
      var customerFields = [JSONField]()
      if let id = customer.id { customerFields.append(JSONField(key: "id", value: .string(id))) }
      customerFields += [
        JSONField(key: "segments", value: .array(customer.segments.map(JSONOutput.string))),
        JSONField(key: "orderCount", value: .number(String(customer.orderCount))),
        JSONField(key: "redemptions", value: counts(customer.redemptions)),
      ]
      fields.append(JSONField(key: "customer", value: .object(customerFields)))
    }
    if !checkout.redemptionTotals.isEmpty {
      fields.append(JSONField(key: "redemptionTotals", value: counts(checkout.redemptionTotals)))
    }
    if !checkout.budgetSpent.isEmpty {
      fields.append(
        JSONField(
          key: "budgetSpent",
          value: .object(
            checkout.budgetSpent.sorted { $0.key < $1.key }.map {
              JSONField(key: $0.key, value: .string($0.value.decimalString))
            })))
    }
    if let channel = checkout.channel {
      fields.append(JSONField(key: "channel", value: .string(channel)))
    }
    fields.append(JSONField(key: "at", value: .string(checkout.at.description)))
    fields.append(JSONField(key: "codes", value: .array(checkout.codes.map(JSONOutput.string))))
    if let link = checkout.link { fields.append(JSONField(key: "link", value: .string(link))) }
    if !checkout.usedCodes.isEmpty {
      fields.append(
        JSONField(key: "usedCodes", value: .array(checkout.usedCodes.map(JSONOutput.string))))
    }
    return .object(fields)
  }

  private static func line(_ line: Checkout.Line) -> JSONOutput {
    .object([
      JSONField(key: "sku", value: .string(line.sku)),
      JSONField(key: "name", value: .string(line.name)),
      JSONField(key: "categories", value: .array(line.categories.map(JSONOutput.string))),
      JSONField(key: "tags", value: .array(line.tags.map(JSONOutput.string))),
      JSONField(key: "unitPrice", value: .string(line.unitPrice.decimalString)),
      JSONField(key: "quantity", value: .number(String(line.quantity))),
    ])
  }

  /// Counts by campaign id, keys sorted.
  private static func counts(_ counts: [String: Int64]) -> JSONOutput {
    .object(
      counts.sorted { $0.key < $1.key }.map {
        JSONField(key: $0.key, value: .number(String($0.value)))
      })
  }
}
