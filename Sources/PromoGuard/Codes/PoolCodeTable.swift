/// A hash table of codes from several pools, each held as a 32-bit reference in a ``SlotTable``: 7 bits of the
/// key's hash as a fingerprint and 25 bits for the code's place among all the pools' codes.
///
/// The table holds no keys: a candidate's key is computed again from its pool's bytes when its fingerprint
/// agrees, so it costs 4 bytes a slot (6–12 bytes a code) however long the codes are.
struct PoolCodeTable {
  /// The most codes a table can refer to in all.
  static let maximumCodes = SlotTable.maximumCount

  /// The pools and how a reference names one of their codes: read-only, so a closure can read it while the
  /// table is being changed.
  struct References {
    /// The pools whose codes the references point into, in order.
    let pools: [CodePool]
    /// `starts[p]` is the number of codes in the pools before pool `p`; the last entry is the total.
    private let starts: [Int]

    init(_ pools: [CodePool]) {
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

    /// The reference of code `index` of pool `pool`.
    func reference(pool: Int, index: Int) -> Int { starts[pool] + index }

    /// The pool and index a reference points at.
    ///
    /// - Complexity: O(log *p*) for *p* pools.
    func code(_ reference: Int) -> (pool: Int, index: Int) {
      var low = 0
      var high = pools.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if starts[middle] <= reference { low = middle } else { high = middle - 1 }
      }
      return (low, reference - starts[low])
    }

    /// Whether the code `reference` points at has `key` under `matching`.
    func has(_ reference: Int, key: UnsafeBufferPointer<UInt8>, matching: CodeMatching) -> Bool {
      let code = code(reference)
      return pools[code.pool].withCodeBytes(at: code.index) { bytes in
        CodeLookupKey.withKey(of: bytes, matching: matching) { stored in
          stored.count == key.count && stored.elementsEqual(key)
        }
      }
    }

    /// The resident bytes of the pool starts.
    var residentBytes: Int { starts.capacity * 8 }
  }

  /// The pools and their references.
  let codes: References
  private var table: SlotTable

  /// An empty table for up to `expected` codes of `pools`.
  ///
  /// - Parameters:
  ///   - pools: The pools.
  ///   - expected: How many references will be inserted (at most ``maximumCodes``).
  init(pools: [CodePool], expected: Int) {
    codes = References(pools)
    table = SlotTable(capacityFor: expected)
  }

  /// The first stored reference whose fingerprint agrees with `key`'s hash and that `accepts`, in probe order.
  ///
  /// - Parameters:
  ///   - key: The key the references were inserted under.
  ///   - accepts: Whether a candidate is the one sought (it compares the candidate's key itself).
  /// - Returns: The reference accepted, or `nil`.
  func first(_ key: UnsafeBufferPointer<UInt8>, where accepts: (Int) -> Bool) -> Int? {
    table.first(hash: Self.hash(key), where: accepts)
  }

  /// Inserts `reference` under `key`, unless `refuses` is true of a stored candidate whose fingerprint agrees
  /// (each seen in probe order).
  ///
  /// - Parameters:
  ///   - reference: The code's reference.
  ///   - key: Its key.
  ///   - refuses: Called with each candidate; `true` leaves the table as it is.
  mutating func insert(
    _ reference: Int, key: UnsafeBufferPointer<UInt8>,
    unless refuses: (Int) -> Bool = { _ in false }
  ) {
    table.insertIfAbsent(reference, hash: Self.hash(key), matching: refuses)
  }

  /// A code key's hash, as the slot table takes it.
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    Int(truncatingIfNeeded: CodeLookupKey.hash(key))
  }

  /// The resident bytes of the table (its slots and pool starts).
  var residentBytes: Int { table.residentBytes + codes.residentBytes }
}
