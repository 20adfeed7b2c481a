/// For a list of (instant, campaign) pairs, the set of campaigns whose instant is at or before any given
/// instant, found by binary search from a few stored snapshots.
struct InstantPrefixSets: Sendable {
  /// The instants, ascending.
  let instants: [Instant]
  /// The campaign of each instant.
  let positions: [Int32]
  /// Entries between snapshots.
  let stride: Int
  /// Snapshot *s* (words `s * wordCount ..< (s + 1) * wordCount`): `base` plus the campaigns of the first
  /// `s * stride` entries.
  let snapshots: [UInt64]
  /// Machine words per set.
  let wordCount: Int

  /// Sorts `entries` and takes snapshots.
  ///
  /// - Parameters:
  ///   - entries: (instant, campaign) pairs.
  ///   - base: The campaigns every set contains.
  init(_ entries: [(instant: Instant, position: Int32)], base: [UInt64]) {
    let sorted = entries.sorted { $0.instant < $1.instant }
    instants = sorted.map(\.instant)
    positions = sorted.map(\.position)
    wordCount = base.count
    // At most 17 snapshots: memory stays linear in the number of campaigns, and a look-up adds at most
    // `stride` bits by hand.
    let stride = max(64, sorted.count / 16)
    self.stride = stride
    var snapshots = base
    var current = base
    var index = 0
    while index + stride <= sorted.count {
      for entry in sorted[index..<(index + stride)] {
        BitWords.insert(Int(entry.position), into: &current)
      }
      snapshots += current
      index += stride
    }
    self.snapshots = snapshots
  }

  /// Writes into `set` the campaigns whose instant is at or before `instant`.
  ///
  /// - Parameters:
  ///   - set: `wordCount` words.
  ///   - instant: The instant.
  func fill(_ set: UnsafeMutableBufferPointer<UInt64>, upTo instant: Instant) {
    // The number of entries at or before `instant`: the first index whose instant is after it.
    var low = 0
    var high = instants.count
    while low < high {
      let middle = low + (high - low) / 2
      if instants[middle] <= instant { low = middle + 1 } else { high = middle }
    }
    let snapshot = low / stride
    let first = snapshot * wordCount
    for word in 0..<wordCount { set[word] = snapshots[first + word] }
    for index in (snapshot * stride)..<low { BitWords.insert(Int(positions[index]), into: set) }
  }
}
