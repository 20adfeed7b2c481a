import PromoGuard
import Testing

@Suite struct MoneyArithmeticTests {
  private func usd(_ minorUnits: Int64) -> Money {
    Money(minorUnits: minorUnits, currency: .usd)
  }

  @Test func addsSubtractsAndMultipliesExactly() throws {
    #expect(try usd(1_250).adding(usd(50)) == usd(1_300))
    #expect(try usd(50).subtracting(usd(1_250)) == usd(-1_200))
    #expect(try usd(1_999).multiplied(by: 3) == usd(5_997))
    #expect(try usd(1_999).multiplied(by: 0) == usd(0))
    #expect(try usd(1_999).multiplied(by: -2) == usd(-3_998))
  }

  @Test func keepsTheCurrency() throws {
    let yen = Money(minorUnits: 1_250, currency: .jpy)
    #expect(try yen.adding(yen).currency == .jpy)
    #expect(try yen.subtracting(yen).currency == .jpy)
    #expect(try yen.multiplied(by: 2).currency == .jpy)
  }

  @Test func reachesTheInt64EdgesWithoutThrowing() throws {
    #expect(try usd(.max - 1).adding(usd(1)) == usd(.max))
    #expect(try usd(.min + 1).subtracting(usd(1)) == usd(.min))
    #expect(try usd(.max).adding(usd(.min)) == usd(-1))
    #expect(try usd(.max).multiplied(by: 1) == usd(.max))
    #expect(try usd(.max).multiplied(by: -1) == usd(-Int64.max))
    #expect(try usd(4_611_686_018_427_387_904).multiplied(by: -2) == usd(.min))
  }

  @Test func throwsInsteadOfOverflowing() {
    #expect(throws: MoneyOverflow()) { try usd(.max).adding(usd(1)) }
    #expect(throws: MoneyOverflow()) { try usd(.min).adding(usd(-1)) }
    #expect(throws: MoneyOverflow()) { try usd(.min).subtracting(usd(1)) }
    #expect(throws: MoneyOverflow()) { try usd(0).subtracting(usd(.min)) }
    #expect(throws: MoneyOverflow()) { try usd(.min).multiplied(by: -1) }
    #expect(throws: MoneyOverflow()) { try usd(4_611_686_018_427_387_904).multiplied(by: 2) }
    #expect(throws: MoneyOverflow()) { try usd(Money.maximumMinorUnits).multiplied(by: 10_000) }
  }

  @Test func overflowSaysWhatHappened() {
    #expect(MoneyOverflow().description == "the amount is too large to compute exactly")
  }
}
