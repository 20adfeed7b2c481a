import PromoGuard
import Testing

/// Quote invariants on thousands of pseudo-random checkouts against a fixed set of varied campaigns.
@Suite struct QuoteInvariantTests {
  static let campaigns = [
    EngineFixture.campaign(
      "auto-ten", code: nil, "\"benefit\": {\"percentOff\": 10}, \"stacking\": {\"priority\": 1}"),
    EngineFixture.campaign(
      "throws-15", code: "THROWS15",
      "\"benefit\": {\"percentOff\": 15}, \"target\": {\"include\": {\"categories\": [\"throws\"]}}"
    ),
    EngineFixture.campaign(
      "seven-off", code: "SEVEN",
      "\"benefit\": {\"amountOff\": \"7.00\"}, \"maxDiscount\": \"5.00\", \"rounding\": \"halfEven\""
    ),
    EngineFixture.campaign(
      "b2g1", code: "B2G1",
      "\"benefit\": {\"buy\": 2, \"get\": 1, \"percentOff\": 50}, \"maxItems\": 7"),
    EngineFixture.campaign(
      "three-for-20", code: "THREE", "\"benefit\": {\"fixedPrice\": \"20.00\", \"quantity\": 3}"),
    EngineFixture.campaign(
      "tiers", code: "TIERS",
      "\"benefit\": {\"tiers\": [{\"minSubtotal\": \"20.00\", \"amountOff\": \"3.33\"}, "
        + "{\"minSubtotal\": \"80.00\", \"percentOff\": \"33.3333\"}]}, \"rounding\": \"down\", "
        + "\"target\": {\"exclude\": {\"tags\": [\"final\"]}}"),
    EngineFixture.campaign(
      "half-ship", code: "SHIP", "\"benefit\": {\"shipping\": {\"percentOff\": 50}}"),
    EngineFixture.campaign(
      "ship-five", code: "SHIP5", "\"benefit\": {\"shipping\": {\"amountOff\": \"5.00\"}}"),
    EngineFixture.campaign(
      "vip", code: "VIP",
      "\"benefit\": {\"percentOff\": 25}, \"maxItems\": 2, \"stacking\": {\"exclusive\": true, \"priority\": 3}"
    ),
    EngineFixture.campaign(
      "excl-amount", code: "EXCL",
      "\"benefit\": {\"amountOff\": \"12.34\"}, \"stacking\": {\"exclusive\": true}"),
    EngineFixture.campaign(
      "min-spend", code: "MIN",
      "\"benefit\": {\"percentOff\": \"12.5\"}, \"conditions\": {\"minSubtotal\": \"40.00\", \"minQuantity\": 2}"
    ),
  ]

  static let codes = [
    "THROWS15", "seven", "B2G1", "three", "Tiers", "SHIP", "ship-5", "VIP", "EXCL", "MIN", "NOPE",
  ]

  static func randomCheckout(_ generator: inout SplitMixGenerator) -> Checkout {
    let categories = ["throws", "rugs", "lamps"]
    let lineCount = Int.random(in: 1...6, using: &generator)
    let lines = (0..<lineCount).map { index in
      let price: Int64 =
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: 0
        case 1: Int64.random(in: 1...9, using: &generator)
        default: Int64.random(in: 1...20_000, using: &generator)
        }
      let quantity: Int64 =
        Int.random(in: 0..<8, using: &generator) == 0
        ? Int64.random(in: 6...40, using: &generator) : Int64.random(in: 1...5, using: &generator)
      return LineSpec(
        sku: "SKU\(index)", price: price, quantity: quantity,
        categories: [categories[Int.random(in: 0..<categories.count, using: &generator)]],
        tags: Bool.random(using: &generator) ? ["final"] : [])
    }
    let codeCount = Int.random(in: 0...4, using: &generator)
    let entered = (0..<codeCount).map { _ in
      Self.codes[Int.random(in: 0..<Self.codes.count, using: &generator)]
    }
    let shipping =
      Bool.random(using: &generator) ? Int64.random(in: 0...2_000, using: &generator) : 0
    return EngineFixture.checkout(lines, shipping: shipping, codes: entered)
  }

  @Test func invariantsHoldOnRandomCheckouts() throws {
    let set = try EngineFixture.set(Self.campaigns)
    var generator = SplitMixGenerator(seed: 0x5EED_2026)
    var seen = Set<String>()
    for iteration in 0..<3_000 {
      let checkout = Self.randomCheckout(&generator)
      let quote = try set.evaluate(checkout)
      let context = Comment(rawValue: "iteration \(iteration): \(checkout)")
      let lineDiscounts = quote.lines.reduce(Int64(0)) { $0 + $1.discount.minorUnits }
      #expect(lineDiscounts == quote.discount.minorUnits, context)
      #expect(
        quote.applied.reduce(Int64(0)) { $0 + $1.discount.minorUnits } == quote.discount.minorUnits,
        context)
      #expect(
        quote.applied.reduce(Int64(0)) { $0 + $1.shippingDiscount.minorUnits }
          == quote.shippingDiscount.minorUnits, context)
      for applied in quote.applied {
        #expect(applied.lineDiscounts.reduce(0, +) == applied.discount.minorUnits, context)
        #expect(applied.lineDiscounts.allSatisfy { $0 >= 0 }, context)
        #expect(applied.discount.minorUnits + applied.shippingDiscount.minorUnits > 0, context)
      }
      for line in quote.lines {
        #expect(line.discount.minorUnits >= 0, context)
        #expect(line.total.minorUnits >= 0, context)
        #expect(
          line.total.minorUnits == line.subtotal.minorUnits - line.discount.minorUnits, context)
      }
      #expect(quote.shippingDiscount.minorUnits >= 0, context)
      #expect(quote.shipping.minorUnits - quote.shippingDiscount.minorUnits >= 0, context)
      #expect(quote.total.minorUnits >= 0, context)
      #expect(
        quote.total.minorUnits
          == quote.subtotal.minorUnits - quote.discount.minorUnits + quote.shipping.minorUnits
          - quote.shippingDiscount.minorUnits, context)
      let appliedIDs = Set(quote.applied.map(\.campaignID.rawValue))
      seen.formUnion(appliedIDs)
      for code in quote.codes where code.status == .applied {
        #expect(code.campaignID.map { appliedIDs.contains($0.rawValue) } == true, context)
      }
      // Every applied campaign that has a code shows it as applied exactly once.
      for applied in quote.applied where applied.code != nil {
        #expect(
          quote.codes.filter { $0.campaignID == applied.campaignID && $0.status == .applied }.count
            == 1, context)
      }
      #expect(quote.codes.count == checkout.codes.count, context)
    }
    // The run is not vacuous: every campaign applied in some checkout.
    #expect(seen.count == Self.campaigns.count)
  }
}
