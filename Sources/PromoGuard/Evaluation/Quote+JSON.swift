extension Quote {
  /// The quote as JSON, keys in a fixed order: `currency`, `subtotal`, `discount`, `shipping`,
  /// `shippingDiscount`, `total`, `lines`, `applied`, `codes`, then `gifts` when the basket lacks a gift it
  /// qualifies for, then `nearMisses` when the checkout came close to an automatic offer (each key is absent
  /// otherwise).
  ///
  /// Amounts are decimal strings with the currency's number of decimals (`"29.80"`, `"1250"` for JPY).
  ///
  /// - Parameter pretty: Indented over several lines (`true`) or on one line.
  /// - Returns: The JSON text, without a trailing newline.
  public func jsonText(pretty: Bool = true) -> String {
    jsonOutput.rendered(pretty ? .pretty : .compact)
  }

  /// The quote as an ordered JSON value.
  package var jsonOutput: JSONOutput {
    .object(
      [
        JSONField(key: "currency", value: .string(currency.code)),
        JSONField(key: "subtotal", value: .string(subtotal.decimalString)),
        JSONField(key: "discount", value: .string(discount.decimalString)),
        JSONField(key: "shipping", value: .string(shipping.decimalString)),
        JSONField(key: "shippingDiscount", value: .string(shippingDiscount.decimalString)),
        JSONField(key: "total", value: .string(total.decimalString)),
        JSONField(key: "lines", value: .array(lines.map(\.jsonOutput))),
        JSONField(key: "applied", value: .array(applied.map(\.jsonOutput))),
        JSONField(key: "codes", value: .array(codes.map(\.jsonOutput))),
      ]
        + giftsJSON
        + (nearMisses.isEmpty
          ? []
          : [
            JSONField(
              key: "nearMisses", value: .array(nearMisses.map { $0.jsonOutput(currency: currency) })
            )
          ]))
  }
}

extension Quote.Line {
  var jsonOutput: JSONOutput {
    .object([
      JSONField(key: "sku", value: .string(sku.rawValue)),
      JSONField(key: "quantity", value: .number(String(quantity))),
      JSONField(key: "unitPrice", value: .string(unitPrice.decimalString)),
      JSONField(key: "subtotal", value: .string(subtotal.decimalString)),
      JSONField(key: "discount", value: .string(discount.decimalString)),
      JSONField(key: "total", value: .string(total.decimalString)),
    ])
  }
}

extension Quote.AppliedCampaign {
  var jsonOutput: JSONOutput {
    .object([
      JSONField(key: "campaign", value: .string(campaignID.rawValue)),
      JSONField(key: "code", value: code.map { .string($0.rawValue) } ?? .null),
      JSONField(key: "discount", value: .string(discount.decimalString)),
      JSONField(key: "shippingDiscount", value: .string(shippingDiscount.decimalString)),
    ])
  }
}

extension Quote.CodeResult {
  var jsonOutput: JSONOutput {
    var fields = [
      JSONField(key: "entered", value: .string(entered.rawValue)),
      JSONField(key: "campaign", value: campaignID.map { .string($0.rawValue) } ?? .null),
      JSONField(key: "status", value: .string(status.rawValue)),
      JSONField(key: "message", value: .string(message)),
    ]
    if status != .applied || detail.budget != nil {
      fields.append(JSONField(key: "detail", value: detailJSON))
    }
    if via == .link {
      fields.append(JSONField(key: "via", value: .string("link")))
    }
    return .object(fields)
  }

  private var detailJSON: JSONOutput {
    var fields = [
      JSONField(key: "reasons", value: .array(detail.reasons.map { .string($0.rawValue) }))
    ]
    let zone = detail.zone ?? .utc
    func add(_ key: String, _ value: JSONOutput?) {
      if let value { fields.append(JSONField(key: key, value: value)) }
    }
    add("starts", detail.starts.map { .string(Timestamp.iso8601($0, in: zone)) })
    add("ends", detail.ends.map { .string(Timestamp.iso8601($0, in: zone)) })
    add("at", detail.at.map { .string(Timestamp.iso8601($0, in: zone)) })
    add("requiredCurrency", detail.requiredCurrency.map { .string($0.code) })
    add("checkoutCurrency", detail.checkoutCurrency.map { .string($0.code) })
    if let allowed = detail.allowedChannels {
      add("allowedChannels", .array(allowed.map(JSONOutput.string)))
      add("channel", detail.checkoutChannel.map(JSONOutput.string) ?? .null)
    }
    if detail.reasons.contains(.notEligible) {
      add("segments", .array((detail.audienceSegments ?? []).map(JSONOutput.string)))
      add("customerBound", .bool(detail.isCustomerBound))
    }
    add(
      "limit",
      detail.limit.map {
        // A budget's numbers are amounts; a count limit's are redemptions.
        let isMoney = $0.kind == "budget"
        let allowed = Money(minorUnits: $0.allowed, currency: currency)
        let used = Money(minorUnits: $0.used, currency: currency)
        return .object([
          JSONField(key: "kind", value: .string($0.kind)),
          JSONField(
            key: "allowed",
            value: isMoney ? .string(allowed.decimalString) : .number(String($0.allowed))),
          JSONField(
            key: "used", value: isMoney ? .string(used.decimalString) : .number(String($0.used))),
        ])
      })
    if !detail.shortfalls.isEmpty {
      add("conditions", .array(detail.shortfalls.map(shortfallJSON)))
    }
    add("nothingToDiscount", detail.nothingReason.map { .string($0.rawValue) })
    if !detail.winners.isEmpty && detail.reasons.contains(.notCombinable) {
      add("winners", .array(detail.winners.map { .string($0.rawValue) }))
    }
    add("duplicateOf", detail.duplicateOf.map { .number(String($0)) })
    add("position", detail.position.map { .number(String($0)) })
    add("maximumCodes", detail.maximumCodes.map { .number(String($0)) })
    add("gift", giftDetailJSON)
    add("budget", budgetDetailJSON)
    return .object(fields)
  }

  private func shortfallJSON(_ shortfall: CodeDetail.Shortfall) -> JSONOutput {
    .object(shortfall.jsonFields(currency: currency))
  }
}

extension Quote.NearMiss {
  /// `{"campaign", "condition", "required", "actual", "missing", "message"}`: a code's shortfall (the same keys
  /// and values) with the campaign it belongs to and the sentence for the customer.
  func jsonOutput(currency: Currency) -> JSONOutput {
    .object(
      [JSONField(key: "campaign", value: .string(campaignID.rawValue))]
        + shortfall.jsonFields(currency: currency)
        + [JSONField(key: "message", value: .string(message))])
  }
}

extension CodeDetail.Shortfall {
  /// `condition`, `required`, `actual`, `missing` (`remove` over a maximum spend), and `measuredOn: "order"` when
  /// the condition is measured on the whole order: amounts as decimal strings of `currency`, counts as numbers.
  func jsonFields(currency: Currency) -> [JSONField] {
    func value(_ number: Int64) -> JSONOutput {
      isMoney
        ? .string(Money(minorUnits: number, currency: currency).decimalString)
        : .number(String(number))
    }
    var fields = [
      JSONField(key: "condition", value: .string(condition)),
      JSONField(key: "required", value: value(required)),
      JSONField(key: "actual", value: value(actual)),
      // Over a maximum spend the number is what to take out of the basket, not what to add.
      JSONField(key: condition == "maxSubtotal" ? "remove" : "missing", value: value(missing)),
    ]
    if wholeOrder {
      fields.append(JSONField(key: "measuredOn", value: .string("order")))
    }
    return fields
  }
}
