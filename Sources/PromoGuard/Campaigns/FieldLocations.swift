/// Where each field of a campaign was written, kept compactly for reports that name a clause.
///
/// A loaded campaign keeps these for as long as its set lives, so they are stored as one array of
/// (key, line, column) sorted by key, with the file path held once and the usual keys shared between campaigns
/// (``internedKeys``), rather than a dictionary of full ``FileLocation`` values: about a quarter of the memory
/// for a campaign's ten or so fields. Reading one is a binary search.
package struct FieldLocations: Sendable, Hashable {
  /// One field: its key (the path inside the campaign) and where it was written.
  private struct Entry: Sendable, Hashable {
    var key: String
    var line: Int32
    var column: Int32
  }

  /// The file every location is in.
  private var file: String
  /// The fields, sorted by key.
  private var entries: [Entry]
  /// The locations as given, when they are not all in one file (never for a decoded campaign).
  private var mixed: [String: FileLocation]?

  /// Keys written by most campaigns, held once so that each campaign's copy shares their storage.
  private static let internedKeys: [String: String] = {
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
    return Dictionary(keys.map { ($0, $0) }, uniquingKeysWith: { first, _ in first })
  }()

  /// No locations.
  package init() {
    file = ""
    entries = []
    mixed = nil
  }

  /// The locations of a dictionary keyed by path; lines and columns past `Int32.max` (files are at most
  /// 32 MiB) are clamped.
  ///
  /// - Parameter locations: Where each field was written.
  package init(_ locations: [String: FileLocation]) {
    file = locations.first?.value.file ?? ""
    mixed = nil
    entries = []
    if locations.values.contains(where: { $0.file != file }) {
      mixed = locations
      return
    }
    var sorted = [Entry]()
    sorted.reserveCapacity(locations.count)
    for (key, location) in locations {
      sorted.append(
        Entry(
          key: Self.internedKeys[key] ?? key, line: Int32(clamping: location.line),
          column: Int32(clamping: location.column)))
    }
    sorted.sort { $0.key < $1.key }
    entries = sorted
  }

  /// Where the field at `key` was written, if it was.
  package subscript(key: String) -> FileLocation? {
    if let mixed { return mixed[key] }
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].key < key { low = middle + 1 } else { high = middle }
    }
    guard low < entries.count, entries[low].key == key else { return nil }
    return FileLocation(file: file, line: Int(entries[low].line), column: Int(entries[low].column))
  }

  /// How many fields have a location.
  package var count: Int { mixed?.count ?? entries.count }
}
