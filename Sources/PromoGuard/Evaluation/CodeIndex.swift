import Foundation

/// The codes campaign files write (not pool codes), indexed by their look-up key under each campaign's
/// `codeMatching`, for ``CampaignSet/lookUp(_:)``.
///
/// Rather than a dictionary keyed by `String` whose values hold the campaign and the code (64 bytes in each of
/// 1.3 to 2.7 buckets per code), the keys are stored back to back in one buffer, each with the number of its
/// campaign and the code's place in that campaign's `codes`, and a ``SlotTable`` finds them: 12 bytes a code
/// beyond the key's own bytes, plus 1.5 to 3 slots of 4 bytes. A code's matching is part of its hash and is
/// compared with its key, so an exact and a relaxed code never meet.
struct CodeIndex: Sendable {
  /// The codes' keys (``CodeKey``), back to back in UTF-8.
  private let keyBytes: [UInt8]
  /// `keyEnds[i]` is one past the last byte of key `i` in ``keyBytes``.
  private let keyEnds: [UInt32]
  /// Each code's campaign, by its index in the set's campaigns.
  private let owners: [UInt32]
  /// Each code's place in its campaign's `activation.codes` (bits 0–30) and whether its campaign matches
  /// exactly (bit 31).
  private let positions: [UInt32]
  /// The codes, by the hash of their matching and key.
  private let table: SlotTable
  /// Whether any campaign matches its codes exactly (when none does, a look-up computes only the relaxed
  /// key).
  private let hasExact: Bool

  /// Bit 31 of a position: the code is matched exactly.
  private static let exactBit: UInt32 = 0x8000_0000

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
        bytes += code.utf8.count
      }
    }
    // Reserved to the size of the codes as written: a relaxed or exact key of an ASCII code is never longer,
    // so the buffers are allocated once, without spare capacity.
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
        var key = matching == .exact ? Self.exactKey(code) : CodeKey.relaxed(code)
        let index = keyEnds.count
        let exactBit = matching == .exact ? Self.exactBit : 0
        keyBytes.append(contentsOf: key.utf8)
        keyEnds.append(UInt32(truncatingIfNeeded: keyBytes.count))
        owners.append(UInt32(truncatingIfNeeded: owner))
        positions.append(UInt32(truncatingIfNeeded: position) & ~Self.exactBit | exactBit)
        key.withUTF8 { typed in
          keyBytes.withUnsafeBufferPointer { stored in
            _ = table.insert(index, hash: Self.hash(typed, matching)) { other in
              positions[other] & Self.exactBit == exactBit
                && Self.equal(Self.key(other, in: stored, ends: keyEnds), typed)
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
    if hasExact, let found = find(key: Self.exactKey(typed), .exact) { return found }
    return find(key: CodeKey.relaxed(typed), .relaxed)
  }

  /// The resident bytes of the index (capacity, not count).
  var residentBytes: Int {
    keyBytes.capacity + (keyEnds.capacity + owners.capacity + positions.capacity) * 4
      + table.residentBytes
  }

  private func find(key: String, _ matching: CodeMatching) -> (campaign: Int, position: Int)? {
    var key = key
    let exactBit = matching == .exact ? Self.exactBit : 0
    // The closures return a plain index (−1 for none).
    let index = key.withUTF8 { typed in
      keyBytes.withUnsafeBufferPointer { stored in
        table.first(hash: Self.hash(typed, matching)) { other in
          positions[other] & Self.exactBit == exactBit
            && Self.equal(Self.key(other, in: stored, ends: keyEnds), typed)
        } ?? -1
      }
    }
    guard index >= 0 else { return nil }
    return (Int(owners[index]), Int(positions[index] & ~Self.exactBit))
  }

  /// The bytes of key `index`.
  private static func key(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, ends: [UInt32])
    -> UnsafeBufferPointer<UInt8>
  {
    let start = index == 0 ? 0 : Int(ends[index - 1])
    return UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[index])])
  }

  /// The exact key of a code (``CodeKey/exact(_:)``), in Unicode NFC when it is not ASCII.
  ///
  /// Keys are compared byte for byte; the dictionary this index replaced compared `String`s, which are equal
  /// when canonically equivalent (`é` written as one scalar or as `e` and a combining accent) — exactly when
  /// their NFC forms have the same bytes. Relaxed keys are already in NFKC.
  private static func exactKey(_ code: String) -> String {
    let key = CodeKey.exact(code)
    if key.utf8.allSatisfy({ $0 < 0x80 }) { return key }
    return key.precomposedStringWithCanonicalMapping
  }

  /// Whether two keys have the same bytes.
  private static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard left.count == right.count else { return false }
    for index in 0..<left.count where left[index] != right[index] { return false }
    return true
  }

  /// The hash of a key under a matching (seeded per process).
  private static func hash(_ key: UnsafeBufferPointer<UInt8>, _ matching: CodeMatching) -> Int {
    var hasher = Hasher()
    hasher.combine(matching == .exact)
    hasher.combine(bytes: UnsafeRawBufferPointer(key))
    return hasher.finalize()
  }
}
