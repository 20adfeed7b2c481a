/// An open-addressing hash table of codes from several pools, each held as a 32-bit reference: 7 bits of the
/// key's hash as a fingerprint and 25 bits for the code's place among all the pools' codes.
///
/// The table holds no keys: a candidate's key is computed again from its pool's bytes when its fingerprint
/// agrees, so it costs 4 bytes a slot (6–12 bytes a code) however long the codes are.
struct PoolCodeTable {
  /// The most codes a table can refer to in all.
  static let maximumCodes = 0x01FF_FFFE

  /// The pools whose codes the references point into, in order.
  let pools: [CodePool]
  /// `starts[p]` is the number of codes in the pools before pool `p`; the last entry is the total.
  private let starts: [Int]
  private var slots: [UInt32]
  private let mask: Int

  /// An empty table for up to `expected` codes of `pools`.
  ///
  /// - Parameters:
  ///   - pools: The pools.
  ///   - expected: How many references will be inserted (at most ``maximumCodes``).
  init(pools: [CodePool], expected: Int) {
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
    var capacity = 16
    while capacity < expected + expected / 2 + 1 { capacity <<= 1 }
    slots = [UInt32](repeating: 0, count: expected == 0 ? 1 : capacity)
    mask = expected == 0 ? 0 : capacity - 1
  }

  /// The number of codes in all the pools.
  var totalCodes: Int { starts[starts.count - 1] }

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

  /// The first stored reference whose fingerprint agrees with `key`'s hash and that `accepts`, in probe order.
  ///
  /// - Parameters:
  ///   - key: The key the references were inserted under.
  ///   - accepts: Whether a candidate is the one sought (it compares the candidate's key itself).
  /// - Returns: The reference accepted, or `nil`.
  func first(_ key: UnsafeBufferPointer<UInt8>, where accepts: (Int) -> Bool) -> Int? {
    let hash = CodeLookupKey.hash(key)
    let fingerprint = UInt32(truncatingIfNeeded: hash >> 57) << 25
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let entry = slots[slot]
      if entry & 0xFE00_0000 == fingerprint {
        let reference = Int(entry & 0x01FF_FFFF) - 1
        if accepts(reference) { return reference }
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// A free slot for a code with `key`, to fill with ``fill(_:with:)``.
  ///
  /// The first empty slot of the key's probe run, or `nil` when `refuses` says so of a stored candidate whose
  /// fingerprint agrees (seen in probe order).
  ///
  /// - Parameters:
  ///   - key: The code's key.
  ///   - refuses: Called with each candidate; `true` means the code is not to be stored.
  /// - Returns: The slot, or `nil` when refused or the table holds nothing.
  func freeSlot(for key: UnsafeBufferPointer<UInt8>, unless refuses: (Int) -> Bool) -> FreeSlot? {
    guard mask > 0 else { return nil }
    let hash = CodeLookupKey.hash(key)
    let fingerprint = UInt32(truncatingIfNeeded: hash >> 57) << 25
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let entry = slots[slot]
      if entry & 0xFE00_0000 == fingerprint, refuses(Int(entry & 0x01FF_FFFF) - 1) { return nil }
      slot = (slot + 1) & mask
    }
    return FreeSlot(slot: slot, fingerprint: fingerprint)
  }

  /// A slot found by ``freeSlot(for:unless:)`` and the fingerprint of the key it is for.
  struct FreeSlot {
    fileprivate let slot: Int
    fileprivate let fingerprint: UInt32
  }

  /// Stores `reference` in `free`; nothing may have been stored since it was found.
  mutating func fill(_ free: FreeSlot, with reference: Int) {
    slots[free.slot] = free.fingerprint | UInt32(reference + 1)
  }

  /// Inserts `reference` under `key`.
  mutating func insert(_ reference: Int, key: UnsafeBufferPointer<UInt8>) {
    if let free = freeSlot(for: key, unless: { _ in false }) { fill(free, with: reference) }
  }

  /// The resident bytes of the table (its slots and pool starts).
  var residentBytes: Int { slots.capacity * 4 + starts.capacity * 8 }
}
