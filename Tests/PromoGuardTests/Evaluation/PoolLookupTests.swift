import Testing

@testable import PromoGuard

/// A typed code found among many pool campaigns with one look-up, under each pool's own matching.
@Suite struct PoolLookupTests {
  /// A set of pool campaigns `p0`, `p1`, …: campaign *i* has matching `matchings[i]` and the codes `codes[i]`.
  static func set(_ codes: [[String]], matchings: [String]) throws -> CampaignSet {
    var campaigns = [String]()
    var companions = [String: [UInt8]]()
    for (index, list) in codes.enumerated() {
      campaigns.append(
        #"{"id": "p\#(index)", "name": "P", "currency": "USD", "codeMatching": "\#(matchings[index])", "#
          + #""activation": {"pool": {"file": "p\#(index).csv"}}, "benefit": {"percentOff": 10}}"#)
      companions["p\(index).csv"] = Array((list.joined(separator: "\n") + "\n").utf8)
    }
    let text =
      #"{"format": "promoguard/1", "campaigns": ["# + campaigns.joined(separator: ",\n") + "]}"
    return try CampaignSet(
      sources: [
        CampaignSource(path: "shop/pools.json", bytes: Array(text.utf8), companions: companions)
      ])
  }

  /// "campaign id / code as written" for a typed code, or "none".
  static func found(_ typed: String, in set: CampaignSet) -> String {
    guard let entry = set.lookUp(typed) else { return "none" }
    return "\(entry.campaign.id)/\(entry.code)"
  }

  @Test func eachPoolIsSearchedUnderItsOwnMatching() throws {
    // p0 relaxed, p1 exact, p2 exact with a code of dashes only, p3 relaxed.
    let set = try Self.set(
      [["WELCOME-A1", "WELCOME-B2"], ["Vip7", "VIP8"], ["---", "X_Y"], ["back-2-u"]],
      matchings: ["relaxed", "exact", "exact", "relaxed"])
    // Relaxed: case and spaces ignored.
    #expect(Self.found("welcome a1", in: set) == "p0/WELCOME-A1")
    #expect(Self.found("Vip7", in: set) == "p1/Vip7")  // exact, as written
    #expect(Self.found(" Vip7 ", in: set) == "p1/Vip7")  // exact matching trims surrounding spaces
    #expect(Self.found("vip7", in: set) == "none")  // exact: case matters
    #expect(Self.found("VIP-8", in: set) == "none")  // exact: the dash matters
    #expect(Self.found("---", in: set) == "p2/---")
    #expect(Self.found("--", in: set) == "none")
    #expect(Self.found("X_Y", in: set) == "p2/X_Y")
    #expect(Self.found("xy", in: set) == "none")
    #expect(Self.found("BACK2U", in: set) == "p3/back-2-u")
    #expect(Self.found("", in: set) == "none")
  }

  @Test(arguments: [1, 2, 300])
  func everyCodeOfEveryPoolIsFoundAndNoOther(pools: Int) throws {
    // Pool i has the codes "P<i>C<j>" for j < 5; typed in lower case with a dash they still match (relaxed).
    let codes = (0..<pools).map { pool in (0..<5).map { "P\(pool)C\($0)" } }
    let set = try Self.set(codes, matchings: Array(repeating: "relaxed", count: pools))
    for pool in 0..<pools {
      for code in 0..<5 {
        #expect(Self.found("p\(pool)-c\(code)", in: set) == "p\(pool)/P\(pool)C\(code)")
      }
    }
    #expect(Self.found("P\(pools)C0", in: set) == "none")
    #expect(Self.found("P0C5", in: set) == "none")
  }
}
