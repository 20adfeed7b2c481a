import Testing

@testable import PromoGuard

/// The per-evaluation working memory: scratch buffers on the stack or the heap, the boxed code detail of an
/// eligibility, and evaluations that share nothing between runs or threads.
@Suite struct EvaluationScratchTests {
  /// Element counts below, at and above the stack limit (1,024 bytes = 128 `Int`s).
  @Test(arguments: [0, 1, 10, 128, 129, 5_000] as [Int])
  func scratchHoldsWhatIsWritten(_ count: Int) {
    let sum = Scratch.with(Int.self, count: count) { buffer in
      #expect(buffer.count >= count)
      for index in 0..<count { buffer.initializeElement(at: index, to: index) }
      var sum = 0
      for index in 0..<count { sum += buffer[index] }
      return sum
    }
    // 0 + 1 + … + (count − 1) = count · (count − 1) / 2.
    #expect(sum == count * (count - 1) / 2)
  }

  /// 200 lines (1,600 bytes of remainders: the heap path of `Scratch`), each with the exact amount 100/3¢.
  @Test func leftoverUnitsOnALargeBasketGoToTheEarliestLines() throws {
    // Σ = 200 × 100/3 = 20,000/3 = 6,666.67¢, half up 6,667¢. Each line: ⌊6,667 × 100 / 20,000⌋ = ⌊33.335⌋ =
    // 33¢, 200 × 33 = 6,600¢, 67¢ left; equal remainders and amounts → lines 0…66 take one more:
    // 67 × 34 + 133 × 33 = 2,278 + 4,389 = 6,667.
    let expected = (0..<200).map { $0 < 67 ? Int64(34) : 33 }
    let capacity = [Int64](repeating: 100, count: 200)
    let lines = Array(0..<200)
    let small = try Allocation.rounded(
      ExactAmounts<ExactInt64>(
        lines: lines, numerators: Array(repeating: ExactInt64(100), count: 200),
        denominator: ExactInt64(3), cap: 20_000),
      rounding: .halfUp, maxDiscount: nil, capacity: capacity)
    let wide = try Allocation.rounded(
      ExactAmounts<Int128>(
        lines: lines, numerators: Array(repeating: 100, count: 200), denominator: 3, cap: 20_000),
      rounding: .halfUp, maxDiscount: nil, capacity: capacity)
    let big = try Allocation.rounded(
      ExactAmounts<BigInt>(
        lines: lines, numerators: Array(repeating: BigInt(Int64(100)), count: 200),
        denominator: BigInt(Int64(3)), cap: 20_000),
      rounding: .halfUp, maxDiscount: nil, capacity: capacity)
    for rounded in [small, wide, big] {
      #expect(rounded.total == 6_667)
      #expect(rounded.amounts == expected)
      #expect(rounded.lines == lines)
    }
  }

  /// A line that is full passes its leftover unit to the next line in order (heap path, second pass).
  @Test func aFullLinePassesItsLeftoverUnitOn() throws {
    // 150 lines of 100/3¢ each: Σ = 15,000/3 = 5,000¢ exactly; each ⌊5,000 × 100 / 15,000⌋ = 33¢,
    // remainder 5,000 × 100 − 33 × 15,000 = 5,000; 150 × 33 = 4,950¢, 50¢ left for lines 0…49 — but line 0
    // can take only 33¢, so lines 1…50 take 34¢: 50 × 34 + 100 × 33 = 1,700 + 3,300 = 5,000.
    var capacity = [Int64](repeating: 100, count: 150)
    capacity[0] = 33
    let rounded = try Allocation.rounded(
      ExactAmounts<ExactInt64>(
        lines: Array(0..<150), numerators: Array(repeating: ExactInt64(100), count: 150),
        denominator: ExactInt64(3), cap: 15_000),
      rounding: .halfUp, maxDiscount: nil, capacity: capacity)
    #expect(rounded.total == 5_000)
    #expect(rounded.amounts == (0..<150).map { $0 >= 1 && $0 <= 50 ? Int64(34) : 33 })
  }

