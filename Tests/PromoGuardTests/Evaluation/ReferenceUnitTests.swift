import PromoGuard
import Testing

/// Unit-based benefits (buy/get, fixed price, maxItems) on pseudo-random baskets, sometimes after an earlier
/// campaign left fractional unit prices, against a reference that lists every unit (Evaluation.md §5–6).
@Suite struct ReferenceUnitTests {
  enum Kind {
    case buyGet(buy: Int, get: Int, percent: Int64)
    case fixedPrice(cents: Int64, quantity: Int)
    case percentOff(percent: Int64)
  }

  struct Offer {
    var code: String
    var kind: Kind
    var maxItems: Int?
    var json: String
    /// The campaign's cap, in cents.
    var maxDiscount: Int64?
  }

  static let offers: [Offer] = [
    Offer(
      code: "B2G1", kind: .buyGet(buy: 2, get: 1, percent: 100), maxItems: nil,
      json: "{\"buy\": 2, \"get\": 1}"),
    Offer(
      code: "B1G1HALF", kind: .buyGet(buy: 1, get: 1, percent: 50), maxItems: nil,
      json: "{\"buy\": 1, \"get\": 1, \"percentOff\": 50}"),
    Offer(
      code: "B3G2MAX", kind: .buyGet(buy: 3, get: 2, percent: 30), maxItems: 7,
      json: "{\"buy\": 3, \"get\": 2, \"percentOff\": 30}"),
    Offer(
      code: "THREE", kind: .fixedPrice(cents: 2_500, quantity: 3), maxItems: nil,
      json: "{\"fixedPrice\": \"25.00\", \"quantity\": 3}"),
    Offer(
      code: "TWO", kind: .fixedPrice(cents: 999, quantity: 2), maxItems: nil,
      json: "{\"fixedPrice\": \"9.99\", \"quantity\": 2}"),
    Offer(
      code: "FIVEMAX", kind: .fixedPrice(cents: 1_000, quantity: 2), maxItems: 5,
      json: "{\"fixedPrice\": \"10.00\", \"quantity\": 2}"),
    Offer(
      code: "CHEAP3", kind: .percentOff(percent: 40), maxItems: 3, json: "{\"percentOff\": 40}"),
    Offer(
      code: "CHEAP1", kind: .percentOff(percent: 100), maxItems: 1, json: "{\"percentOff\": 100}"),
  ]

  /// The earlier campaign, `"FIRST"`: $7.77 off the whole basket, priority 10.
  static let firstCents: Int64 = 777

  static var campaigns: [String] {
    [
      EngineFixture.campaign(
        "first", code: "FIRST",
        "\"benefit\": {\"amountOff\": \"7.77\"}, \"stacking\": {\"priority\": 10}")
    ]
      + offers.enumerated().map { index, offer in
        EngineFixture.campaign(
          "unit-\(index)", code: offer.code,
          "\"benefit\": \(offer.json)" + (offer.maxItems.map { ", \"maxItems\": \($0)" } ?? "")
            + (offer.maxDiscount.map {
              ", \"maxDiscount\": \"\($0 / 100).\(String($0 % 100 + 100).dropFirst())\""
            }
              ?? ""))
      }
  }

  /// Allocates `total` by largest remainder over exact amounts, never above a line's `room`.
  static func allocate(_ total: Int64, exact: [Fraction], room: [Int64]) -> [Int64] {
    let sum = exact.reduce(Fraction.zero, +)
    guard total > 0, sum > .zero else { return exact.map { _ in 0 } }
    let ideal = exact.map { Fraction(Int128(total)) * $0 / sum }
    var shares = ideal.indices.map { min(ideal[$0].floor, room[$0]) }
    var left = total - shares.reduce(0, +)
    let order = exact.indices.filter { exact[$0] > .zero }.sorted { a, b in
      let (ra, rb) = (ideal[a].fractionalPart, ideal[b].fractionalPart)
      if ra != rb { return ra > rb }
      if exact[a] != exact[b] { return exact[a] > exact[b] }
      return a < b
    }
    for k in order where left > 0 && shares[k] < room[k] {
      shares[k] += 1
      left -= 1
    }
    return shares
  }

