import PromoGuard
import Testing

/// One percent-off or amount-off campaign on pseudo-random baskets, against a reference written from
/// Evaluation.md §5–6: exact amounts, one rounding, the cap of what is left, and largest-remainder allocation
/// (ties: the larger exact amount, then the earlier line).
@Suite struct ReferenceAllocationTests {
  /// A campaign of the table: its code, and its benefit as percentage millionths or amount in cents.
  struct Offer {
    var code: String
    var millionths: Int64?
    var cents: Int64?
    var rounding: String
  }

  static let offers: [Offer] = {
    var offers = [Offer]()
    for rounding in ["halfUp", "halfEven", "down"] {
      for millionths: Int64 in [100_000, 125_000, 333_333, 500_000, 999_999, 15] {
        offers.append(
          Offer(
            code: "P\(millionths)\(rounding)", millionths: millionths, cents: nil,
            rounding: rounding))
      }
      for cents: Int64 in [1, 2, 3, 100, 1_001, 99_999] {
        offers.append(
          Offer(code: "A\(cents)\(rounding)", millionths: nil, cents: cents, rounding: rounding))
      }
    }
    return offers
  }()

  static func campaignJSON(_ offer: Offer, index: Int) -> String {
    let benefit =
      if let millionths = offer.millionths {
        "{\"percentOff\": \"\(millionths / 10_000).\(String(millionths % 10_000 + 10_000).dropFirst())\"}"
      } else {
        "{\"amountOff\": \"\((offer.cents ?? 0) / 100).\(String((offer.cents ?? 0) % 100 + 100).dropFirst())\"}"
      }
    return EngineFixture.campaign(
      "offer-\(index)", code: offer.code,
      "\"benefit\": \(benefit), \"rounding\": \"\(offer.rounding)\"")
  }

  /// `numerator / denominator` rounded by `rule` (both positive).
  static func rounded(_ numerator: Int64, _ denominator: Int64, _ rule: String) -> Int64 {
    let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
    switch rule {
    case "down": return quotient
    case "halfUp": return 2 * remainder >= denominator ? quotient + 1 : quotient
    default:
      if 2 * remainder > denominator { return quotient + 1 }
      if 2 * remainder == denominator { return quotient % 2 == 0 ? quotient : quotient + 1 }
      return quotient
    }
  }

  /// The line discounts the specification gives.
  static func reference(_ offer: Offer, amounts: [Int64]) -> [Int64] {
    let left = amounts.reduce(0, +)
    guard left > 0 else { return amounts.map { _ in 0 } }
    // Exact amount of line k: numerators[k] / denominator.
    let numerators: [Int64]
    let denominator: Int64
    if let millionths = offer.millionths {
      numerators = amounts.map { $0 * millionths }
      denominator = 1_000_000
    } else {
      numerators = amounts.map { $0 * (offer.cents ?? 0) }
      denominator = left
    }
    let sum = numerators.reduce(0, +)
    let total = min(rounded(sum, denominator, offer.rounding), left)
    guard total > 0 else { return amounts.map { _ in 0 } }
    // Shares total × numerators[k] / sum: whole parts, then one unit each by largest remainder.
    var shares = numerators.map { total * $0 / sum }
    let remainders = numerators.map { total * $0 % sum }
    var extra = total - shares.reduce(0, +)
    let order = amounts.indices.filter { numerators[$0] > 0 }.sorted { a, b in
      if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
      if numerators[a] != numerators[b] { return numerators[a] > numerators[b] }
      return a < b
    }
    for k in order where extra > 0 && shares[k] < amounts[k] {
      shares[k] += 1
      extra -= 1
    }
    return shares
  }

  @Test func engineMatchesTheReference() throws {
    let set = try EngineFixture.set(
      Self.offers.enumerated().map { Self.campaignJSON($1, index: $0) })
    var generator = SplitMixGenerator(seed: 7)
    var discounted = 0
    for iteration in 0..<3_000 {
      let offer = Self.offers[Int.random(in: 0..<Self.offers.count, using: &generator)]
      let lines = (0..<Int.random(in: 1...6, using: &generator)).map { index in
        LineSpec(
          sku: "L\(index)",
          price: Bool.random(using: &generator)
            ? Int64.random(in: 0...12, using: &generator)
            : Int64.random(in: 0...5_000, using: &generator),
          quantity: Int64.random(in: 1...5, using: &generator))
      }
      let quote = try set.evaluate(EngineFixture.checkout(lines, codes: [offer.code]))
      let expected = Self.reference(offer, amounts: lines.map { $0.price * $0.quantity })
      #expect(
        quote.lines.map(\.discount.minorUnits) == expected,
        "iteration \(iteration): \(offer.code) on \(lines)")
      if expected.contains(where: { $0 > 0 }) { discounted += 1 }
    }
    #expect(discounted > 1_000)
  }
}
