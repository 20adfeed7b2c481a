import Testing

@testable import PromoGuard

/// The automatic-campaign index rules out exactly the campaigns that fail on currency, window, channel or
/// audience (or need a customer the checkout lacks), and never one that could apply.
@Suite struct AutomaticIndexTests {
  /// The statuses the index decides without looking at the basket.
  static let indexed: StatusSet = {
    var set = StatusSet()
    let statuses: [CodeStatus] = [
      .wrongCurrency, .notYetActive, .expired, .wrongChannel, .notEligible, .customerRequired,
    ]
    for status in statuses { set.insert(status) }
    return set
  }()

  /// 300 automatic campaigns (five words of bits, several window snapshots): windows on different days
  /// around June 2026, some open-ended, channels, audiences by segment and by customer, per-customer limits,
  /// first-order conditions, three currencies, and targets and minimum spends the index does not look at.
  static func campaigns() -> [String] {
    (0..<300).map { index in
      var fields = ["\"benefit\": {\"percentOff\": \(1 + index % 30)}"]
      let day = 1 + index % 28
      let dayText = day < 10 ? "0\(day)" : "\(day)"
      switch index % 4 {
      case 0: fields.append("\"starts\": \"2026-06-\(dayText)\"")
      case 1: fields.append("\"ends\": \"2026-06-\(dayText)\"")
      case 2:
        fields.append("\"starts\": \"2026-05-\(dayText)\", \"ends\": \"2026-07-\(dayText)\"")
      default: break
      }
      switch index % 5 {
      case 0: fields.append("\"channels\": [\"web\"]")
      case 1: fields.append("\"channels\": [\"app\", \"store\"]")
      default: break
      }
      switch index % 7 {
      case 0: fields.append("\"audience\": {\"segments\": [\"vip\"]}")
      case 1: fields.append("\"audience\": {\"segments\": [\"staff\", \"vip\"]}")
      case 2: fields.append("\"audience\": {\"customers\": [\"c-\(index % 3)\"]}")
      case 3: fields.append("\"limits\": {\"perCustomer\": 1}")
      case 4: fields.append("\"conditions\": {\"firstOrder\": true}")
      default: break
      }
      if index % 11 == 0 {
        fields.append("\"target\": {\"include\": {\"categories\": [\"toys\"]}}")
      }
      if index % 13 == 0 && index % 7 != 4 {  // shape 4 has its own conditions
        fields.append("\"conditions\": {\"minSubtotal\": \"1000.00\"}")
      }
      let currency = index % 9 == 0 ? "EUR" : (index % 9 == 1 ? "JPY" : "USD")
      return EngineFixture.campaign(
        "auto-\(index)", code: nil, currency: currency, fields.joined(separator: ", "))
    }
  }

  struct CheckoutCase: Sendable, CustomTestStringConvertible {
    var at: String
    var channel: String?
    var customer: Checkout.Customer?
    var currency: Currency
    var testDescription: String {
      "\(at) \(channel ?? "no channel") \(customer?.id ?? "no customer") \(currency.code)"
    }
  }

  static let cases: [CheckoutCase] = [
    CheckoutCase(at: "2026-06-15T12:00:00Z", channel: "web", customer: nil, currency: .usd),
    CheckoutCase(
      at: "2026-06-15T12:00:00Z", channel: "web",
      customer: Checkout.Customer(id: "c-1", segments: ["vip"]), currency: .usd),
    CheckoutCase(
      at: "2026-06-01T00:00:00Z", channel: "store",
      customer: Checkout.Customer(id: "c-2", segments: ["staff"], orderCount: 2), currency: .usd),
    CheckoutCase(
      at: "2026-06-28T23:59:59.999999Z", channel: nil,
      customer: Checkout.Customer(id: nil, segments: []), currency: .usd),
    CheckoutCase(
      at: "2026-05-20T08:00:00Z", channel: "app",
      customer: Checkout.Customer(id: "c-0", segments: ["vip", "staff"]), currency: .eur),
    CheckoutCase(at: "2025-01-01T00:00:00Z", channel: "kiosk", customer: nil, currency: .usd),
    CheckoutCase(
      at: "2027-01-01T00:00:00Z", channel: "web",
      customer: Checkout.Customer(id: "c-1", segments: ["guest"]), currency: .usd),
    CheckoutCase(at: "2026-06-15T12:00:00Z", channel: "web", customer: nil, currency: .gbp),
  ]

  @Test(arguments: cases) func visitsExactlyTheCampaignsThatPassTheIndexedChecks(
    _ checkoutCase: CheckoutCase
  ) throws {
    let set = try EngineFixture.set(Self.campaigns())
    let checkout = try EngineFixture.checkout(
      [LineSpec(sku: "A", price: 2_000, categories: ["toys"])], currency: checkoutCase.currency,
      customer: checkoutCase.customer, at: EngineFixture.instant(checkoutCase.at),
      channel: checkoutCase.channel)
    let basket = try BasketState(checkout)
    var visited = [String]()
    set.automaticIndex.forEachCandidate(of: checkout) { campaign, _ in visited.append(campaign.id) }
    // Brute force: every automatic campaign in application order, checked in full.
    let automatic = set.campaigns.filter { $0.rules.activation == .automatic }
      .sorted { $0.rank < $1.rank }
    var expected = [String]()
    for campaign in automatic {
      let reasons = Eligibility(campaign, checkout: checkout, basket: basket, explain: true).reasons
      if reasons.intersection(Self.indexed).isEmpty { expected.append(campaign.id) }
      if Eligibility(campaign, checkout: checkout, basket: basket, explain: false).reasons.isEmpty {
        #expect(visited.contains(campaign.id), "\(campaign.id) can apply but was not visited")
      }
    }
    #expect(visited == expected)
  }

  @Test func ruledOutCampaignsDoNotChangeTheQuote() throws {
    // Two campaigns apply: 10% and 5% off, stacked, on a $20.00 line: 200¢, then 5% of 1,800¢ = 90¢.
    // The other 200 fail on window, channel, currency or audience, and add nothing.
    var campaigns = [
      EngineFixture.campaign("a-ten", code: nil, "\"benefit\": {\"percentOff\": 10}"),
      EngineFixture.campaign("b-five", code: nil, "\"benefit\": {\"percentOff\": 5}"),
    ]
    for index in 0..<200 {
      let failure = [
        "\"ends\": \"2026-01-01\"", "\"starts\": \"2027-01-01\"", "\"channels\": [\"store\"]",
        "\"audience\": {\"segments\": [\"vip\"]}",
      ][index % 4]
      let currency = index % 5 == 0 ? "EUR" : "USD"
      campaigns.append(
        EngineFixture.campaign(
          "x-\(index)", code: nil, currency: currency,
          "\(failure), \"benefit\": {\"percentOff\": 50}"))
    }
    let set = try EngineFixture.set(campaigns)
    let quote = try set.evaluate(
      EngineFixture.checkout(
        [LineSpec(sku: "A", price: 2_000)], customer: Checkout.Customer(id: "c", segments: ["new"]),
        channel: "web"))
    #expect(quote.applied.map(\.campaignID) == ["a-ten", "b-five"])
    #expect(quote.discount.minorUnits == 290)
  }
}
