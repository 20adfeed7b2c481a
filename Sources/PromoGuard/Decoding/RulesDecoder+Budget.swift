extension RulesDecoder {
  /// `limits.budget`: the most the campaign gives away across all orders, an amount above zero in the campaign's
  /// currency.
  ///
  /// - Parameters:
  ///   - node: The amount.
  ///   - path: Its JSON path.
  ///   - currency: The campaign's currency.
  /// - Returns: The budget, or `nil` after reporting what is wrong.
  func budget(_ node: JSONNode, path: String, currency: Currency) -> Money? {
    guard let budget = context.money(node, path: path, currency: currency) else { return nil }
    guard budget.minorUnits > 0 else {
      context.report(
        "a budget of \(budget.decimalString) would refuse every discount — give the most the campaign may "
          + "give away across all orders, like \"5000.00\", or leave budget out",
        at: node.position, path: path)
      return nil
    }
    return budget
  }
}
