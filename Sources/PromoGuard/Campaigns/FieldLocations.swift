/// Where each field of a campaign was written, kept compactly for reports that name a clause.
///
/// A loaded campaign keeps these for as long as its set lives, so each field is packed into one 64-bit word —
/// the number of its key, its line and its column — in one array sorted by key, with the file path held once
/// and the usual keys (``knownKeys``) numbered in a table shared by every campaign; keys outside that table are
/// kept once per campaign. That is 8 bytes a field instead of a dictionary entry holding a full
/// ``FileLocation``. Reading one is a binary search. Locations that do not fit (several files, a line or column
/// past 2²⁶, more than 4,096 keys) are kept as given.
package struct FieldLocations: Sendable, Hashable {
  /// The file every location is in.
  private var file: String
  /// One word a field: key number (bits 52–63), line (bits 26–51), column (bits 0–25); sorted by key.
  private var packed: [UInt64]
  /// The keys not in ``knownKeys``, numbered from `knownKeys.count` in the order they first appear in
  /// ``packed``.
  private var otherKeys: [String]
  /// The locations as given, when they cannot be packed (never for a decoded campaign of an ordinary file).
  private var mixed: [String: FileLocation]?

  /// Bits for a line and for a column: 67,108,863 at most, more than a 32 MiB campaign file can reach.
  private static let positionBits = 26
  /// The most key numbers a word can hold.
  private static let keyLimit = 1 << (64 - 2 * positionBits)
  /// The mask of one position field.
  private static let positionMask: UInt64 = (1 << UInt64(positionBits)) - 1

  /// Keys written by most campaigns, numbered by their place in this table (shared by every campaign).
  private static let knownKeys: [String] = {
    var keys =
      CampaignDecoder.keys + CampaignDecoder.termsKeys.map { "terms." + $0 }
    for side in ["include", "exclude"] {
      for prefix in ["target", "terms.target"] {
        keys.append("\(prefix).\(side)")
        for list in ["skus", "categories", "tags"] {
          keys.append("\(prefix).\(side).\(list)")
          for index in 0..<4 { keys.append("\(prefix).\(side).\(list).\(index)") }
        }
      }
    }
    var seen = Set<String>()
    return keys.filter { seen.insert($0).inserted }
  }()

  /// The number of each key of ``knownKeys``.
  private static let knownNumbers: [String: Int] = Dictionary(
    knownKeys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

  /// No locations.
  package init() {
    file = ""
    packed = []
    otherKeys = []
    mixed = nil
  }

  /// The locations of a dictionary keyed by path.
  ///
  /// - Parameter locations: Where each field was written.
  package init(_ locations: [String: FileLocation]) {
    self.init()
    file = locations.first?.value.file ?? ""
    let fits = locations.values.allSatisfy { location in
      location.file == file && Self.fits(location.line) && Self.fits(location.column)
    }
    let keys = locations.keys.sorted()
    let unknown = keys.count { Self.knownNumbers[$0] == nil }
    guard fits, Self.knownKeys.count + unknown <= Self.keyLimit else {
      file = ""
      mixed = locations
      return
    }
    var packed = [UInt64]()
    packed.reserveCapacity(keys.count)
    for key in keys {
      guard let location = locations[key] else { continue }
      let number: Int
      if let known = Self.knownNumbers[key] {
        number = known
      } else {
        number = Self.knownKeys.count + otherKeys.count
        otherKeys.append(key)
      }
      packed.append(
        UInt64(number) << UInt64(2 * Self.positionBits) | UInt64(location.line)
          << UInt64(Self.positionBits) | UInt64(location.column))
    }
    self.packed = packed
  }

  /// Where the field at `key` was written, if it was.
  package subscript(key: String) -> FileLocation? {
    if let mixed { return mixed[key] }
    var low = 0
    var high = packed.count
    while low < high {
      let middle = (low + high) / 2
      if self.key(of: packed[middle]) < key { low = middle + 1 } else { high = middle }
    }
    guard low < packed.count, self.key(of: packed[low]) == key else { return nil }
    let word = packed[low]
    return FileLocation(
      file: file, line: Int((word >> UInt64(Self.positionBits)) & Self.positionMask),
      column: Int(word & Self.positionMask))
  }

  /// How many fields have a location.
  package var count: Int { mixed?.count ?? packed.count }

  /// The key of a packed field.
  private func key(of word: UInt64) -> String {
    let number = Int(word >> UInt64(2 * Self.positionBits))
    if number < Self.knownKeys.count { return Self.knownKeys[number] }
    return otherKeys[number - Self.knownKeys.count]
  }

  /// Whether a line or column fits in its field.
  private static func fits(_ position: Int) -> Bool {
    position >= 0 && position <= Int(positionMask)
  }
}
