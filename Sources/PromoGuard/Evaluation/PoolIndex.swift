/// The pool campaigns of a ``CampaignSet``, for looking up a typed code in each pool (O(1) per pool), and the
/// send time of each pool code the campaign's recipients lists show (for `validFor`).
struct PoolIndex: Sendable {
  /// One pool campaign.
  struct Entry: Sendable {
    /// The campaign.
    let campaign: CompiledCampaign
    /// Its pool.
    let pool: CodePool
    /// For a pool with `validFor`: each code's send time in microseconds since the epoch, the earliest
    /// `sentAt` of a recipients row showing it; `Int64.min` for a code no list shows.
    let sendTimes: [Int64]?
  }

  /// The pool campaigns, in load order.
  let entries: [Entry]
  /// With several pools, every pool's codes in one table, so a typed code is looked up once whatever the
  /// number of pools; `nil` with one pool or none (the pool's own table serves).
  private let combined: PoolCodeTable?

  /// Whether no campaign has a pool: the look-up of ordinary codes then skips pools entirely.
  var isEmpty: Bool { entries.isEmpty }

  /// Indexes the pool campaigns among `campaigns` (compiled, with their decoded sources).
  ///
  /// - Complexity: O(*r*) for *r* recipients rows of pool campaigns with `validFor`.
  init(_ campaigns: [(compiled: CompiledCampaign, source: Campaign)]) {
    var entries = [Entry]()
    for (compiled, source) in campaigns {
      guard let pool = compiled.rules.activation.pool else { continue }
      var sendTimes: [Int64]?
      if pool.validFor != nil {
        var times = [Int64](repeating: Int64.min, count: pool.count)
        for message in source.messages {
          guard let list = message.recipients, list.hasCodes else { continue }
          for row in 0..<list.count {
            guard let code = list.code(at: row), let sent = list.sentAt(at: row),
              let index = pool.index(of: code)
            else { continue }
            let micros = sent.microsecondsSinceEpoch
            if times[index] == Int64.min || micros < times[index] { times[index] = micros }
          }
        }
        sendTimes = times
      }
      entries.append(Entry(campaign: compiled, pool: pool, sendTimes: sendTimes))
    }
    self.entries = entries
    self.combined = Self.combinedTable(entries.map(\.pool))
  }

  /// One table of every pool's codes, each under its ``lookupKey(relaxed:exact:)``; `nil` for fewer than two
  /// pools or more codes than a table can refer to (the loader's limit is lower).
  private static func combinedTable(_ pools: [CodePool]) -> PoolCodeTable? {
    let total = pools.reduce(0) { $0 + $1.count }
    guard pools.count > 1, total <= PoolCodeTable.maximumCodes else { return nil }
    var table = PoolCodeTable(pools: pools, expected: total)
    for (position, pool) in pools.enumerated() {
      for index in 0..<pool.count {
        let reference = table.codes.reference(pool: position, index: index)
        pool.withCodeBytes(at: index) { bytes in
          CodeLookupKey.withKey(of: bytes, matching: .relaxed) { relaxed in
            CodeLookupKey.withKey(of: bytes, matching: .exact) { exact in
              table.insert(reference, key: lookupKey(relaxed: relaxed, exact: exact))
            }
          }
        }
      }
    }
    return table
  }

  /// What a code is filed under in the combined table.
  ///
  /// Its relaxed key, or for a code without letters or digits (only an exact pool keeps one) its exact
  /// key. A typed code matching a pool code under that pool's
  /// matching has the same relaxed key, so it is found under the same entry.
  private static func lookupKey(
    relaxed: UnsafeBufferPointer<UInt8>, exact: UnsafeBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8> {
    relaxed.isEmpty ? exact : relaxed
  }

  /// The pool entry and code index of a typed code, if any pool has it.
  ///
  /// - Complexity: O(1) expected whatever the number and sizes of the pools (O(log *p*) to name the pool of a
  ///   candidate, for *p* pools).
  func lookUp(_ typed: String) -> (entry: Int, index: Int)? {
    guard let combined else {
      guard let entry = entries.first, let index = entry.pool.index(of: typed) else { return nil }
      return (0, index)
    }
    return CodeLookupKey.withKey(of: typed, matching: .relaxed) { relaxed in
      CodeLookupKey.withKey(of: typed, matching: .exact) { exact -> (entry: Int, index: Int)? in
        guard !exact.isEmpty else { return nil }
        let codes = combined.codes
        let found = combined.first(Self.lookupKey(relaxed: relaxed, exact: exact)) { reference in
          let pool = codes.pools[codes.code(reference).pool]
          return pool.matching == .relaxed
            ? !relaxed.isEmpty && codes.has(reference, key: relaxed, matching: .relaxed)
            : codes.has(reference, key: exact, matching: .exact)
        }
        return found.map { codes.code($0) }.map { (entry: $0.pool, index: $0.index) }
      }
    }
  }

  /// The bytes the combined table keeps (zero with fewer than two pools).
  var residentBytes: Int { combined?.residentBytes ?? 0 }
}
