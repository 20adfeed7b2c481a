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
enum PoolCodeClashes {
  /// A code of one of the pools: the pool's place in the list and the code's index in it.
  struct Code: Equatable {
    /// The pool's place in the list.
    var pool: Int
    /// The code's index in its pool.
    var index: Int
  }

  /// Calls `report` once for each pool code that clashes with a code of an earlier pool, in pool order and
  /// code order, with the first earlier code it clashes with.
  ///
  /// - Parameters:
  ///   - pools: The pools, each of a different campaign, in load order.
  ///   - report: Called with the later code and the earlier one.
  /// - Complexity: O(*n*) expected for *n* codes in all (times the length of a code), plus O(log *p*) for each
  ///   code that shares a key with an earlier one; at most 24 bytes per code while it runs, nothing afterwards.
  ///   Does nothing for fewer than two pools.
  static func find(in pools: [CodePool], report: (_ later: Code, _ earlier: Code) -> Void) {
    guard pools.count > 1 else { return }
    let total = pools.reduce(0) { $0 + $1.count }
    guard total <= PoolCodeTable.maximumCodes else { return }
    let relaxedTotal = pools.reduce(0) { $0 + ($1.matching == .relaxed ? $1.count : 0) }
    var anyPool = PoolCodeTable(pools: pools, expected: total)
    var relaxedPools = PoolCodeTable(pools: pools, expected: relaxedTotal)
    var exactPools = PoolCodeTable(pools: pools, expected: total - relaxedTotal)
    for (position, pool) in pools.enumerated() {
      for index in 0..<pool.count {
        let reference = anyPool.codes.reference(pool: position, index: index)
        let clash: Int? = pool.withCodeBytes(at: index) { bytes in
          CodeLookupKey.withKey(of: bytes, matching: .relaxed) { relaxedKey -> Int? in
            var clash: Int?
            if relaxedKey.isEmpty {
              // Only an exact pool keeps a code without letters or digits ("---"): it can clash only with
              // the same code in another exact pool.
              CodeLookupKey.withKey(of: bytes, matching: .exact) { exactKey in
                clash = exactPools.firstOther(than: position, key: exactKey, matching: .exact)
                exactPools.keepFirstTwoPools(
                  reference, pool: position, key: exactKey, matching: .exact)
              }
              return clash
            }
            if pool.matching == .relaxed {
              clash = anyPool.firstOther(than: position, key: relaxedKey, matching: .relaxed)
              relaxedPools.keepFirstTwoPools(
                reference, pool: position, key: relaxedKey, matching: .relaxed)
            } else {
              clash = relaxedPools.firstOther(than: position, key: relaxedKey, matching: .relaxed)
              CodeLookupKey.withKey(of: bytes, matching: .exact) { exactKey in
                if clash == nil {
                  clash = exactPools.firstOther(than: position, key: exactKey, matching: .exact)
                }
                exactPools.keepFirstTwoPools(
                  reference, pool: position, key: exactKey, matching: .exact)
              }
            }
            anyPool.keepFirstTwoPools(
              reference, pool: position, key: relaxedKey, matching: .relaxed)
            return clash
          }
        }
        if let clash {
          let earlier = anyPool.codes.code(clash)
          report(Code(pool: position, index: index), Code(pool: earlier.pool, index: earlier.index))
        }
      }
    }
  }
}

extension PoolCodeTable {
  /// The first stored code with `key` (under `matching`) from a pool other than `pool`.
  fileprivate func firstOther(
    than pool: Int, key: UnsafeBufferPointer<UInt8>, matching: CodeMatching
  )
    -> Int?
  {
    first(key) { codes.code($0).pool != pool && codes.has($0, key: key, matching: matching) }
  }

  /// Stores `reference` unless its pool, or two other pools, already have a code with `key`.
  fileprivate mutating func keepFirstTwoPools(
    _ reference: Int, pool: Int, key: UnsafeBufferPointer<UInt8>, matching: CodeMatching
  ) {
    let codes = codes
    var kept = 0
    insert(reference, key: key) { stored in
      guard codes.has(stored, key: key, matching: matching) else { return false }
      if codes.code(stored).pool == pool { return true }
      kept += 1
      return kept == 2
    }
  }
}
