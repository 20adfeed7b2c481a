/// An open-addressing hash table that finds an element's index by its hash, the elements being kept by the
/// caller: 4 bytes a slot, at most two thirds of the slots used.
///
/// A ``CampaignSet`` indexes its codes and its campaign ids with these rather than with dictionaries keyed by
/// `String`, which hold a 16-byte key and the whole value in each of 1.3 to 2.7 buckets per element. Each slot
/// holds the element's index + 1 (25 bits; 0 marks an empty slot) and 7 bits of its hash, so that a look-up
/// compares an element only when those bits agree. The caller hashes with `Hasher` (seeded per process), so
/// that a file cannot choose keys that collide.
struct SlotTable: Sendable {
  /// The most elements a table indexes (25 bits of index).
  static let maximumCount = (1 << 25) - 1

  /// The slots: `fingerprint << 25 | (index + 1)`, or 0 when empty.
  private var slots: [UInt32]
  /// The number of slots − 1 (a power of two − 1).
  private let mask: Int

  /// A table sized for `count` elements.
  ///
  /// - Parameter count: How many elements will be inserted.
  init(capacityFor count: Int) {
    var capacity = 16
    while capacity < count + count / 2 + 1 { capacity <<= 1 }
    slots = [UInt32](repeating: 0, count: capacity)
    mask = capacity - 1
  }

  /// The index of the first element inserted with `hash` for which `matches` is true.
  ///
  /// - Parameters:
  ///   - hash: The hash of the key looked up.
  ///   - matches: Whether the element at an index has the key looked up.
  /// - Returns: The element's index, or `nil`.
  /// - Complexity: O(1) expected.
  func first(hash: Int, where matches: (Int) -> Bool) -> Int? {
    slot(for: hash, matching: matches).earlier
  }

  /// Inserts the element at `index`, in place of an element already inserted with the same key (the later
  /// one wins, as in a dictionary).
  ///
  /// - Parameters:
  ///   - index: The element's index, below ``maximumCount``.
  ///   - hash: The hash of its key.
  ///   - matches: Whether the element at an index has the same key.
  /// - Returns: The index of the element replaced, or `nil`.
  @discardableResult
  mutating func insert(_ index: Int, hash: Int, matching matches: (Int) -> Bool) -> Int? {
    let found = slot(for: hash, matching: matches)
    slots[found.slot] = Self.entry(index, hash: hash)
    return found.earlier
  }

  /// Inserts the element at `index` unless `matches` is true for an element already inserted with the same
  /// hash bits (seen in probe order); then the table is left as it is.
  ///
  /// - Parameters:
  ///   - index: The element's index, below ``maximumCount``.
  ///   - hash: The hash of its key.
  ///   - matches: Whether an earlier element stops the insertion (usually: it has the same key).
  /// - Returns: The index of the element that stopped it, or `nil` when inserted.
  @discardableResult
  mutating func insertIfAbsent(_ index: Int, hash: Int, matching matches: (Int) -> Bool) -> Int? {
    let found = slot(for: hash, matching: matches)
    if let earlier = found.earlier { return earlier }
    slots[found.slot] = Self.entry(index, hash: hash)
    return nil
  }

  /// The slot of the first element with `hash`'s bits for which `matches` is true, and that element; else the
  /// empty slot that ends the probe run, and `nil`.
  private func slot(for hash: Int, matching matches: (Int) -> Bool) -> (slot: Int, earlier: Int?) {
    let fingerprint = Self.fingerprint(hash)
    var slot = hash & mask
    while true {
      let existing = slots[slot]
      if existing == 0 { return (slot, nil) }
      if existing & 0xFE00_0000 == fingerprint {
        let earlier = Int(existing & 0x01FF_FFFF) - 1
        if matches(earlier) { return (slot, earlier) }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The slot value of the element at `index` with `hash`.
  private static func entry(_ index: Int, hash: Int) -> UInt32 {
    fingerprint(hash) | (UInt32(truncatingIfNeeded: index + 1) & 0x01FF_FFFF)
  }

  /// The resident bytes of the slots.
  var residentBytes: Int { slots.capacity * MemoryLayout<UInt32>.stride }

  /// The top 7 bits of a hash, in a slot's top 7 bits.
  private static func fingerprint(_ hash: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: UInt(bitPattern: hash) >> (UInt.bitWidth - 7)) << 25
  }
}
