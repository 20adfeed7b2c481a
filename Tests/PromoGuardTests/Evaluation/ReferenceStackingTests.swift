import PromoGuard
import Testing

/// Random combinations of stacking and exclusive campaigns against a reference of Evaluation.md §7: the stack in
/// application order on what the ones before left, each exclusive alone on original prices, the larger wins
/// (lines plus shipping; an exclusive wins a tie; between exclusives, the first in application order).
@Suite struct ReferenceStackingTests {
  struct Entry {
    var id: String
    var code: String
    var priority: Int
    var exclusive: Bool
    /// Percentage millionths or amount in cents, on the lines or on shipping.
    var millionths: Int64?
    var cents: Int64?
    var shipping: Bool
  }

  static let entries = [
    Entry(
      id: "s-a", code: "SA", priority: 2, exclusive: false, millionths: 100_000, shipping: false),
    Entry(id: "s-b", code: "SB", priority: 0, exclusive: false, cents: 500, shipping: false),
    Entry(
      id: "s-c", code: "SC", priority: 0, exclusive: false, millionths: 125_000, shipping: false),
    Entry(
      id: "s-ship", code: "SSHIP", priority: 1, exclusive: false, millionths: 500_000,
      shipping: true),
    Entry(
      id: "x-a", code: "XA", priority: 0, exclusive: true, millionths: 200_000, shipping: false),
    Entry(id: "x-b", code: "XB", priority: 3, exclusive: true, cents: 1_500, shipping: false),
    Entry(id: "x-ship", code: "XSHIP", priority: 0, exclusive: true, cents: 800, shipping: true),
    Entry(id: "x-c", code: "XC", priority: 3, exclusive: true, cents: 1_500, shipping: false),
  ]

  static func json(_ entry: Entry) -> String {
    let reward =
      if let millionths = entry.millionths {
        "{\"percentOff\": \"\(millionths / 10_000).\(String(millionths % 10_000 + 10_000).dropFirst())\"}"
      } else {
        "{\"amountOff\": \"\((entry.cents ?? 0) / 100).\(String((entry.cents ?? 0) % 100 + 100).dropFirst())\"}"
      }
    let benefit = entry.shipping ? "{\"shipping\": \(reward)}" : reward
    return EngineFixture.campaign(
      entry.id, code: entry.code,
      "\"benefit\": \(benefit), \"stacking\": {\"exclusive\": \(entry.exclusive), \"priority\": \(entry.priority)}"
    )
  }

  /// One campaign on current amounts: its line shares and its shipping discount (halfUp).
  static func apply(_ entry: Entry, lines: [Int64], shipping: Int64) -> (
    lines: [Int64], shipping: Int64
  ) {
    if entry.shipping {
      guard shipping > 0 else { return (lines.map { _ in 0 }, 0) }
      if let millionths = entry.millionths {
        return (
          lines.map { _ in 0 },
          min(
            ReferenceAllocationTests.rounded(shipping * millionths, 1_000_000, "halfUp"), shipping)
        )
      }
      return (lines.map { _ in 0 }, min(entry.cents ?? 0, shipping))
    }
    let offer = ReferenceAllocationTests.Offer(
      code: entry.code, millionths: entry.millionths, cents: entry.cents, rounding: "halfUp")
    return (ReferenceAllocationTests.reference(offer, amounts: lines), 0)
  }

  @Test func engineMatchesTheReference() throws {
    let set = try EngineFixture.set(Self.entries.map(Self.json))
    var generator = SplitMixGenerator(seed: 77)
    var exclusiveWins = 0
    var stackWins = 0
    for iteration in 0..<2_000 {
      let lines = (0..<Int.random(in: 1...4, using: &generator)).map { index in
        LineSpec(
          sku: "L\(index)", price: Int64.random(in: 0...6_000, using: &generator),
          quantity: Int64.random(in: 1...3, using: &generator))
      }
      let shipping =
        Bool.random(using: &generator) ? Int64.random(in: 0...3_000, using: &generator) : 0
      let entered = Self.entries.filter { _ in Bool.random(using: &generator) }.shuffled(
        using: &generator)
      let quote = try set.evaluate(
        EngineFixture.checkout(lines, shipping: shipping, codes: entered.map(\.code)))

      let original = lines.map { $0.price * $0.quantity }
      let ordered = entered.sorted {
        $0.priority != $1.priority ? $0.priority > $1.priority : $0.id < $1.id
      }
      var current = original
      var currentShipping = shipping
      var stack = [(id: String, lines: [Int64], shipping: Int64)]()
      var value = [String: Int64]()
      for entry in ordered where !entry.exclusive {
        let result = Self.apply(entry, lines: current, shipping: currentShipping)
        let total = result.lines.reduce(0, +) + result.shipping
        value[entry.id] = total
        guard total > 0 else { continue }
        current = zip(current, result.lines).map { $0 - $1 }
        currentShipping -= result.shipping
        stack.append((entry.id, result.lines, result.shipping))
      }
      let stackValue = stack.reduce(Int64(0)) { $0 + $1.lines.reduce(0, +) + $1.shipping }
      var best: (id: String, lines: [Int64], shipping: Int64, value: Int64)?
      for entry in ordered where entry.exclusive {
        let result = Self.apply(entry, lines: original, shipping: shipping)
        let total = result.lines.reduce(0, +) + result.shipping
        value[entry.id] = total
        if total > (best?.value ?? 0) { best = (entry.id, result.lines, result.shipping, total) }
      }
      let winners: [String]
      let expectedLines: [Int64]
      let expectedShipping: Int64
      if let best, best.value >= stackValue {
        winners = [best.id]
        expectedLines = best.lines
        expectedShipping = best.shipping
        exclusiveWins += 1
      } else {
        winners = stack.map(\.id)
        expectedLines = zip(original, current).map { $0 - $1 }
        expectedShipping = shipping - currentShipping
        if !stack.isEmpty { stackWins += 1 }
      }
      let context = Comment(
        rawValue: "iteration \(iteration): \(entered.map(\.code)) on \(lines), shipping \(shipping)"
      )
      #expect(quote.applied.map(\.campaignID.rawValue) == winners, context)
      #expect(quote.lines.map(\.discount.minorUnits) == expectedLines, context)
      #expect(quote.shippingDiscount.minorUnits == expectedShipping, context)
      let expectedStatuses = entered.map { entry -> CodeStatus in
        if winners.contains(entry.id) { return .applied }
        return (value[entry.id] ?? 0) > 0 ? .notCombinable : .nothingToDiscount
      }
      #expect(quote.codes.map(\.status) == expectedStatuses, context)
      for code in quote.codes where code.status == .notCombinable {
        #expect(code.detail.winners.map(\.rawValue) == winners, context)
      }
    }
    #expect(exclusiveWins > 200)
    #expect(stackWins > 200)
  }
}
