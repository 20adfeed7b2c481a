import PromoGuard

/// A loaded campaign set and the checkout an evaluation case quotes against it.
struct BenchFixture: Sendable {
  /// The campaigns, loaded from generated JSON bytes.
  let campaigns: CampaignSet
  /// The checkout: the measured campaign's code, a signed-in customer, `web`, mid-2026.
  let checkout: Checkout
  /// The measured campaign's id.
  let measuredID: String
  /// The measured campaign's code, which the checkout enters.
  let measuredCode: String
  /// What the floor computes for this checkout: 20% of the `outerwear` lines, half up.
  let floorDiscount: Int64

  /// 2026-06-15T12:00:00Z, inside the measured campaign's window.
  static let now = Instant(microsecondsSinceEpoch: 1_781_524_800_000_000)

  /// Generates, loads and checks a fixture.
  ///
  /// - Parameters:
  ///   - codedCampaigns: How many coded campaigns to load, at least 1.
  ///   - automaticCampaigns: How many automatic campaigns to load (`automaticCampaigns(count:)`).
  ///   - ruledOutAutomatic: How many automatic campaigns to load that an index can rule out
  ///     (`automaticCampaignsRuledOut(count:)`).
  ///   - lines: How many lines the checkout has.
  ///   - codes: How many codes the checkout enters: the measured one first, then others.
  /// - Throws: `BenchError` when the generated campaigns do not load or the engine's quote is not the one
  ///   the benchmark expects (so a figure never measures a refused code).
  init(
    codedCampaigns: Int, automaticCampaigns: Int, ruledOutAutomatic: Int = 0, lines: Int,
    codes: Int = 1
  ) throws(BenchError) {
    var generator = CampaignGenerator(seed: 0x5EED_0000 &+ UInt64(codedCampaigns))
    let coded = generator.codedCampaigns(count: max(1, codedCampaigns))
    let automatic =
      generator.automaticCampaigns(count: automaticCampaigns)
      + generator.automaticCampaignsRuledOut(count: ruledOutAutomatic)
    let others = CampaignGenerator.otherEnteredIndices(
      max(0, codes - 1), count: max(1, codedCampaigns)
    ).map { coded.codes[$0] }
    let bytes = CampaignGenerator.file(automatic + coded.campaigns)
    do {
      self.campaigns = try CampaignSet(
        sources: [CampaignSource(path: "generated.json", bytes: bytes)])
    } catch {
      throw BenchError("the generated campaigns do not load:\n\(error)")
    }
    var checkout = Self.makeCheckout(lines: lines, code: coded.code)
    checkout.codes += others
    self.checkout = checkout
    self.measuredID = coded.measuredID
    self.measuredCode = coded.code
    self.floorDiscount = FloorDiscount.discount(
      checkout, category: CampaignGenerator.measuredCategory)
    try verify()
  }

  /// Quotes the checkout once.
  ///
  /// - Returns: The quote's total discount in minor units, for a checksum.
  /// - Throws: `EvaluationError` from the engine.
  func evaluate() throws(EvaluationError) -> Int64 {
    try campaigns.evaluate(checkout).discount.minorUnits
  }

  /// Checks that the engine applies the measured code and gives it exactly the floor's discount.
  private func verify() throws(BenchError) {
    let quote: Quote
    do {
      quote = try campaigns.evaluate(checkout)
    } catch {
      throw BenchError("the benchmark checkout cannot be evaluated: \(error)")
    }
    guard let code = quote.codes.first, code.status == .applied else {
      throw BenchError(
        "the measured code was not applied: \(quote.codes.map { "\($0.entered): \($0.status)" })")
    }
    guard let applied = quote.applied.first(where: { $0.campaignID.rawValue == measuredID }),
      applied.discount.minorUnits == floorDiscount
    else {
      throw BenchError(
        "the engine's discount for \(measuredID) differs from the floor's \(floorDiscount) minor units"
      )
    }
  }

  /// The benchmark checkout: two lines in three are `outerwear` (the measured campaign's target), the others
  /// `home` or `accessories`; prices from $5.00 to $204.99, quantities 1 to 3.
  ///
  /// - Parameters:
  ///   - lines: How many lines.
  ///   - code: The code entered.
  /// - Returns: The checkout.
  static func makeCheckout(lines: Int, code: String) -> Checkout {
    let basket = (0..<lines).map { index in
      let category =
        index % 3 != 2
        ? CampaignGenerator.measuredCategory : (index % 2 == 0 ? "home" : "accessories")
      return Checkout.Line(
        sku: "SKU-\(index)", name: "Item \(index)", categories: [category],
        tags: index % 4 == 0 ? ["new"] : [],
        unitPrice: Money(minorUnits: 500 + Int64(index * 7_919 % 20_000), currency: .usd),
        quantity: Int64(1 + index % 3))
    }
    return Checkout(
      currency: .usd, lines: basket, shipping: Money(minorUnits: 595, currency: .usd),
      customer: Checkout.Customer(id: "c-1", segments: ["email-subscribers"], orderCount: 3),
      channel: "web", at: now, codes: [code])
  }
}