  /// The line discounts of `offer` on lines whose current amounts are `current`.
  static func reference(_ offer: Offer, current: [Int64], quantities: [Int64]) -> [Int64] {
    struct Unit {
      var line: Int
      var price: Fraction
    }
    var units = [Unit]()
    for line in current.indices {
      for _ in 0..<quantities[line] {
        units.append(
          Unit(line: line, price: Fraction(Int128(current[line]), Int128(quantities[line]))))
      }
    }
    if let maxItems = offer.maxItems {
      // Units priced zero never count toward the cap (Evaluation.md §5).
      units = Array(
        units.filter { $0.price > .zero }.sorted {
          $0.price != $1.price ? $0.price < $1.price : $0.line < $1.line
        }.prefix(
          maxItems))
    }
    let pool = units.reduce(Fraction.zero) { $0 + $1.price }
    var exact = current.map { _ in Fraction.zero }
    let highestFirst = units.sorted {
      $0.price != $1.price ? $0.price > $1.price : $0.line < $1.line
    }
    switch offer.kind {
    case .percentOff(let percent):
      for unit in units {
        exact[unit.line] = exact[unit.line] + unit.price * Fraction(Int128(percent), 100)
      }
    case .buyGet(let buy, let get, let percent):
      let size = buy + get
      for start in stride(from: 0, to: highestFirst.count - size + 1, by: size) {
        for unit in highestFirst[(start + buy)..<(start + size)] {
          exact[unit.line] = exact[unit.line] + unit.price * Fraction(Int128(percent), 100)
        }
      }
    case .fixedPrice(let cents, let quantity):
      for start in stride(from: 0, to: highestFirst.count - quantity + 1, by: quantity) {
        let group = highestFirst[start..<(start + quantity)]
        let sum = group.reduce(Fraction.zero) { $0 + $1.price }
        guard sum > Fraction(Int128(cents)) else { continue }
        let saving = sum - Fraction(Int128(cents))
        for unit in group { exact[unit.line] = exact[unit.line] + saving * unit.price / sum }
      }
    }
    let total = min(
      exact.reduce(Fraction.zero, +).rounded("halfUp"), pool.floor, offer.maxDiscount ?? Int64.max)
    return allocate(total, exact: exact, room: current)
  }

  @Test func engineMatchesTheReference() throws {
    let set = try EngineFixture.set(Self.campaigns)
    var generator = SplitMixGenerator(seed: 2_026)
    var discounted = 0
    for iteration in 0..<1_500 {
      let offer = Self.offers[Int.random(in: 0..<Self.offers.count, using: &generator)]
      let withFirst = Bool.random(using: &generator)
      let lines = (0..<Int.random(in: 1...5, using: &generator)).map { index in
        LineSpec(
          sku: "L\(index)",
          price: [0, 500, 500, 999, 1_250].randomElement(using: &generator).map {
            $0 == 999 ? Int64.random(in: 1...3_000, using: &generator) : $0
          } ?? 0,
          quantity: Int64.random(in: 1...4, using: &generator))
      }
      let quote = try set.evaluate(
        EngineFixture.checkout(lines, codes: withFirst ? ["FIRST", offer.code] : [offer.code]))
      let original = lines.map { $0.price * $0.quantity }
      var current = original
      if withFirst {
        // $7.77 off in proportion to the line amounts, halfUp, capped by the basket.
        let first = Self.allocate(
          min(Self.firstCents, original.reduce(0, +)), exact: original.map { Fraction(Int128($0)) },
          room: original)
        current = zip(original, first).map { $0 - $1 }
      }
      let second = Self.reference(offer, current: current, quantities: lines.map(\.quantity))
      let expected = zip(original, current).map { $0 - $1 }.enumerated().map { $1 + second[$0] }
      #expect(
        quote.lines.map(\.discount.minorUnits) == expected,
        "iteration \(iteration): \(withFirst ? "FIRST + " : "")\(offer.code) on \(lines)")
      if second.contains(where: { $0 > 0 }) { discounted += 1 }
    }
    #expect(discounted > 500)
  }
}