  /// An eligibility's detail is copied before it is written when another eligibility shares it.
  @Test func eligibilityDetailIsCopiedOnWrite() throws {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "spend", code: "SPEND",
        #""conditions": {"minSubtotal": "50.00"}, "benefit": {"percentOff": 10}"#)
    ])
    let checkout = EngineFixture.checkout([LineSpec(sku: "A", price: 2_000)], codes: ["SPEND"])
    let basket = try BasketState(checkout)
    let campaign = try #require(set.campaigns.first)
    let first = Eligibility(campaign, checkout: checkout, basket: basket, explain: true)
    // $50.00 required, $20.00 in the basket: 5,000 − 2,000 = 3,000 missing.
    #expect(first.reasons == StatusSet(.conditionsNotMet))
    #expect(first.detail?.shortfalls.map(\.missing) == [3_000])
    var second = first
    second.detail?.nothingReason = .nothingLeft
    second.detail?.shortfalls = []
    #expect(first.detail?.nothingReason == nil)
    #expect(first.detail?.shortfalls.map(\.missing) == [3_000])
    #expect(second.detail?.nothingReason == .nothingLeft)
    #expect(second.detail?.shortfalls.isEmpty == true)
  }

  /// An eligibility that holds reads as an empty detail when explained, and as none when not.
  @Test(arguments: [true, false]) func applicableEligibilityHasAnEmptyDetail(_ explain: Bool) throws
  {
    let set = try EngineFixture.set([
      EngineFixture.campaign("plain", code: "PLAIN", #""benefit": {"percentOff": 10}"#)
    ])
    let checkout = EngineFixture.checkout([LineSpec(sku: "A", price: 2_000)], codes: ["PLAIN"])
    let campaign = try #require(set.campaigns.first)
    var eligibility = Eligibility(
      campaign, checkout: checkout, basket: try BasketState(checkout), explain: explain)
    #expect(eligibility.reasons.isEmpty)
    #expect(eligibility.detail == (explain ? CodeDetail() : nil))
    // Without `explain` a written number is dropped; with it, it is kept.
    eligibility.detail?.nothingReason = .roundsToZero
    #expect(eligibility.detail?.nothingReason == (explain ? .roundsToZero : nil))
  }

  /// Campaigns and a checkout that touch every list an evaluation fills: an automatic campaign, an applied
  /// code, a refused exclusive code with a shortfall, an unknown code, a duplicate.
  static func fixture() throws -> (CampaignSet, Checkout) {
    let set = try EngineFixture.set([
      EngineFixture.campaign(
        "auto-home", code: nil,
        #""target": {"include": {"categories": ["home"]}}, "benefit": {"percentOff": 10}"#),
      EngineFixture.campaign(
        "save20", code: "SAVE20",
        #""target": {"include": {"categories": ["outerwear"]}}, "benefit": {"percentOff": 20}"#),
      EngineFixture.campaign(
        "big", code: "BIG",
        #""conditions": {"minSubtotal": "1000.00"}, "benefit": {"amountOff": "5.00"}, "#
          + #""stacking": {"exclusive": true}"#),
    ])
    let checkout = EngineFixture.checkout(
      [
        LineSpec(sku: "A", price: 10_000, categories: ["outerwear"]),
        LineSpec(sku: "B", price: 5_000, quantity: 2, categories: ["home"]),
        LineSpec(sku: "C", price: 3_000, categories: ["outerwear"]),
      ], codes: ["SAVE20", "BIG", "NOPE", "save-20"])
    return (set, checkout)
  }

  /// Checks the fixture's quote against the amounts worked out by hand.
  static func expectHandWorked(_ quote: Quote) {
    // auto-home: 10% of B's 2 × $50.00 = $10.00. SAVE20: 20% of A $100.00 = $20.00 and of C $30.00 = $6.00.
    // Lines: A 2,000, B 1,000, C 600; discount 3,600. BIG needs $1,000.00, the basket has
    // 10,000 + 10,000 + 3,000 = 23,000: 77,000 missing.
    #expect(quote.lines.map(\.discount.minorUnits) == [2_000, 1_000, 600])
    #expect(quote.discount.minorUnits == 3_600)
    #expect(quote.codes.map(\.status) == [.applied, .conditionsNotMet, .unknownCode, .duplicate])
    #expect(quote.codes[1].detail.shortfalls.map(\.missing) == [77_000])
    #expect(quote.codes[3].detail.duplicateOf == 0)
  }

  @Test func twoEvaluationsInARowGiveIdenticalQuotes() throws {
    let (set, checkout) = try Self.fixture()
    let first = try set.evaluate(checkout)
    let second = try set.evaluate(checkout)
    Self.expectHandWorked(first)
    #expect(first == second)
    #expect(first.codes.map(\.message) == second.codes.map(\.message))
  }

  @Test func concurrentEvaluationsOnOneSetGiveIdenticalQuotes() async throws {
    let (set, checkout) = try Self.fixture()
    let expected = try set.evaluate(checkout)
    Self.expectHandWorked(expected)
    let quotes = await withTaskGroup(of: Quote?.self) { group in
      for _ in 0..<16 {
        group.addTask {
          var last: Quote?
          for _ in 0..<50 { last = try? set.evaluate(checkout) }
          return last
        }
      }
      var all = [Quote?]()
      for await quote in group { all.append(quote) }
      return all
    }
    #expect(quotes.count == 16)
    for quote in quotes { #expect(quote == expected) }
  }
}
