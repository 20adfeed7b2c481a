import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The no-false-positive check: for campaigns without terms (promise = mechanics), the real engine's quotes of
/// seeded random checkouts, each campaign alone in its set, show no finding.
@Suite struct EngineCrossCheckTests {
  /// A seeded SplitMix64 generator, so every run checks the same scenarios.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A seed range of scenarios.
  struct Batch: Sendable, CustomTestStringConvertible {
    var seed: UInt64
    var count: Int
    var testDescription: String { "seed \(seed), \(count) scenarios" }
  }

  static let at = Instant(microsecondsSinceEpoch: 1_789_473_600_000_000)
  static let hour: Int64 = 3_600_000_000
  static let url = "https://shop.example/offer"

  static func money(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .usd) }

  static func percentage(_ random: inout SeededGenerator) -> Percentage {
    switch Int.random(in: 0..<3, using: &random) {
    case 0: Percentage(millionths: Int64.random(in: 1...100, using: &random) * 10_000)
    case 1: Percentage(millionths: Int64.random(in: 1...1_000_000, using: &random))
    default:
      Percentage(
        millionths: [50_000, 100_000, 150_000, 200_000, 333_300, 1_000_000].randomElement(
          using: &random) ?? 1)
    }
  }

  static func reward(_ random: inout SeededGenerator) -> Benefit.Reward {
    Bool.random(using: &random)
      ? .percentOff(percentage(&random))
      : .amountOff(money(Int64.random(in: 1...20_000, using: &random)))
  }

  static func benefit(_ random: inout SeededGenerator) -> Benefit {
    switch Int.random(in: 0..<6, using: &random) {
    case 0: return .percentOff(percentage(&random))
    case 1: return .amountOff(money(Int64.random(in: 1...20_000, using: &random)))
    case 2:
      return .fixedPrice(
        money(Int64.random(in: 0...30_000, using: &random)),
        quantity: Int64.random(in: 1...4, using: &random))
    case 3:
      let percent = Bool.random(using: &random) ? Percentage.hundred : percentage(&random)
      return .buyGet(
        buy: Int64.random(in: 1...3, using: &random), get: Int64.random(in: 1...2, using: &random),
        percentOff: percent)
    case 4:
      var minimum: Int64 = 0
      var tiers: [Benefit.Tier] = []
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        minimum += Int64.random(in: 1...10_000, using: &random)
        tiers.append(Benefit.Tier(minSubtotal: money(minimum), reward: reward(&random)))
      }
      return .tiers(tiers)
    default:
      return .shipping(reward(&random))
    }
  }

  static func campaign(_ random: inout SeededGenerator) -> Campaign {
    let automatic = Int.random(in: 0..<4, using: &random) == 0
    let categories = ["a", "b", "c"]
    var target = Target.everything
    switch Int.random(in: 0..<4, using: &random) {
    case 0:
      target.include = ProductSelector(categories: [categories.randomElement(using: &random) ?? "a"]
      )
    case 1: target.exclude = ProductSelector(tags: ["sale"])
    default: break
    }
    let maybe = { (random: inout SeededGenerator) in Int.random(in: 0..<4, using: &random) == 0 }
    let rules = Rules(
      currency: .usd,
      window: Window(
        starts: maybe(&random)
          ? Instant(microsecondsSinceEpoch: at.microsecondsSinceEpoch - hour) : nil,
        ends: maybe(&random)
          ? Instant(microsecondsSinceEpoch: at.microsecondsSinceEpoch + hour) : nil),
      activation: automatic ? .automatic : .codes(["SAVE"]),
      codeMatching: Bool.random(using: &random) ? .relaxed : .exact,
      audience: maybe(&random) ? Audience(segments: ["vip"], customers: ["c-7"]) : nil,
      channels: maybe(&random) ? ["web"] : nil,
      conditions: Conditions(
        minSubtotal: maybe(&random) ? money(Int64.random(in: 0...30_000, using: &random)) : nil,
        minQuantity: maybe(&random) ? Int64.random(in: 1...5, using: &random) : nil,
        firstOrder: maybe(&random)),
      target: target, benefit: benefit(&random),
      maxDiscount: maybe(&random) ? money(Int64.random(in: 1...5_000, using: &random)) : nil,
      maxItems: maybe(&random) ? Int64.random(in: 1...5, using: &random) : nil,
      limits: Limits(
        total: maybe(&random) ? Int64.random(in: 1...3, using: &random) : nil,
        perCustomer: maybe(&random) ? Int64.random(in: 1...2, using: &random) : nil),
      stacking: Stacking(exclusive: Bool.random(using: &random), priority: 0),
      rounding: RoundingRule.allCases.randomElement(using: &random) ?? .halfUp)
    let location = FileLocation(file: "random.json", line: 1, column: 1)
    let message = Message(
      id: "m1", channel: "email", audience: nil, sentAt: nil, advertises: nil,
      code: automatic ? nil : "SAVE",
      link: Message.Link(url: url, appliesCode: automatic ? nil : "SAVE"), location: location)
    return Campaign(
      id: "promo", name: "Promo", mechanics: rules, terms: nil, messages: [message],
      location: location)
  }

  static func checkout(_ random: inout SeededGenerator) -> Checkout {
    var lines: [Checkout.Line] = []
    for index in 0..<Int.random(in: 0...4, using: &random) {
      let price: Int64 =
        switch Int.random(in: 0..<4, using: &random) {
        case 0: Int64.random(in: 0...10, using: &random)
        case 1: [500, 1_000, 2_500, 10_000].randomElement(using: &random) ?? 0
        default: Int64.random(in: 0...15_000, using: &random)
        }
      let quantity =
        Int.random(in: 0..<10, using: &random) == 0
        ? Int64.random(in: 1...1_000, using: &random) : Int64.random(in: 1...4, using: &random)
      lines.append(
        Checkout.Line(
          sku: "S\(index)", categories: [["a", "b", "c"].randomElement(using: &random) ?? "a"],
          tags: Bool.random(using: &random) ? ["sale"] : [], unitPrice: money(price),
          quantity: quantity))
    }
    let customer: Checkout.Customer? =
      Bool.random(using: &random)
      ? Checkout.Customer(
        id: ["c-7", "c-8", nil].randomElement(using: &random) ?? nil,
        segments: Bool.random(using: &random) ? ["vip"] : [],
        orderCount: Int64.random(in: 0...1, using: &random),
        redemptions: ["promo": Int64.random(in: 0...2, using: &random)]) : nil
    let offsets: [Int64] = [-2 * hour, -1, 0, hour - 1, hour, 2 * hour]
    let offset: Int64 = offsets.randomElement(using: &random) ?? 0
    let codes = [
      [], ["SAVE"], ["save "], ["Sa-ve"], ["SAVE", "SAVE"], ["OTHER"], ["OTHER", "SAVE"],
    ]
    return Checkout(
      currency: Int.random(in: 0..<20, using: &random) == 0 ? .eur : .usd, lines: lines,
      shipping: money(
        Bool.random(using: &random) ? 0 : Int64.random(in: 0...2_000, using: &random)),
      customer: customer, redemptionTotals: ["promo": Int64.random(in: 0...3, using: &random)],
      channel: ["web", "app", nil].randomElement(using: &random) ?? nil,
      at: Instant(microsecondsSinceEpoch: Self.at.microsecondsSinceEpoch + offset),
      codes: codes.randomElement(using: &random) ?? [],
      link: Int.random(in: 0..<5, using: &random) == 0 ? " " + url : nil)
  }

  static let batches = [
    Batch(seed: 1, count: 2_500), Batch(seed: 2, count: 2_500), Batch(seed: 3, count: 2_500),
    Batch(seed: 4, count: 2_500),
  ]

  @Test(arguments: batches) func noFindingsOnTheEngine(_ batch: Batch) throws {
    var random = SeededGenerator(state: batch.seed)
    var disagreements: [String] = []
    for index in 0..<batch.count {
      let campaign = Self.campaign(&random)
      var checkout = Self.checkout(&random)
      if checkout.currency != .usd {
        checkout.lines = checkout.lines.map { line in
          var line = line
          line.unitPrice = Money(minorUnits: line.unitPrice.minorUnits, currency: checkout.currency)
          return line
        }
        checkout.shipping = Money(
          minorUnits: checkout.shipping.minorUnits, currency: checkout.currency)
      }
      let set = try CampaignSet(files: [
        CampaignFile(path: "random.json", campaigns: [campaign], catalog: nil)
      ])
      let quote = try set.evaluate(checkout)
      let judgement = PromiseOracle(campaign: campaign).judge(checkout)
      let findings =
        Classifier.classify(
          campaign: campaign, checkout: checkout, quote: quote, judgement: judgement)
        + Classifier.invariantViolations(checkout: checkout, quote: quote)
      for finding in findings where disagreements.count < 5 {
        disagreements.append(
          "#\(index) \(finding.kind): \(finding.summary) | promised \(finding.promised) | actual \(finding.actual)"
            + " | benefit \(campaign.mechanics.benefit) maxItems \(campaign.mechanics.maxItems.map(String.init) ?? "-")"
            + " lines \(checkout.lines.map { "\($0.unitPrice.minorUnits)×\($0.quantity)\($0.categories)\($0.tags)" })"
            + " codes \(checkout.codes)")
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
  }
}
