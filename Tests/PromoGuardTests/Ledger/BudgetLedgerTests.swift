import PromoGuard
import Testing

/// Issue 11: the ledger reserves amounts of a promotion budget with the same all-or-none, no-race guarantee
/// as counts.
@Suite struct BudgetLedgerTests {
  @Test func concurrentReservationsNeverExceedTheBudget() async {
    let ledger = InMemoryRedemptionLedger()
    // Budget $50.00; 500 orders of $7.00 each race for it: at most ⌊5000 / 700⌋ = 7 fit (7 × 700 = 4900 ≤
    // 5000; an 8th would make 5600 > 5000).
    let redemption = Redemption(
      campaignID: "autumn-10", totalLimit: nil, perCustomerLimit: nil, amount: 700, budget: 5_000)
    let outcomes = await withTaskGroup(of: ReservationOutcome.self) { group in
      for order in 0..<500 {
        group.addTask {
          await ledger.reserve(orderID: "o-\(order)", customerID: nil, redemptions: [redemption])
        }
      }
      var outcomes = [ReservationOutcome]()
      for await outcome in group { outcomes.append(outcome) }
      return outcomes
    }
    #expect(outcomes.filter { $0 == .reserved }.count == 7)
    // 500 − 7 = 493 refused.
    #expect(
      outcomes.filter { $0 == .limitReached(campaignID: "autumn-10", kind: "budget") }.count == 493)
    let usage = await ledger.usage(campaignID: "autumn-10", customerID: nil)
    #expect(usage.spent == 4_900)
    #expect(usage.spent <= 5_000)
  }

  @Test func mixedAmountsNeverExceedTheBudgetAndReleaseGivesBack() async {
    let ledger = InMemoryRedemptionLedger()
    // Amounts 1¢ … 300¢ race for a 10,000¢ budget; whatever the order, the reserved sum stays ≤ 10,000.
    let outcomes = await withTaskGroup(of: (Int64, ReservationOutcome).self) { group in
      for order in 1...300 {
        group.addTask {
          let redemption = Redemption(
            campaignID: "b", totalLimit: nil, perCustomerLimit: nil, amount: Int64(order),
            budget: 10_000)
          return (
            Int64(order),
            await ledger.reserve(orderID: "o-\(order)", customerID: nil, redemptions: [redemption])
          )
        }
      }
      var outcomes = [(Int64, ReservationOutcome)]()
      for await outcome in group { outcomes.append(outcome) }
      return outcomes
    }
    let reserved = outcomes.filter { $0.1 == .reserved }.map(\.0).reduce(0, +)
    #expect(reserved <= 10_000)
    #expect(await ledger.usage(campaignID: "b", customerID: nil).spent == reserved)
    // Releasing an order gives its amount back.
    if let first = outcomes.first(where: { $0.1 == .reserved }) {
      #expect(await ledger.release(orderID: "o-\(first.0)"))
      #expect(await ledger.usage(campaignID: "b", customerID: nil).spent == reserved - first.0)
    }
  }

  @Test func theLastOfTheBudgetIsReservedExactly() async {
    let ledger = InMemoryRedemptionLedger()
    let first = Redemption(
      campaignID: "b", totalLimit: nil, perCustomerLimit: nil, amount: 4_990, budget: 5_000)
    #expect(
      await ledger.reserve(orderID: "o-1", customerID: nil, redemptions: [first]) == .reserved)
    // 10¢ left: an order of 11¢ is refused, one of exactly 10¢ fits (4990 + 10 = 5000).
    let tooMuch = Redemption(
      campaignID: "b", totalLimit: nil, perCustomerLimit: nil, amount: 11, budget: 5_000)
    #expect(
      await ledger.reserve(orderID: "o-2", customerID: nil, redemptions: [tooMuch])
        == .limitReached(campaignID: "b", kind: "budget"))
    let rest = Redemption(
      campaignID: "b", totalLimit: nil, perCustomerLimit: nil, amount: 10, budget: 5_000)
    #expect(await ledger.reserve(orderID: "o-3", customerID: nil, redemptions: [rest]) == .reserved)
    #expect(await ledger.usage(campaignID: "b", customerID: nil).spent == 5_000)
  }
}
