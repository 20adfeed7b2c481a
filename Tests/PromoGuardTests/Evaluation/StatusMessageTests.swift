import PromoGuard
import Testing

/// Every status of DESIGN.md with its detail numbers and the whole sentence of its message.
@Suite struct StatusMessageTests {
  struct StatusCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// The campaign's fields after id, name ("Offer"), currency and activation (code CODE).
    var fields: String
    var lines: [LineSpec] = [LineSpec(sku: "A", price: 4_200)]
    var customer: Checkout.Customer? = Checkout.Customer(id: "c-1")
    var channel: String?
    var totals: [String: Int64] = [:]
    var shipping: Int64 = 0
    var code = "CODE"
    var status: CodeStatus
    var reasons: [CodeStatus]
    var message: String
    var testDescription: String { name }
  }

  static let percent = "\"benefit\": {\"percentOff\": 10}"

  static let cases: [StatusCase] = [
    // 10% of 42.00 = 4.20.
    StatusCase(
      name: "applied", fields: percent, status: .applied, reasons: [],
      message: "Offer: you save $4.20"),
    StatusCase(
      name: "unknownCode", fields: percent, code: "NOPE", status: .unknownCode,
      reasons: [.unknownCode],
      message:
        "\"NOPE\" is not a code we recognise. Please check it was typed exactly as it appears in the offer."
    ),
    // One letter away from CODE: still no "did you mean".
    StatusCase(
      name: "unknownCode close to a real code", fields: percent, code: " CODX ",
      status: .unknownCode, reasons: [.unknownCode],
      message:
        "\"CODX\" is not a code we recognise. Please check it was typed exactly as it appears in the offer."
    ),
    StatusCase(
      name: "wrongChannel", fields: percent + ", \"channels\": [\"app\", \"store\"]",
      channel: "web",
      status: .wrongChannel, reasons: [.wrongChannel],
      message: "\"Offer\" can only be used via app or store; this order was placed via web."),
    StatusCase(
      name: "wrongChannel without a channel", fields: percent + ", \"channels\": [\"app\"]",
      status: .wrongChannel, reasons: [.wrongChannel],
      message: "\"Offer\" can only be used via app; this order did not say where it was placed."),
    StatusCase(
      name: "notEligible by segment",
      fields: percent + ", \"audience\": {\"segments\": [\"vip\", \"staff\"]}",
      customer: Checkout.Customer(id: "c-1", segments: ["regular"]), status: .notEligible,
      reasons: [.notEligible],
      message:
        "\"Offer\" is only for customers in the groups vip or staff; this customer's account is not in any of them."
    ),
    StatusCase(
      name: "notEligible, customer-bound",
      fields: percent + ", \"audience\": {\"customers\": [\"c-7\"]}",
      status: .notEligible, reasons: [.notEligible],
      message:
        "The code CODE belongs to a particular customer's account and cannot be used on this account."
    ),
    StatusCase(
      name: "customerRequired by audience",
      fields: percent + ", \"audience\": {\"segments\": [\"vip\"]}",
      customer: nil, status: .customerRequired, reasons: [.customerRequired],
      message: "\"Offer\" is for signed-in customers: please sign in to use the code CODE."),
    StatusCase(
      name: "customerRequired by perCustomer",
      fields: percent + ", \"limits\": {\"perCustomer\": 1}",
      customer: nil, status: .customerRequired, reasons: [.customerRequired],
      message: "\"Offer\" is for signed-in customers: please sign in to use the code CODE."),
    StatusCase(
      name: "customerRequired by firstOrder",
      fields: percent + ", \"conditions\": {\"firstOrder\": true}", customer: nil,
      status: .customerRequired, reasons: [.customerRequired],
      message: "\"Offer\" is for signed-in customers: please sign in to use the code CODE."),
    StatusCase(
      name: "limitReached total", fields: percent + ", \"limits\": {\"total\": 100}",
      totals: ["offer": 100], status: .limitReached, reasons: [.limitReached],
      message:
        "\"Offer\" has been redeemed the most times allowed (100 of 100) and is no longer available."
    ),
    StatusCase(
      name: "limitReached total in thousands", fields: percent + ", \"limits\": {\"total\": 1000}",
      totals: ["offer": 1000], status: .limitReached, reasons: [.limitReached],
      message:
        "\"Offer\" has been redeemed the most times allowed (1,000 of 1,000) and is no longer available."
    ),
    StatusCase(
      name: "total one under the limit", fields: percent + ", \"limits\": {\"total\": 100}",
      totals: ["offer": 99], status: .applied, reasons: [], message: "Offer: you save $4.20"),
    StatusCase(
      name: "limitReached perCustomer", fields: percent + ", \"limits\": {\"perCustomer\": 1}",
      customer: Checkout.Customer(id: "c-1", redemptions: ["offer": 1]), status: .limitReached,
      reasons: [.limitReached],
      message: "This customer has already used \"Offer\" the most times allowed (1 of 1)."),
    // 50.00 − 42.00 = 8.00 missing.
    StatusCase(
      name: "conditionsNotMet minSubtotal",
      fields: percent + ", \"conditions\": {\"minSubtotal\": \"50.00\"}", status: .conditionsNotMet,
      reasons: [.conditionsNotMet],
      message:
        "To use \"Offer\": spend at least $50.00 on eligible items (the basket has $42.00 — add $8.00 of eligible items)."
    ),
    StatusCase(
      name: "conditionsNotMet minQuantity and firstOrder",
      fields: percent + ", \"conditions\": {\"minQuantity\": 3, \"firstOrder\": true}",
      customer: Checkout.Customer(id: "c-1", orderCount: 2), status: .conditionsNotMet,
      reasons: [.conditionsNotMet],
      message:
        "To use \"Offer\": buy at least 3 eligible items (the basket has 1 — add 2 more); it is for a customer's first order only (this customer has placed 2 orders before)."
    ),
    StatusCase(
      name: "conditionsNotMet group size", fields: "\"benefit\": {\"buy\": 2, \"get\": 1}",
      lines: [LineSpec(sku: "A", price: 1_000, quantity: 2)], status: .conditionsNotMet,
      reasons: [.conditionsNotMet],
      message: "To use \"Offer\": the offer needs 3 eligible items (the basket has 2 — add 1 more)."
    ),
    // 100.00 − 42.00 = 58.00 missing.
    StatusCase(
      name: "conditionsNotMet tier",
      fields: "\"benefit\": {\"tiers\": [{\"minSubtotal\": \"100.00\", \"percentOff\": 10}]}",
      status: .conditionsNotMet, reasons: [.conditionsNotMet],
      message:
        "To use \"Offer\": spend at least $100.00 on eligible items to reach the first tier (the basket has $42.00 — add $58.00 of eligible items)."
    ),
    StatusCase(
      name: "nothingToDiscount, no target line",
      fields: percent + ", \"target\": {\"include\": {\"skus\": [\"B\"]}}",
      status: .nothingToDiscount, reasons: [.nothingToDiscount],
      message: "None of the items in the basket are part of \"Offer\"."),
    StatusCase(
      name: "nothingToDiscount, free items", fields: percent,
      lines: [LineSpec(sku: "A", price: 0)], status: .nothingToDiscount,
      reasons: [.nothingToDiscount],
      message:
        "The items \"Offer\" applies to have nothing left to discount: they are free or already fully discounted by another offer."
    ),
    // 1% of 0.42 = 0.42¢ → 0¢.
    StatusCase(
      name: "nothingToDiscount, rounds to zero", fields: "\"benefit\": {\"percentOff\": 1}",
      lines: [LineSpec(sku: "A", price: 42)], status: .nothingToDiscount,
      reasons: [.nothingToDiscount],
      message: "\"Offer\" would take off less than $0.01 on this basket, so nothing was discounted."
    ),
    StatusCase(
      name: "nothingToDiscount, already cheaper",
      fields: "\"benefit\": {\"fixedPrice\": \"50.00\", \"quantity\": 1}",
      status: .nothingToDiscount,
      reasons: [.nothingToDiscount],
      message:
        "The eligible items already cost less than the \"Offer\" price, so there is nothing to take off."
    ),
    StatusCase(
      name: "nothingToDiscount, no shipping",
      fields: "\"benefit\": {\"shipping\": {\"percentOff\": 100}}", status: .nothingToDiscount,
      reasons: [.nothingToDiscount],
      message: "There is no shipping charge on this order for \"Offer\" to take off."),
    // Free shipping of 5.95.
    StatusCase(
      name: "applied on shipping", fields: "\"benefit\": {\"shipping\": {\"percentOff\": 100}}",
      shipping: 595, status: .applied, reasons: [], message: "Offer: you save $5.95"),
    // Several reasons: the status is the first, the detail lists all.
    StatusCase(
      name: "first reason wins: notYetActive",
      fields:
        percent + ", \"starts\": \"2030-01-01\", \"channels\": [\"app\"], "
        + "\"audience\": {\"segments\": [\"vip\"]}, \"limits\": {\"total\": 1}",
      channel: "web", totals: ["offer": 1], status: .notYetActive,
      reasons: [.notYetActive, .wrongChannel, .notEligible, .limitReached],
      message:
        "The code CODE for \"Offer\" can be used from 1 January 2030 at 00:00 (UTC); it is not active yet."
    ),
    StatusCase(
      name: "first reason wins: customerRequired",
      fields:
        percent + ", \"audience\": {\"segments\": [\"vip\"]}, \"limits\": {\"total\": 1}, "
        + "\"conditions\": {\"minSubtotal\": \"50.00\"}",
      customer: nil, totals: ["offer": 0], status: .customerRequired,
      reasons: [.customerRequired, .conditionsNotMet],
      message: "\"Offer\" is for signed-in customers: please sign in to use the code CODE."),
    // Issue 11: signing in would not help a guest with an offer that is used up, so it is not asked for.
    StatusCase(
      name: "a guest is told a used-up offer is used up",
      fields:
        percent + ", \"audience\": {\"segments\": [\"vip\"]}, \"limits\": {\"total\": 1}, "
        + "\"conditions\": {\"minSubtotal\": \"50.00\"}",
      customer: nil, totals: ["offer": 5], status: .limitReached,
      reasons: [.limitReached, .conditionsNotMet],
      message:
        "\"Offer\" has been redeemed the most times allowed (5 of 1) and is no longer available."),
    // Issue 11: a shipping offer on an order without shipping says so, even when no line is a target.
    StatusCase(
      name: "a shipping offer without shipping",
      fields:
        "\"benefit\": {\"shipping\": {\"percentOff\": 100}}, \"target\": {\"include\": {\"skus\": [\"B\"]}}",
      status: .nothingToDiscount, reasons: [.nothingToDiscount],
      message: "There is no shipping charge on this order for \"Offer\" to take off."),
    StatusCase(
      name: "first reason wins: expired before wrongChannel",
      fields: percent + ", \"ends\": \"2020-01-01\", \"channels\": [\"app\"]", channel: "web",
      status: .expired, reasons: [.expired, .wrongChannel],
      message:
        "The offer \"Offer\" ended on 1 January 2020 at 00:00 (UTC), so the code CODE can no longer be used."
    ),
  ]

  @Test(arguments: cases) func statusDetailAndMessage(_ statusCase: StatusCase) throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign("offer", name: "Offer", code: "CODE", statusCase.fields)
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout(
        statusCase.lines, shipping: statusCase.shipping, customer: statusCase.customer,
        codes: [statusCase.code], channel: statusCase.channel, totals: statusCase.totals))
    let code = try #require(quote.codes.first)
    #expect(code.status == statusCase.status)
    #expect(code.detail.reasons == statusCase.reasons)
    #expect(code.message == statusCase.message)
    #expect(code.entered.rawValue == statusCase.code)
    #expect(code.campaignID == (statusCase.status == .unknownCode ? nil : "offer"))
    if statusCase.status != .applied {
      #expect(quote.discount.minorUnits == 0 && quote.shippingDiscount.minorUnits == 0)
    }
  }

  @Test func detailNumbers() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "offer", name: "Offer", code: "CODE",
        Self.percent
          + ", \"channels\": [\"app\"], \"audience\": {\"segments\": [\"vip\"], \"customers\": [\"c-9\"]}, "
          + "\"limits\": {\"total\": 10, \"perCustomer\": 2}")
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 100)],
        customer: Checkout.Customer(id: "c-1", redemptions: ["offer": 2]), codes: ["CODE"],
        channel: "web", totals: ["offer": 3]))
    let detail = try #require(quote.codes.first?.detail)
    #expect(detail.reasons == [.wrongChannel, .notEligible, .limitReached])
    #expect(detail.allowedChannels == ["app"])
    #expect(detail.checkoutChannel == "web")
    #expect(detail.audienceSegments == ["vip"])
    #expect(detail.isCustomerBound)
    // The total (3 of 10) is not reached; the customer's 2 of 2 is.
    #expect(detail.limit?.kind == "perCustomer")
    #expect(detail.limit?.allowed == 2)
    #expect(detail.limit?.used == 2)
  }

  @Test func nothingReasons() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "offer", code: "CODE", "\"benefit\": {\"fixedPrice\": \"50.00\", \"quantity\": 1}")
    ])
    let quote = try set.evaluate(
      EngineFixture.checkout([LineSpec(sku: "A", price: 4_200)], codes: ["CODE"]))
    #expect(quote.codes.first?.detail.nothingReason == .alreadyCheaper)
  }
}
