import Foundation
import PromoGuard

/// The pool cases: `pool-load-10m` (load time and resident bytes per code of a 10,000,000-code pool) and
/// `pool-code` (one evaluation of a pool code with a 1,000-code pool, a 10,000,000-code pool, or 500 pools loaded).
///
/// Both print their figures and nothing else, like `--resident`; they are run only when named with `--case`.
enum PoolBench {
  /// The 32 characters of generated codes (no 0/O, 1/I look-alikes).
  private static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".utf8)

  /// Code `index` of a generated pool: `WELCOME-XXXX-XXXX`, distinct for every index below 2^40 (an odd
  /// multiplier is a bijection modulo 2^40).
  static func code(_ index: Int) -> [UInt8] {
    var value = (UInt64(index) &* 0x9E37_79B9_7F4B) & 0xFF_FFFF_FFFF
    var characters = [UInt8](repeating: 0, count: 8)
    for position in 0..<8 {
      characters[7 - position] = alphabet[Int(value & 31)]
      value >>= 5
    }
    return Array("WELCOME-".utf8) + characters[0..<4] + [UInt8(ascii: "-")] + characters[4..<8]
  }

  /// A plain pool file of `count` codes, one a line.
  static func poolFile(count: Int) -> [UInt8] {
    var bytes = [UInt8]()
    bytes.reserveCapacity(count * 18)
    for index in 0..<count {
      bytes += code(index)
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }

  /// A campaign file with one pool campaign, 10% off, reading `codes.txt`.
  static let campaignFile = Array(
    #"""
    {"format": "promoguard/1", "campaigns": [{"id": "pool-bench", "name": "Pool", "currency": "USD",
     "activation": {"pool": {"file": "codes.txt"}}, "benefit": {"percentOff": 10}}]}
    """#.utf8)

  static func load(_ pool: [UInt8]) throws(BenchError) -> CampaignSet {
    do {
      return try CampaignSet(sources: [
        CampaignSource(path: "pool.json", bytes: campaignFile, companions: ["codes.txt": pool])
      ])
    } catch {
      throw BenchError("the generated pool does not load:\n\(error)")
    }
  }

  /// `pool-load-10m`: generates the file, reads the resident set, loads, reads it again.
  static func measureLoad(count: Int = 10_000_000) throws(BenchError) -> String {
    let pool = poolFile(count: count)
    let before = try residentBytes()
    let clock = ContinuousClock()
    let started = clock.now
    let set = try load(pool)
    let elapsed = clock.now - started
    let after = try residentBytes()
    let loaded = withExtendedLifetime(set) { set.campaignIDs.count }
    let kept = max(0, after - before)
    let perCode = Double(kept) / Double(count)
    return [
      "pool-load: \(count) codes (\(pool.count) bytes of file, \(loaded) campaign)",
      "load time: \(NumberText.duration(seconds(elapsed) * 1e9))",
      "resident set: \(before) bytes before the load, \(after) after: \(kept) kept, "
        + String(format: "%.1f", perCode) + " bytes per code",
    ].joined(separator: "\n")
  }

  /// `pools` pool campaigns of `each` codes: campaign *k* (`pool-k`, 10% off) holds the generated codes
  /// `k × each ..< (k + 1) × each`, so no two pools share a code.
  static func loadPools(_ pools: Int, each: Int) throws(BenchError) -> CampaignSet {
    var campaigns = [String]()
    var companions = [String: [UInt8]]()
    for pool in 0..<pools {
      campaigns.append(
        #"{"id": "pool-\#(pool)", "name": "Pool", "currency": "USD", "#
          + #""activation": {"pool": {"file": "codes-\#(pool).txt"}}, "benefit": {"percentOff": 10}}"#
      )
      var bytes = [UInt8]()
      for index in (pool * each)..<((pool + 1) * each) {
        bytes += code(index)
        bytes.append(UInt8(ascii: "\n"))
      }
      companions["codes-\(pool).txt"] = bytes
    }
    let text =
      #"{"format": "promoguard/1", "campaigns": ["# + campaigns.joined(separator: ",") + "]}"
    do {
      return try CampaignSet(sources: [
        CampaignSource(path: "pools.json", bytes: Array(text.utf8), companions: companions)
      ])
    } catch {
      throw BenchError("the generated pools do not load:\n\(error)")
    }
  }

  /// `pool-code`: the mean time of one evaluation entering a pool code, with a small and a large pool, and
  /// with 500 pool campaigns of 1,000 codes each (the code typed may be in any of them).
  static func measureCode() throws(BenchError) -> String {
    var lines = [String]()
    var means = [Double]()
    for (pools, count) in [(1, 1_000), (1, 10_000_000), (500, 500_000)] {
      let set =
        try pools == 1 ? load(poolFile(count: count)) : loadPools(pools, each: count / pools)
      // 10,000 codes spread over the pools (a stride coprime with the count), typed in lower case.
      let typed = (0..<10_000).map {
        String(decoding: code($0 &* 7_919 % count), as: UTF8.self).lowercased()
      }
      var checkout = Checkout(
        currency: .usd,
        lines: [Checkout.Line(sku: "A", unitPrice: Money(minorUnits: 5_000, currency: .usd))],
        at: Instant(microsecondsSinceEpoch: 1_781_524_800_000_000))
      var sum: Int64 = 0
      let clock = ContinuousClock()
      var best = Double.infinity
      for _ in 0..<10 {
        let started = clock.now
        for code in typed {
          checkout.codes = [code]
          do {
            sum &+= try set.evaluate(checkout).discount.minorUnits
          } catch {
            throw BenchError("evaluation failed: \(error)")
          }
        }
        best = min(best, seconds(clock.now - started) * 1e9 / Double(typed.count))
      }
      // 10% of $50.00 is $5.00 on each of 10 × 10,000 evaluations.
      guard sum == 500 * 100_000 else {
        throw BenchError("pool-code: expected every code to apply, checksum \(sum)")
      }
      means.append(best)
      lines.append(
        "pool-code: \(count) codes loaded in \(pools) pool\(pools == 1 ? "" : "s"): "
          + "\(NumberText.duration(best)) per evaluation (best of 10 runs of 10,000)")
    }
    if means.count == 3 {
      lines.append("ratio 10,000,000 / 1,000: " + String(format: "%.2f", means[1] / means[0]))
      lines.append("ratio 500 pools / 1 pool: " + String(format: "%.2f", means[2] / means[0]))
    }
    return lines.joined(separator: "\n")
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  /// The process's resident set size in bytes, from `/proc/self/statm`.
  private static func residentBytes() throws(BenchError) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      throw BenchError("cannot read /proc/self/statm: pool-load-10m needs Linux")
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else {
      throw BenchError("cannot read the resident set size from /proc/self/statm: '\(text)'")
    }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }
}
