import PromoGuard

/// A campaign's `activation.codes` seen as a pool, so a recipient list of a coded campaign is audited too: the
/// codes are shared (not single-use), bound to nobody and end with the campaign.
struct CodeListPool: MappingPool {
  /// Each code's key under the campaign's matching, to its index.
  private let indexes: [String: Int]
  /// The campaign's matching.
  private let matching: CodeMatching
  /// The codes as written, in order.
  private let codes: [String]

  /// Indexes `codes` under `matching`.
  init(codes: [String], matching: CodeMatching) {
    var indexes = [String: Int]()
    for (index, code) in codes.enumerated() {
      indexes[Self.key(code, matching)] = indexes[Self.key(code, matching)] ?? index
    }
    self.indexes = indexes
    self.matching = matching
    self.codes = codes
  }

  private static func key(_ code: String, _ matching: CodeMatching) -> String {
    switch matching {
    case .exact: CodeKey.exact(code)
    case .relaxed: CodeKey.relaxed(code)
    }
  }

  var count: Int { codes.count }
  func code(at index: Int) -> String { codes[index] }
  var singleUse: Bool { false }
  func index(of typed: String) -> Int? { indexes[Self.key(typed, matching)] }
  func customer(at index: Int) -> String? { nil }
  func expires(at index: Int) -> Instant? { nil }
}
