/// The codes campaign files write (not pool codes), indexed by their look-up key under each campaign's
/// `codeMatching`, for ``CampaignSet/lookUp(_:)``.
///
/// Rather than a dictionary keyed by `String` whose values hold the campaign and the code (64 bytes in each of
/// about 2.7 buckets per code), the keys are stored back to back in one buffer, each with the number of its
/// campaign and the code's place in that campaign's `codes`, and a ``SlotTable`` finds them: about 15 bytes a
/// code beyond the key's own bytes. A key's first byte says which matching it is under, so an exact and a
/// relaxed code never meet.
struct CodeIndex: Sendable {
  /// The codes' keys back to back: for each, a byte for its matching (`E` or `R`), then the key's UTF-8 bytes.
  private let keyBytes: [UInt8]
  /// `keyEnds[i]` is one past the last byte of key `i` in ``keyBytes``.
  private let keyEnds: [UInt32]
  /// Each code's campaign, by its index in the set's campaigns.
  private let owners: [UInt32]
  /// Each code's place in its campaign's `activation.codes`.
  private let positions: [UInt32]
  /// The codes, by the hash of their keys.
  private let table: SlotTable
  /// Whether any campaign matches its codes exactly (when none does, a look-up computes only the relaxed
  /// key).
  private let hasExact: Bool

  /// Indexes the codes of `campaigns` (the set's campaigns, in load order).
  ///
  /// - Parameter campaigns: The campaigns.
  /// - Complexity: O(*c*) expected for *c* codes (in all, at most `CampaignLoader.maximumCodes`).
  init(_ campaigns: [CompiledCampaign]) {
    var count = 0
    var bytes = 0
    for campaign in campaigns {
      for code in campaign.rules.activation.codes {
        count += 1
        bytes += code.utf8.count + 1
      }
    }
    // Reserved to the size of the codes as written plus the tags: a relaxed or exact key of an ASCII code is
    // never longer, so the buffers are allocated once, without spare capacity.
    var keyBytes = [UInt8]()
    var keyEnds = [UInt32]()
    var owners = [UInt32]()
    var positions = [UInt32]()
    keyBytes.reserveCapacity(bytes)
    keyEnds.reserveCapacity(count)
    owners.reserveCapacity(count)
    positions.reserveCapacity(count)
    var table = SlotTable(capacityFor: count)
    var hasExact = false
    for (owner, campaign) in campaigns.enumerated() {
      let matching = campaign.rules.codeMatching
      for (position, code) in campaign.rules.activation.codes.enumerated() {
        if matching == .exact { hasExact = true }
        var key = Self.key(code, matching)
        let index = keyEnds.count
        keyBytes.append(contentsOf: key.utf8)
        keyEnds.append(UInt32(truncatingIfNeeded: keyBytes.count))
        owners.append(UInt32(truncatingIfNeeded: owner))
        positions.append(UInt32(truncatingIfNeeded: position))
        key.withUTF8 { typed in
          keyBytes.withUnsafeBufferPointer { stored in
            _ = table.insert(index, hash: Self.hash(typed)) { other in
              Self.key(other, in: stored, ends: keyEnds).elementsEqual(typed)
            }
          }
        }
      }
    }
    self.keyBytes = keyBytes
    self.keyEnds = keyEnds
    self.owners = owners
    self.positions = positions
    self.table = table
    self.hasExact = hasExact
  }

  /// The campaign (its index in the set) and the code's place in its `codes` for a code typed at checkout,
  /// if a campaign writes it: first among exact codes, then among relaxed ones.
  ///
  /// - Parameter typed: The code as typed.
  /// - Returns: The campaign's index and the code's place, or `nil` for a code no campaign writes.
  /// - Complexity: O(*n*) in the typed code's length, O(1) in the number of codes.
  func find(_ typed: String) -> (campaign: Int, position: Int)? {
    if hasExact, let found = find(key: Self.key(typed, .exact)) { return found }
    return find(key: Self.key(typed, .relaxed))
  }

  /// The resident bytes of the index (capacity, not count).
  var residentBytes: Int {
    keyBytes.capacity + (keyEnds.capacity + owners.capacity + positions.capacity) * 4
      + table.residentBytes
  }

  private func find(key: String) -> (campaign: Int, position: Int)? {
    var key = key
    return key.withUTF8 { typed in
      keyBytes.withUnsafeBufferPointer { stored in
        let index = table.first(hash: Self.hash(typed)) { other in
          Self.key(other, in: stored, ends: keyEnds).elementsEqual(typed)
        }
        guard let index else { return nil }
        return (Int(owners[index]), Int(positions[index]))
      }
    }
  }

  /// The bytes of key `index`.
  private static func key(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, ends: [UInt32])
    -> UnsafeBufferPointer<UInt8>
  {
    let start = index == 0 ? 0 : Int(ends[index - 1])
    return UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[index])])
  }

  /// The tagged key of `code` under `matching`.
  private static func key(_ code: String, _ matching: CodeMatching) -> String {
    switch matching {
    case .exact: "E" + CodeKey.exact(code)
    case .relaxed: "R" + CodeKey.relaxed(code)
    }
  }

  /// The hash of a tagged key (seeded per process).
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var hasher = Hasher()
    hasher.combine(bytes: UnsafeRawBufferPointer(key))
    return hasher.finalize()
  }
}
