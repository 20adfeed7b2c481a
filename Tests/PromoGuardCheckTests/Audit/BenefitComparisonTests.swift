import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct BenefitComparisonTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var actual: Benefit
    var reference: Benefit
    var expected: BenefitComparison
    var testDescription: String { name }
  }

  static func usd(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .usd) }
  static func percent(_ whole: Int64) -> Percentage { Percentage(millionths: whole * 10_000) }

  static let cases: [Case] = [
    Case(
      name: "15% against 20%", actual: .percentOff(percent(15)),
      reference: .percentOff(percent(20)),
      expected: .lower),
    Case(
      name: "20% against 20%", actual: .percentOff(percent(20)),
      reference: .percentOff(percent(20)),
      expected: .same),
    Case(
      name: "$12 against $10", actual: .amountOff(usd(1_200)), reference: .amountOff(usd(1_000)),
      expected: .higher),
    // 3 for $30 costs more than 3 for $25: less off.
    Case(
      name: "3 for $30 against 3 for $25", actual: .fixedPrice(usd(3_000), quantity: 3),
      reference: .fixedPrice(usd(2_500), quantity: 3), expected: .lower),
    Case(
      name: "2 for $20 against 3 for $25", actual: .fixedPrice(usd(2_000), quantity: 2),
      reference: .fixedPrice(usd(2_500), quantity: 3), expected: .different),
    Case(
      name: "buy 2 get 1 at 50% against free",
      actual: .buyGet(buy: 2, get: 1, percentOff: percent(50)),
      reference: .buyGet(buy: 2, get: 1, percentOff: .hundred), expected: .lower),
    Case(
      name: "buy 3 get 1 against buy 2 get 1",
      actual: .buyGet(buy: 3, get: 1, percentOff: .hundred),
      reference: .buyGet(buy: 2, get: 1, percentOff: .hundred), expected: .different),
    Case(
      name: "$10 off against 20% off", actual: .amountOff(usd(1_000)),
      reference: .percentOff(percent(20)), expected: .different),
    Case(
      name: "free shipping against half off shipping", actual: .shipping(.percentOff(.hundred)),
      reference: .shipping(.percentOff(percent(50))), expected: .higher),
    Case(
      name: "tiers with a higher minimum",
      actual: .tiers([
        Benefit.Tier(minSubtotal: usd(6_000), reward: .percentOff(percent(10))),
        Benefit.Tier(minSubtotal: usd(10_000), reward: .percentOff(percent(20))),
      ]),
      reference: .tiers([
        Benefit.Tier(minSubtotal: usd(5_000), reward: .percentOff(percent(10))),
        Benefit.Tier(minSubtotal: usd(10_000), reward: .percentOff(percent(20))),
      ]), expected: .lower),
    Case(
      name: "tiers with a higher minimum but a higher reward",
      actual: .tiers([
        Benefit.Tier(minSubtotal: usd(6_000), reward: .percentOff(percent(15)))
      ]),
      reference: .tiers([
        Benefit.Tier(minSubtotal: usd(5_000), reward: .percentOff(percent(10)))
      ]), expected: .different),
  ]

  @Test(arguments: cases) func decidesOnlyWhatHoldsForEveryBasket(_ comparison: Case) {
    #expect(
      BenefitComparison.of(comparison.actual, against: comparison.reference) == comparison.expected)
  }
}
