extension Quote {
  /// `"gifts"`, after `codes`, only when the basket lacks a gift it qualifies for:
  /// `[{"campaign": "spring-tote", "skus": ["TOTE-BAG"], "quantity": 1}]`.
  var giftsJSON: [JSONField] {
    guard !gifts.isEmpty else { return [] }
    return [
      JSONField(
        key: "gifts",
        value: .array(
          gifts.map {
            .object([
              JSONField(key: "campaign", value: .string($0.campaignID.rawValue)),
              JSONField(key: "skus", value: .array($0.skus.map { .string($0.rawValue) })),
              JSONField(key: "quantity", value: .number(String($0.quantity))),
            ])
          }))
    ]
  }
}

extension Quote.CodeResult {
  /// The detail's `"gift"`: `{"skus": [...], "names": [...], "quantity": n}`.
  var giftDetailJSON: JSONOutput? {
    detail.gift.map {
      .object([
        JSONField(key: "skus", value: .array($0.skus.map(JSONOutput.string))),
        JSONField(key: "names", value: .array($0.names.map(JSONOutput.string))),
        JSONField(key: "quantity", value: .number(String($0.quantity))),
      ])
    }
  }

  /// The detail's `"budget"`: `{"budget", "spent", "given", "uncapped"}` as amounts.
  var budgetDetailJSON: JSONOutput? {
    detail.budget.map {
      func amount(_ minorUnits: Int64) -> JSONOutput {
        .string(Money(minorUnits: minorUnits, currency: currency).decimalString)
      }
      return .object([
        JSONField(key: "budget", value: amount($0.budget)),
        JSONField(key: "spent", value: amount($0.spent)),
        JSONField(key: "given", value: amount($0.given)),
        JSONField(key: "uncapped", value: amount($0.uncapped)),
      ])
    }
  }
}
