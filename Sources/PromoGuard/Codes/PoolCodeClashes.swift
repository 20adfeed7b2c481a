/// Finds codes of different pools that checkout could not tell apart, in one pass over every pool code.
///
/// Two pool codes clash when one string typed at checkout would match both: when their relaxed keys agree and
/// either pool matches relaxed, or when both pools match exact and the codes are equal. Each code is compared
/// with at most a few earlier codes of the same key, so the whole check is O(*n*) for *n* pool codes, however
/// many pools there are.
///
/// Three tables of 32-bit references keep, per key, the first code of each of the first two pools:
/// - by relaxed key, codes of any pool (what a relaxed code clashes with);
/// - by relaxed key, codes of relaxed pools (what an exact code clashes with whatever its case);
/// - by exact key, codes of exact pools (what an exact code clashes with when written the same).
///
/// Two pools per key are enough: one of them is always from a pool other than the one being checked.
struct PoolCodeClashes {
  /// A code of one of the pools: the pool's place in the list and the code's index in it.
  struct Code: Equatable {
    /// The pool's place in the list.
    var pool: Int
    /// The code's index in its pool.
    var index: Int
  }

  /// The most codes the tables can refer to: references keep 25 bits for the code and 7 for a fingerprint.
  static let maximumCodes = 0x01FF_FFFE

  private let pools: [CodePool]
  /// `starts[p]` is the number of codes in the pools before pool `p`.
  private let starts: [Int]

  /// Calls `report` once for each pool code that clashes with a code of an earlier pool, in pool order and
  /// code order, with the first earlier code it clashes with.
  ///
  /// - Parameters:
  ///   - pools: The pools, each of a different campaign, in load order.
  ///   - report: Called with the later code and the earlier one.
  /// - Complexity: O(*n*) expected for *n* codes in all (times the length of a code); about 24 bytes per
  ///   code while it runs, nothing afterwards. Does nothing for fewer than two pools.
  static func find(in pools: [CodePool], report: (_ later: Code, _ earlier: Code) -> Void) {
    guard pools.count > 1 else { return }
    let finder = PoolCodeClashes(pools)
    guard let total = finder.starts.last, total <= maximumCodes else { return }
    finder.run(total: total, report: report)
  }

  private init(_ pools: [CodePool]) {
    self.pools = pools
    var starts = [Int]()
    starts.reserveCapacity(pools.count + 1)
    var sum = 0
    for pool in pools {
      starts.append(sum)
      sum += pool.count
    }
    starts.append(sum)
    self.starts = starts
  }

  private func run(total: Int, report: (_ later: Code, _ earlier: Code) -> Void) {
    let relaxedTotal = pools.reduce(0) { $0 + ($1.matching == .relaxed ? $1.count : 0) }
    var anyPool = Table(expected: total)
    var relaxedPools = Table(expected: relaxedTotal)
    var exactPools = Table(expected: total - relaxedTotal)
    for (position, pool) in pools.enumerated() {
      for index in 0..<pool.count {
        let reference = starts[position] + index
        let clash: Int? = pool.withCodeBytes(at: index) { bytes in
          CodeLookupKey.withKey(of: bytes, matching: .relaxed) { relaxedKey -> Int? in
            guard !relaxedKey.isEmpty else { return nil }
            var clash: Int?
            if pool.matching == .relaxed {
              clash = anyPool.probe(relaxedKey, matching: .relaxed, pool: position, in: self)
              relaxedPools.add(reference, key: relaxedKey, matching: .relaxed, pool: position, in: self)
            } else {
              clash = relaxedPools.probe(relaxedKey, matching: .relaxed, pool: position, in: self)
              CodeLookupKey.withKey(of: bytes, matching: .exact) { exactKey in
                if clash == nil {
                  clash = exactPools.probe(exactKey, matching: .exact, pool: position, in: self)
                }
                exactPools.add(reference, key: exactKey, matching: .exact, pool: position, in: self)
              }
            }
            anyPool.add(reference, key: relaxedKey, matching: .relaxed, pool: position, in: self)
            return clash
          }
        }
        if let clash { report(Code(pool: position, index: index), code(clash)) }
      }
    }
  }

  /// The pool and index of a reference.
  private func code(_ reference: Int) -> Code {
    // The last start at or below the reference: a binary search over the pools.
    var low = 0
    var high = pools.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= reference { low = middle } else { high = middle - 1 }
    }
    return Code(pool: low, index: reference - starts[low])
  }

  /// Whether the code `reference` has `key` under `matching`.
  private func has(_ reference: Int, key: UnsafeBufferPointer<UInt8>, matching: CodeMatching) -> Bool {
    let code = code(reference)
    return pools[code.pool].withCodeBytes(at: code.index) { bytes in
      CodeLookupKey.withKey(of: bytes, matching: matching) { stored in
        stored.count == key.count && stored.elementsEqual(key)
      }
    }
  }

  /// An open-addressing table of code references with at most two, from different pools, per key.
  private struct Table {
    private var slots: [UInt32]
    private let mask: Int

    init(expected: Int) {
      var capacity = 16
      while capacity < expected + expected / 2 + 1 { capacity <<= 1 }
      slots = expected == 0 ? [0] : [UInt32](repeating: 0, count: capacity)
      mask = expected == 0 ? 0 : capacity - 1
    }

    /// The first stored code with `key` from a pool other than `pool`.
    func probe(
      _ key: UnsafeBufferPointer<UInt8>, matching: CodeMatching, pool: Int, in finder: PoolCodeClashes
    ) -> Int? {
      let hash = CodeLookupKey.hash(key)
      let fingerprint = UInt32(truncatingIfNeeded: hash >> 57) << 25
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 {
        let entry = slots[slot]
        if entry & 0xFE00_0000 == fingerprint {
          let reference = Int(entry & 0x01FF_FFFF) - 1
          if finder.code(reference).pool != pool, finder.has(reference, key: key, matching: matching) {
            return reference
          }
        }
        slot = (slot + 1) & mask
      }
      return nil
    }

    /// Stores `reference` unless its pool or two pools already have a code with `key`.
    mutating func add(
      _ reference: Int, key: UnsafeBufferPointer<UInt8>, matching: CodeMatching, pool: Int,
      in finder: PoolCodeClashes
    ) {
      guard mask > 0 else { return }
      let hash = CodeLookupKey.hash(key)
      let fingerprint = UInt32(truncatingIfNeeded: hash >> 57) << 25
      var slot = Int(truncatingIfNeeded: hash) & mask
      var kept = 0
      while slots[slot] != 0 {
        let entry = slots[slot]
        if entry & 0xFE00_0000 == fingerprint {
          let stored = Int(entry & 0x01FF_FFFF) - 1
          if finder.has(stored, key: key, matching: matching) {
            if finder.code(stored).pool == pool { return }
            kept += 1
            if kept == 2 { return }
          }
        }
        slot = (slot + 1) & mask
      }
      slots[slot] = fingerprint | UInt32(reference + 1)
    }
  }
}
