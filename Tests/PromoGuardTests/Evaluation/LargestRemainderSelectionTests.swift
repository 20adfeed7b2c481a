import Testing

@testable import PromoGuard

/// The quickselect behind largest-remainder allocation brings exactly the first `k` in order to the front.
@Suite struct LargestRemainderSelectionTests {
  @Test(arguments: [1, 2, 3, 7, 50, 199] as [Int]) func selectsTheFirstK(_ k: Int) {
    var random = SplitMixGenerator(seed: UInt64(k))
    for _ in 0..<50 {
      // 200 keys from a small range, so many ties; ties are broken by index, as in the allocation.
      let keys = (0..<200).map { _ in Int.random(in: 0..<20, using: &random) }
      let precedes = { (a: Int, b: Int) -> Bool in keys[a] != keys[b] ? keys[a] > keys[b] : a < b }
      var indices = Array(0..<200).shuffled(using: &random)
      Allocation.selectFirst(k, of: &indices, by: precedes)
      let expected = Set(Array(0..<200).sorted(by: precedes).prefix(k))
      #expect(Set(indices.prefix(k)) == expected)
      #expect(Set(indices) == Set(0..<200))
    }
  }

  @Test func allocatesLeftoverUnitsToTheLargestRemainders() throws {
    // Exact amounts 100/3¢ each, sum 100¢ = $1.00; each share 33.33…¢, whole 33 each, 1¢ left; equal
    // remainders and amounts → the earliest line: 34, 33, 33.
    let amounts = ExactAmounts<Int128>(
      lines: [0, 1, 2], numerators: [100, 100, 100], denominator: 3, cap: 300)
    let rounded = try Allocation.rounded(
      amounts, rounding: .halfUp, maxDiscount: nil, capacity: [100, 100, 100])
    #expect(rounded.total == 100)
    #expect(rounded.shares.map { $0.amount } == [34, 33, 33])
  }
}
