import PromoGuard
import Testing

/// The in-memory ledger: limits hold under concurrency, reservations are idempotent by order, release and
/// commit behave as documented, and a quote's applied campaigns become redemptions.
@Suite struct InMemoryRedemptionLedgerTests {
  @Test func concurrentReservationsNeverExceedTheTotal() async {
    let ledger = InMemoryRedemptionLedger()
    let redemption = Redemption(campaignID: "flash", totalLimit: 137, perCustomerLimit: nil)
    let outcomes = await withTaskGroup(of: ReservationOutcome.self) { group in
      for order in 0..<5_000 {
        group.addTask {
          await ledger.reserve(orderID: "o-\(order)", customerID: nil, redemptions: [redemption])
        }
      }
      var outcomes = [ReservationOutcome]()
      for await outcome in group { outcomes.append(outcome) }
      return outcomes
    }
    // 137 reserved, 5000 − 137 = 4863 refused.
    #expect(outcomes.filter { $0 == .reserved }.count == 137)
    #expect(
      outcomes.filter { $0 == .limitReached(campaignID: "flash", kind: "total") }.count == 4_863)
    #expect(await ledger.usage(campaignID: "flash", customerID: nil).total == 137)
  }

  @Test func concurrentReservationsOfOneCustomer() async {
    let ledger = InMemoryRedemptionLedger()
    let redemption = Redemption(campaignID: "welcome", totalLimit: 1_000, perCustomerLimit: 3)
    let reserved = await withTaskGroup(of: Bool.self) { group in
      for order in 0..<1_000 {
        group.addTask {
          await ledger.reserve(orderID: "o-\(order)", customerID: "c-1", redemptions: [redemption])
            == .reserved
        }
      }
      var count = 0
      for await isReserved in group where isReserved { count += 1 }
      return count
    }
    #expect(reserved == 3)
    #expect(await ledger.usage(campaignID: "welcome", customerID: "c-1").customer == 3)
  }

  @Test func perCustomerLimit() async {
    let ledger = InMemoryRedemptionLedger()
    let redemption = Redemption(campaignID: "welcome", totalLimit: nil, perCustomerLimit: 2)
    #expect(
      await ledger.reserve(orderID: "o-1", customerID: "c-1", redemptions: [redemption])
        == .reserved)
    #expect(
      await ledger.reserve(orderID: "o-2", customerID: "c-1", redemptions: [redemption])
        == .reserved)
    #expect(
      await ledger.reserve(orderID: "o-3", customerID: "c-1", redemptions: [redemption])
        == .limitReached(campaignID: "welcome", kind: "perCustomer"))
    // Another customer has their own count.
    #expect(
      await ledger.reserve(orderID: "o-4", customerID: "c-2", redemptions: [redemption])
        == .reserved)
    // A guest cannot redeem a per-customer campaign.
    #expect(
      await ledger.reserve(orderID: "o-5", customerID: nil, redemptions: [redemption])
        == .limitReached(campaignID: "welcome", kind: "perCustomer"))
    let usage = await ledger.usage(campaignID: "welcome", customerID: "c-1")
    #expect(usage.total == 3)
    #expect(usage.customer == 2)
  }

  @Test func sameOrderTwiceCountsOnce() async {
    let ledger = InMemoryRedemptionLedger()
    let redemption = Redemption(campaignID: "sept-20", totalLimit: 5, perCustomerLimit: 1)
    #expect(
      await ledger.reserve(orderID: "o-1", customerID: "c-1", redemptions: [redemption])
        == .reserved)
    #expect(
      await ledger.reserve(orderID: "o-1", customerID: "c-1", redemptions: [redemption])
        == .alreadyReserved)
    let usage = await ledger.usage(campaignID: "sept-20", customerID: "c-1")
    #expect(usage.total == 1)
    #expect(usage.customer == 1)
  }

  @Test func allOrNothing() async {
    let ledger = InMemoryRedemptionLedger()
    let full = Redemption(campaignID: "full", totalLimit: 0, perCustomerLimit: nil)
    let open = Redemption(campaignID: "open", totalLimit: 10, perCustomerLimit: nil)
    #expect(
      await ledger.reserve(orderID: "o-1", customerID: nil, redemptions: [open, full])
        == .limitReached(campaignID: "full", kind: "total"))
    #expect(await ledger.usage(campaignID: "open", customerID: nil).total == 0)
  }

  @Test func releaseFreesAndCommitIsFinal() async {
    let ledger = InMemoryRedemptionLedger()
    let redemption = Redemption(campaignID: "one", totalLimit: 1, perCustomerLimit: nil)
    #expect(
      await ledger.reserve(orderID: "o-1", customerID: nil, redemptions: [redemption]) == .reserved)
    #expect(
      await ledger.reserve(orderID: "o-2", customerID: nil, redemptions: [redemption])
        == .limitReached(campaignID: "one", kind: "total"))
    #expect(await ledger.release(orderID: "o-1"))
    #expect(await ledger.usage(campaignID: "one", customerID: nil).total == 0)
    // Releasing again: no open reservation.
    #expect(await ledger.release(orderID: "o-1") == false)
    #expect(
      await ledger.reserve(orderID: "o-2", customerID: nil, redemptions: [redemption]) == .reserved)
    #expect(await ledger.commit(orderID: "o-2"))
    #expect(await ledger.commit(orderID: "o-2"))
    // Release after commit is refused and the count stays.
    #expect(await ledger.release(orderID: "o-2") == false)
    #expect(await ledger.usage(campaignID: "one", customerID: nil).total == 1)
    #expect(await ledger.commit(orderID: "never") == false)
    // Commit after release: the reservation is gone.
    #expect(await ledger.reserve(orderID: "o-3", customerID: nil, redemptions: []) == .reserved)
    #expect(await ledger.release(orderID: "o-3"))
    #expect(await ledger.commit(orderID: "o-3") == false)
  }

  @Test func redemptionsOfAQuote() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "limited", code: "LIMITED",
        "\"benefit\": {\"percentOff\": 10}, \"limits\": {\"total\": 500, \"perCustomer\": 1}"),
      EngineFixture.campaign("auto", code: nil, "\"benefit\": {\"amountOff\": \"1.00\"}"),
      EngineFixture.campaign(
        "refused", code: "REFUSED",
        "\"benefit\": {\"percentOff\": 10}, \"conditions\": {\"minSubtotal\": \"999.00\"}"),
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 5_000)], customer: Checkout.Customer(id: "c-1"),
        codes: ["LIMITED", "REFUSED"]))
    // Application order: same priority, so by id: "auto" then "limited"; "refused" is not applied.
    // Amounts (issue 11): auto $1.00 = 100¢; limited 10% of what auto left, 50.00 − 1.00 = 49.00 → 490¢.
    #expect(
      set.redemptions(for: quote) == [
        Redemption(
          campaignID: "auto", totalLimit: nil, perCustomerLimit: nil, amount: 100, budget: nil),
        Redemption(
          campaignID: "limited", totalLimit: 500, perCustomerLimit: 1, amount: 490, budget: nil),
      ])
  }
}
