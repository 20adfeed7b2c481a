import PromoGuard
import Testing

@testable import PromoGuardCheck

/// "Certainly at least as generous for every basket", checked on the positions of free units and on tiers.
@Suite struct BenefitOrderTests {
  static func percent(_ whole: Int64) -> Percentage { Percentage(millionths: whole * 10_000) }

  struct BuyGetCase: Sendable, CustomTestStringConvertible {
    var new: (buy: Int64, get: Int64)
    var old: (buy: Int64, get: Int64)
    var isAtLeast: Bool
    var testDescription: String {
      "buy \(new.buy) get \(new.get) ≥ buy \(old.buy) get \(old.get): \(isAtLeast)"
    }
  }

  static let buyGetCases = [
    // Free positions (units sorted highest price first): b1g1 2, 4, 6, …; b2g1 3, 6, 9, …: 2 ≤ 3, 4 ≤ 6.
    BuyGetCase(new: (1, 1), old: (2, 1), isAtLeast: true),
    BuyGetCase(new: (2, 1), old: (1, 1), isAtLeast: false),
    // b2g2: 3, 4, 7, 8, …; b1g1: 2, 4, 6, 8: the first free unit is later (3 > 2), so not for every basket.
    BuyGetCase(new: (2, 2), old: (1, 1), isAtLeast: false),
    // b1g2: 2, 3, 5, 6, 8, 9; b1g1: 2, 4, 6, 8, 10, 12: 2 ≤ 2, 3 ≤ 4, 5 ≤ 6, 6 ≤ 8, …
    BuyGetCase(new: (1, 2), old: (1, 1), isAtLeast: true),
    // b3g2: 4, 5, 9, 10; b2g1: 3, 6, 9: the first is later (4 > 3).
    BuyGetCase(new: (3, 2), old: (2, 1), isAtLeast: false),
  ]

  @Test(arguments: buyGetCases) func buyGet(_ testCase: BuyGetCase) {
    #expect(
      BenefitOrder.isAtLeast(
        .buyGet(buy: testCase.new.buy, get: testCase.new.get, percentOff: .hundred),
        .buyGet(buy: testCase.old.buy, get: testCase.old.get, percentOff: .hundred))
        == testCase.isAtLeast)
  }

  @Test func shippingAndLineBenefitsNeverCompare() {
    let free = Benefit.shipping(.percentOff(.hundred))
    #expect(!BenefitOrder.isAtLeast(free, Benefit.percentOff(Self.percent(1))))
    #expect(!BenefitOrder.isAtLeast(Benefit.percentOff(.hundred), free))
  }

  @Test func aHundredPercentOffBeatsEveryLineBenefit() {
    let price = Money(minorUnits: 2_500, currency: .usd)
    #expect(BenefitOrder.isAtLeast(.percentOff(.hundred), .fixedPrice(price, quantity: 3)))
    #expect(BenefitOrder.isAtLeast(Benefit.percentOff(.hundred), Benefit.amountOff(price)))
    #expect(!BenefitOrder.isAtLeast(Benefit.percentOff(Self.percent(99)), Benefit.amountOff(price)))
  }

  @Test func aFixedPriceComparesOnlyWithTheSameGroupSize() {
    let price = Money(minorUnits: 2_000, currency: .usd)
    // 2 for $20 against 3 for $20: three $20 units give $40 off in a group of 3 but $20 off as one pair.
    #expect(
      !BenefitOrder.isAtLeast(.fixedPrice(price, quantity: 2), .fixedPrice(price, quantity: 3)))
    #expect(
      BenefitOrder.isAtLeast(
        .fixedPrice(Money(minorUnits: 1_900, currency: .usd), quantity: 3),
        .fixedPrice(price, quantity: 3)))
  }
}
