import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Shrinking keeps a finding while making its example smaller.
@Suite struct ShrinkerTests {
  static func line(_ sku: String, _ cents: Int64, _ quantity: Int64) -> Checkout.Line {
    Checkout.Line(sku: sku, unitPrice: Money(minorUnits: cents, currency: .usd), quantity: quantity)
  }

  @Test func rounderPricesComeRoundestFirst() {
    // 4,999: to the thousand 5,000 (up) and 4,000 (down); to the hundred 4,900 (5,000 already listed); to
    // the ten 4,990.
    #expect(Shrinker.rounderPrices(4_999) == [5_000, 4_000, 4_900, 4_990])
    // 5,000 has three zeros; nothing below ten thousand is rounder.
    #expect(Shrinker.rounderPrices(5_000) == [])
    #expect(Shrinker.rounderPrices(0) == [])
  }

  @Test func smallerQuantitiesTryOneThenHalfThenOneLess() {
    #expect(Shrinker.smallerQuantities(10) == [1, 5, 9])
    #expect(Shrinker.smallerQuantities(2) == [1])
    #expect(Shrinker.smallerQuantities(1) == [])
  }

  @Test func shrinkingReturnsTheMinimalExample() {
    let checkout = Checkout(
      currency: .usd,
      lines: [Self.line("A", 1_234, 3), Self.line("B", 4_999, 7), Self.line("C", 17, 1)],
      at: Instant(microsecondsSinceEpoch: 0), codes: ["X", "Y"], link: "https://l.example")
    let scenario = Scenario(index: 0, checkout: checkout, shape: .single)
    // The "finding": a line B costing at least $10.00.
    let (small, steps) = Shrinker.shrink(scenario, maximumSteps: 64) { candidate in
      candidate.checkout.lines.contains { $0.sku == "B" && $0.unitPrice.minorUnits >= 1_000 }
    }
    // Lines A and C go (2 steps), B's quantity 7 → 1 (1 step), 4,999 → 5,000 (1 step), codes Y and X go
    // (2 steps), the link goes (1 step): 7 steps.
    #expect(small.checkout.lines == [Self.line("B", 5_000, 1)])
    #expect(small.checkout.codes.isEmpty)
    #expect(small.checkout.link == nil)
    #expect(steps == 7)
  }

  @Test func shrinkingStopsAtTheStepCap() {
    let lines = (0..<10).map { Self.line("L\($0)", 100, 1) }
    let scenario = Scenario(
      index: 0,
      checkout: Checkout(currency: .usd, lines: lines, at: Instant(microsecondsSinceEpoch: 0)),
      shape: .single)
    let (small, steps) = Shrinker.shrink(scenario, maximumSteps: 3) { _ in true }
    #expect(steps == 3)
    #expect(small.checkout.lines.count == 7)
  }

  @Test func journeysShrinkByDroppingSteps() {
    let start = Checkout(currency: .usd, lines: [], at: Instant(microsecondsSinceEpoch: 0))
    let journey = Journey(
      name: "test", start: start,
      steps: [
        .enterCode("X"), .addLine(Self.line("A", 999, 4)), .signOut,
        .addLine(Self.line("B", 100, 1)),
      ])
    let scenario = Scenario(
      index: 0, checkout: journey.finalCheckout, shape: .journey(journey))
    // The "finding": the code is entered before a line is added.
    let (small, _) = Shrinker.shrink(scenario, maximumSteps: 64) { candidate in
      guard case .journey(let path) = candidate.shape, case .enterCode = path.steps.first else {
        return false
      }
      return path.steps.dropFirst().contains {
        if case .addLine = $0 { return true } else { return false }
      }
    }
    guard case .journey(let path) = small.shape else {
      Issue.record("the shape changed")
      return
    }
    // Steps 4, 3 go; then the last line goes, leaving A; A's quantity 4 → 1 and price 999 → 1,000.
    #expect(path.steps == [.enterCode("X"), .addLine(Self.line("A", 1_000, 1))])
    #expect(small.checkout == path.finalCheckout)
  }
}

/// Shipping goes when the finding does not need it.
@Suite struct ShrinkerShippingTests {
  @Test func shippingIsDroppedWhenTheFindingStaysWithoutIt() {
    let checkout = Checkout(
      currency: .usd, lines: [], shipping: Money(minorUnits: 595, currency: .usd),
      at: Instant(microsecondsSinceEpoch: 0), codes: ["X"])
    let scenario = Scenario(index: 0, checkout: checkout, shape: .single)
    // The "finding": code X is typed.
    let (small, steps) = Shrinker.shrink(scenario, maximumSteps: 64) { $0.checkout.codes == ["X"] }
    #expect(small.checkout.shipping == Money(minorUnits: 0, currency: .usd))
    #expect(steps == 1)
  }
}
