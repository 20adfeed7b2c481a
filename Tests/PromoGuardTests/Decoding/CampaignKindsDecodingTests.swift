import PromoGuard
import Testing

/// Issue 11: every new field has a clear error — file, line, column, path, and what to write.
@Suite struct CampaignKindsDecodingTests {
  struct BadCase: Sendable, CustomTestStringConvertible {
    var name: String
    var fields: String
    /// `path: message` fragments the single diagnostic must contain.
    var expected: [String]
    var testDescription: String { name }
  }

  static let cases: [BadCase] = [
    BadCase(
      name: "two line benefits in a list",
      fields: #""benefit": [{"percentOff": 20}, {"amountOff": "5.00"}]"#,
      expected: [
        "campaigns[0].benefit[1]: this list has two line benefits (campaigns[0].benefit[0] and "
          + "campaigns[0].benefit[1])", "make another campaign for the other",
      ]),
    BadCase(
      name: "two shipping benefits in a list",
      fields:
        #""benefit": [{"shipping": {"percentOff": 100}}, {"shipping": {"amountOff": "5.00"}}]"#,
      expected: ["campaigns[0].benefit[1]: this list has two shipping benefits"]),
    BadCase(
      name: "a list of one",
      fields: #""benefit": [{"percentOff": 20}]"#,
      expected: ["campaigns[0].benefit: a list of benefits holds exactly two", "found 1 benefit"]),
    BadCase(
      name: "a gift in a list",
      fields: #""benefit": [{"gift": {"skus": ["T"]}}, {"shipping": {"percentOff": 100}}]"#,
      expected: ["campaigns[0].benefit[0]: a gift with purchase cannot be part of a list"]),
    BadCase(
      name: "a gift without SKUs",
      fields: #""benefit": {"gift": {"quantity": 1}}"#,
      expected: ["campaigns[0].benefit.gift", "\"skus\"", "list the SKUs of the gift"]),
    BadCase(
      name: "a gift SKU listed twice",
      fields: #""benefit": {"gift": {"skus": ["T", "T"]}}"#,
      expected: ["campaigns[0].benefit.gift.skus[1]: the gift SKU \"T\" is listed twice"]),
    BadCase(
      name: "a gift quantity of zero",
      fields: #""benefit": {"gift": {"skus": ["T"], "quantity": 0}}"#,
      expected: ["campaigns[0].benefit.gift.quantity", "the number of gift units free per order"]),
    BadCase(
      name: "a gift with a percentage",
      fields: #""benefit": {"gift": {"skus": ["T"]}, "percentOff": 10}"#,
      expected: ["campaigns[0].benefit: a gift benefit cannot also have \"percentOff\""]),
    BadCase(
      name: "a budget of zero",
      fields: #""benefit": {"percentOff": 10}, "limits": {"budget": "0.00"}"#,
      expected: ["campaigns[0].limits.budget: a budget of 0.00 would refuse every discount"]),
    BadCase(
      name: "a budget in too many decimals",
      fields: #""benefit": {"percentOff": 10}, "limits": {"budget": "10.005"}"#,
      expected: ["campaigns[0].limits.budget"]),
  ]

  @Test(arguments: cases) func aBadNewFieldIsNamed(_ test: BadCase) {
    let text =
      "{\"format\": \"promoguard/1\", \"campaigns\": [\n"
      + #"{"id": "a", "name": "A", "currency": "USD", "activation": {"codes": ["A1"]}, "#
      + test.fields + "}\n]}"
    switch CampaignFileDecoder.decode(Array(text.utf8), path: "test.json") {
    case .success:
      Issue.record("\(test.name) loaded")
    case .failure(let error):
      let description = error.description
      // The campaign is on line 2: every diagnostic names the file, that line and a column.
      #expect(description.hasPrefix("test.json:2:"), "\(description)")
      for fragment in test.expected {
        #expect(description.contains(fragment), "\(description) lacks \(fragment)")
      }
    }
  }

  @Test(arguments: [
    (#""budgetSpent": {"b": "-1.00"}"#, "budgetSpent.b"),
    (#""budgetSpent": {"b": true}"#, "budgetSpent.b: expected an amount"),
    (#""budgetSpent": [1]"#, "budgetSpent: expected the discounts given so far by campaign id"),
  ])
  func aBadBudgetSpentIsNamed(member: String, expected: String) {
    let body = #"{"currency": "USD", "lines": [], "# + member + "}"
    #expect {
      try Checkout(
        jsonBytes: Array(body.utf8), path: "request body", now: Instant(microsecondsSinceEpoch: 0))
    } throws: { error in
      guard let error = error as? LoadError else { return false }
      return error.description.hasPrefix("request body:1:") && error.description.contains(expected)
    }
  }
}
