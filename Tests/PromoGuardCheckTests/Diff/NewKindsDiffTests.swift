import PromoGuard
import Testing

@testable import PromoGuardCheck

/// `diff` on issue 11's fields: which change reduces the promise, each with a near miss that does not.
@Suite struct NewKindsDiffTests {
  static let towels = #""target": {"include": {"categories": ["towels"]}}"#

  static let cases: [PromiseDiffTests.DiffCase] = [
    PromiseDiffTests.DiffCase(
      "maximum spend added", "", #""conditions": {"maxSubtotal": "200.00"}"#,
      ["reduction: maximum spend of $200.00 added (conditions.maxSubtotal)"]),
    PromiseDiffTests.DiffCase(
      "near miss: maximum spend removed", #""conditions": {"maxSubtotal": "200.00"}"#, "",
      ["increase: maximum spend of $200.00 removed (conditions.maxSubtotal)"]),
    PromiseDiffTests.DiffCase(
      "maximum spend lowered", #""conditions": {"maxSubtotal": "200.00"}"#,
      #""conditions": {"maxSubtotal": "199.99"}"#,
      ["reduction: maximum spend lowered from $200.00 to $199.99 (conditions.maxSubtotal)"]),
    PromiseDiffTests.DiffCase(
      "near miss: maximum spend raised", #""conditions": {"maxSubtotal": "200.00"}"#,
      #""conditions": {"maxSubtotal": "250.00"}"#,
      ["increase: maximum spend raised from $200.00 to $250.00 (conditions.maxSubtotal)"]),
    PromiseDiffTests.DiffCase(
      "minimum moved from the order to the target",
      #""conditions": {"minSubtotal": "50.00", "scope": "order"}, "# + towels,
      #""conditions": {"minSubtotal": "50.00"}, "# + towels,
      [
        "reduction: conditions now measured on the offer's items, not the whole order "
          + "(conditions.scope)"
      ]),
    PromiseDiffTests.DiffCase(
      "near miss: minimum moved from the target to the order",
      #""conditions": {"minSubtotal": "50.00"}, "# + towels,
      #""conditions": {"minSubtotal": "50.00", "scope": "order"}, "# + towels,
      [
        "increase: conditions now measured on the whole order, not the offer's items "
          + "(conditions.scope)"
      ]),
    PromiseDiffTests.DiffCase(
      "maximum moved from the target to the order",
      #""conditions": {"maxSubtotal": "200.00"}, "# + towels,
      #""conditions": {"maxSubtotal": "200.00", "scope": "order"}, "# + towels,
      [
        "reduction: conditions now measured on the whole order, not the offer's items "
          + "(conditions.scope)"
      ]),
    PromiseDiffTests.DiffCase(
      "near miss: scope changed with every line a target",
      #""conditions": {"minSubtotal": "50.00", "scope": "order"}"#,
      #""conditions": {"minSubtotal": "50.00"}"#, []),
    PromiseDiffTests.DiffCase(
      "most expensive to cheapest", #""maxItems": {"count": 2, "pick": "mostExpensive"}"#,
      #""maxItems": 2"#,
      [
        "reduction: item cap now takes the cheapest items, not the most expensive "
          + "(maxItems.pick)"
      ]),
    PromiseDiffTests.DiffCase(
      "near miss: cheapest to most expensive", #""maxItems": {"count": 2}"#,
      #""maxItems": {"count": 2, "pick": "mostExpensive"}"#,
      [
        "increase: item cap now takes the most expensive items, not the cheapest "
          + "(maxItems.pick)"
      ]),
    PromiseDiffTests.DiffCase(
      "amount off each lowered", #""benefit": {"amountOffEach": "5.00"}"#,
      #""benefit": {"amountOffEach": "4.99"}"#,
      [
        "reduction: benefit lowered from $5.00 off each item to $4.99 off each item (benefit)"
      ]),
    PromiseDiffTests.DiffCase(
      "near miss: amount off each raised", #""benefit": {"amountOffEach": "5.00"}"#,
      #""benefit": {"amountOffEach": "6.00"}"#,
      ["increase: benefit raised from $5.00 off each item to $6.00 off each item (benefit)"]),
    PromiseDiffTests.DiffCase(
      "quantity tier raised",
      #""benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}]}"#,
      #""benefit": {"tiers": [{"minQuantity": 4, "percentOff": 10}]}"#,
      [
        "reduction: benefit lowered from 10% off from 3 items to 10% off from 4 items (benefit)"
      ]),
    PromiseDiffTests.DiffCase(
      "near miss: quantity tier lowered",
      #""benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}]}"#,
      #""benefit": {"tiers": [{"minQuantity": 2, "percentOff": 10}]}"#,
      ["increase: benefit raised from 10% off from 3 items to 10% off from 2 items (benefit)"]),
    PromiseDiffTests.DiffCase(
      "tiers by spend to tiers by quantity",
      #""benefit": {"tiers": [{"minSubtotal": "30.00", "percentOff": 10}]}"#,
      #""benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}]}"#,
      [
        "reduction: benefit changed from 10% off from $30.00 to 10% off from 3 items, which is "
          + "not at least as generous for every basket (benefit)"
      ]),
  ]

  @Test(arguments: cases) func changes(_ testCase: PromiseDiffTests.DiffCase) throws {
    #expect(try PromiseDiffTests.changes(testCase) == testCase.expected)
  }
}
