import PromoGuard
import Testing

/// Single use through the ledger: one pool code, many concurrent orders, exactly one wins.
@Suite struct PoolLedgerTests {
  static func redemption(_ code: String, singleUse: Bool = true) -> Redemption {
    var redemption = Redemption(campaignID: "welcome", totalLimit: nil, perCustomerLimit: nil)
    redemption.code = code
    redemption.isSingleUse = singleUse
    return redemption
  }

  @Test(arguments: [2, 3, 8, 32])
  func concurrentOrdersWithOneCodeHaveExactlyOneWinner(_ orders: Int) async {
    for iteration in 0..<50 {
      let ledger = InMemoryRedemptionLedger()
      let outcomes = await withTaskGroup(of: ReservationOutcome.self) { group in
        for order in 0..<orders {
          group.addTask {
            await ledger.reserve(
              orderID: "o-\(iteration)-\(order)", customerID: "c-\(order)",
              redemptions: [Self.redemption("WELCOME-7F3K-Q2ZD")])
          }
        }
        var outcomes = [ReservationOutcome]()
        for await outcome in group { outcomes.append(outcome) }
        return outcomes
      }
      #expect(outcomes.filter { $0 == .reserved }.count == 1)
      #expect(
        outcomes.filter { $0 == .limitReached(campaignID: "welcome", kind: "singleUse") }.count
          == orders - 1)
    }
  }

  @Test func aReleasedCodeGoesToTheNextOrderAndACommittedOneDoesNot() async {
    let ledger = InMemoryRedemptionLedger()
    let code = [Self.redemption("WELCOME-7F3K-Q2ZD")]
    #expect(await ledger.reserve(orderID: "o-1", customerID: "c-1", redemptions: code) == .reserved)
    #expect(
      await ledger.reserve(orderID: "o-2", customerID: "c-2", redemptions: code)
        == .limitReached(campaignID: "welcome", kind: "singleUse"))
    // Another code of the same pool is free.
    #expect(
      await ledger.reserve(
        orderID: "o-3", customerID: "c-3", redemptions: [Self.redemption("WELCOME-P4RS-T6UV")])
        == .reserved)
    #expect(await ledger.release(orderID: "o-1"))
    #expect(await ledger.reserve(orderID: "o-2", customerID: "c-2", redemptions: code) == .reserved)
    #expect(await ledger.commit(orderID: "o-2"))
    #expect(!(await ledger.release(orderID: "o-2")))
    #expect(
      await ledger.reserve(orderID: "o-4", customerID: "c-4", redemptions: code)
        == .limitReached(campaignID: "welcome", kind: "singleUse"))
  }

  @Test func aCodeThatIsNotSingleUseIsReservedAgain() async {
    let ledger = InMemoryRedemptionLedger()
    let code = [Self.redemption("WELCOME-7F3K-Q2ZD", singleUse: false)]
    #expect(await ledger.reserve(orderID: "o-1", customerID: "c-1", redemptions: code) == .reserved)
    #expect(await ledger.reserve(orderID: "o-2", customerID: "c-2", redemptions: code) == .reserved)
  }

  @Test func theQuotesRedemptionsCarryThePoolCodeAsWritten() throws {
    let campaigns = try PoolEvaluationTests.campaigns()
    let quote = try campaigns.evaluate(try PoolEvaluationTests.checkout("welcome 7f3k q2zd"))
    let redemptions = campaigns.redemptions(for: quote)
    #expect(redemptions.count == 1)
    #expect(redemptions.first?.code == "WELCOME-7F3K-Q2ZD")
    #expect(redemptions.first?.isSingleUse == true)
  }

  @Test func twoCheckoutsWithOneCodeThroughTheEngineAndTheLedger() async throws {
    let campaigns = try PoolEvaluationTests.campaigns()
    let ledger = InMemoryRedemptionLedger()
    for iteration in 0..<20 {
      let first = try campaigns.evaluate(try PoolEvaluationTests.checkout("WELCOME-P4RS-T6UV"))
      let second = try campaigns.evaluate(
        try PoolEvaluationTests.checkout("welcome p4rs t6uv", customer: "c-2"))
      // Both quotes apply the code: only the ledger can tell them apart.
      #expect(first.applied.count == 1 && second.applied.count == 1)
      let outcomes = await withTaskGroup(of: ReservationOutcome.self) { group in
        for (index, quote) in [first, second].enumerated() {
          group.addTask {
            await ledger.reserve(
              orderID: "o-\(iteration)-\(index)", customerID: nil,
              redemptions: campaigns.redemptions(for: quote))
          }
        }
        var outcomes = [ReservationOutcome]()
        for await outcome in group { outcomes.append(outcome) }
        return outcomes
      }
      #expect(outcomes.filter { $0 == .reserved }.count == 1)
      // Release the winner so the next iteration starts with the code free.
      for index in 0..<2 { _ = await ledger.release(orderID: "o-\(iteration)-\(index)") }
    }
  }
}
