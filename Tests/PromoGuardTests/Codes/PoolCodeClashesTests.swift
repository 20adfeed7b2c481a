import Testing

@testable import PromoGuard

/// Codes of different pools that checkout could not tell apart, found in one pass.
@Suite struct PoolCodeClashesTests {
  /// A pool of `codes` under `matching`, as the loader builds it from a plain list.
  static func pool(_ codes: [String], matching: CodeMatching = .relaxed) throws -> CodePool {
    var problems = CSVProblems()
    let text = codes.joined(separator: "\n") + "\n"
    let options = CodePoolLoader.Options(
      file: "p.csv", singleUse: true, validFor: nil, columns: CodePool.Columns())
    let pool = CodePoolLoader.load(
      Array(text.utf8), path: "p.csv", options: options, matching: matching, zone: .utc,
      problems: &problems)
    return try #require(pool, "\(problems.kept)")
  }

  /// Every clash as "later pool.index -> earlier pool.index".
  static func clashes(_ pools: [CodePool]) -> [String] {
    var found = [String]()
    PoolCodeClashes.find(in: pools) { later, earlier in
      found.append("\(later.pool).\(later.index) -> \(earlier.pool).\(earlier.index)")
    }
    return found
  }

  @Test func relaxedPoolsClashWhenOnlyCaseSpacesOrDashesDiffer() throws {
    // "ab-12" in pool 1 and "AB 12" in pool 2 both read "ab12"; "zz9" is only in pool 0.
    let pools = [
      try Self.pool(["zz9", "q1"]), try Self.pool(["x7", "ab-12"]), try Self.pool(["AB 12", "y8"]),
    ]
    #expect(Self.clashes(pools) == ["2.0 -> 1.1"])
  }

  @Test func exactPoolsClashOnlyWhenWrittenTheSame() throws {
    // Exact against exact: "Ab12" and "AB12" are different codes, "AB12" and "AB12" the same.
    let pools = [
      try Self.pool(["Ab12"], matching: .exact), try Self.pool(["AB12"], matching: .exact),
      try Self.pool(["AB12"], matching: .exact),
    ]
    #expect(Self.clashes(pools) == ["2.0 -> 1.0"])
  }

  @Test func anExactCodeClashesWithARelaxedOneWhateverItsCase() throws {
    // The relaxed pool 0 matches "ab12" typed any way, so the exact "AB-12" (pool 1) is ambiguous; and the
    // relaxed pool 2's "a b 1 2" is ambiguous with both, reported once against the first.
    let pools = [
      try Self.pool(["ab12"]), try Self.pool(["AB-12"], matching: .exact),
      try Self.pool(["a b 1 2"]),
    ]
    #expect(Self.clashes(pools) == ["1.0 -> 0.0", "2.0 -> 0.0"])
  }

  @Test func aRelaxedCodeAfterTwoExactVariantsClashesWithTheFirst() throws {
    // Two exact pools with "Ab1" and "aB1" do not clash; a relaxed "ab1" clashes with both, named once.
    let pools = [
      try Self.pool(["Ab1"], matching: .exact), try Self.pool(["aB1"], matching: .exact),
      try Self.pool(["ab1"]),
    ]
    #expect(Self.clashes(pools) == ["2.0 -> 0.0"])
  }

  @Test func codesWithoutLettersOrDigitsInExactPoolsClashWhenEqual() throws {
    // Exact matching keeps "---" as written; relaxed matching would read it as nothing.
    let pools = [
      try Self.pool(["---", "a1"], matching: .exact),
      try Self.pool(["-_-", "b2"], matching: .exact),
      try Self.pool(["---"], matching: .exact),
    ]
    #expect(Self.clashes(pools) == ["2.0 -> 0.0"])
  }

  @Test func oneCodeInManyPoolsIsReportedOncePerLaterPool() throws {
    // "shared" in each of 50 pools: every pool after the first reports it, against pool 0.
    let pools = try (0..<50).map { try Self.pool(["own\($0)", "shared"]) }
    let expected = (1..<50).map { "\($0).1 -> 0.1" }
    #expect(Self.clashes(pools) == expected)
  }

  @Test func onePoolOrPoolsWithoutCommonCodesReportNothing() throws {
    #expect(Self.clashes([try Self.pool(["a1", "b2"])]).isEmpty)
    let pools = try (0..<20).map { pool in try Self.pool((0..<30).map { "p\(pool)c\($0)" }) }
    #expect(Self.clashes(pools).isEmpty)
  }

  @Test func plantedClashesAmongManyPoolsAreEachFoundOnce() throws {
    // 400 pools of 250 codes (100,000 codes; pool against pool would be 79,800 pairs of pools). Two codes are
    // planted in a second pool: pool 5's code 9 again as pool 123's code 7, and pool 398's code 0 written
    // with dashes and in lower case as pool 399's last code.
    var pools = [CodePool]()
    for pool in 0..<400 {
      var codes = (0..<250).map { "P\(pool)X\($0)" }
      if pool == 123 { codes[7] = "P5X9" }  // pool 5's code 9
      if pool == 399 { codes[249] = "p-398-x-0" }  // pool 398's code 0, relaxed
      pools.append(try Self.pool(codes))
    }
    #expect(Self.clashes(pools) == ["123.7 -> 5.9", "399.249 -> 398.0"])
  }
}
