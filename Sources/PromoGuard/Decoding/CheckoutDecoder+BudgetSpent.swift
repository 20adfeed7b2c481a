extension CheckoutDecoder {
  /// `budgetSpent`: the discounts each campaign has given so far, `{"spring-tote": "4990.00"}`, in the checkout's
  /// currency; each amount zero or more, each campaign once.
  ///
  /// - Parameters:
  ///   - node: The object.
  ///   - path: Its JSON path.
  ///   - currency: The checkout's currency.
  ///   - context: Where diagnostics go.
  /// - Returns: The amounts by campaign id, or `nil` after reporting what is wrong.
  static func budgetSpent(
    _ node: JSONNode, path: String, currency: Currency, context: DecodingContext
  ) -> [String: Money]? {
    guard case .object(let object) = node.value else {
      context.report(
        "expected the discounts given so far by campaign id like {\"spring-tote\": \"4990.00\"}, "
          + "found \(FoundValue.describe(node))",
        at: node.position, path: path)
      return nil
    }
    var spent = [String: Money]()
    var isValid = true
    for member in object.members {
      let memberPath = JSONPathText.member(path, member.key)
      if spent[member.key] != nil {
        context.report(
          "the campaign \(FoundValue.quoted(member.key)) appears twice — keep only one amount",
          at: member.keyPosition, path: path)
        isValid = false
        continue
      }
      guard let amount = context.money(member.value, path: memberPath, currency: currency) else {
        isValid = false
        continue
      }
      guard amount.minorUnits >= 0 else {
        context.report(
          "the budget spent cannot be negative (found \(amount.decimalString)) — give the discounts "
            + "the campaign has given so far, 0 or more",
          at: member.value.position, path: memberPath)
        isValid = false
        continue
      }
      spent[member.key] = amount
    }
    return isValid ? spent : nil
  }
}
