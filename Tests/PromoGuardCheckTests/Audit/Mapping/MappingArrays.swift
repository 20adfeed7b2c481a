import PromoGuard

@testable import PromoGuardCheck

/// A code pool held in plain arrays, for the mapping audit's tests: codes are looked up upper-cased with spaces
/// and `-` removed (as relaxed matching does for these ASCII codes).
struct ArrayPool: MappingPool {
  var codes: [String]
  var owners: [String?]
  var ends: [Instant?]
  var singleUse: Bool
  private var indexes: [String: Int]

  init(
    _ codes: [String], owners: [String?]? = nil, ends: [Instant?]? = nil, singleUse: Bool = true
  ) {
    self.codes = codes
    self.owners = owners ?? Array(repeating: nil, count: codes.count)
    self.ends = ends ?? Array(repeating: nil, count: codes.count)
    self.singleUse = singleUse
    var indexes = [String: Int]()
    for (index, code) in codes.enumerated() { indexes[Self.key(code)] = index }
    self.indexes = indexes
  }

  static func key(_ code: String) -> String {
    String(code.uppercased().filter { $0 != " " && $0 != "-" })
  }

  var count: Int { codes.count }
  func index(of typed: String) -> Int? { indexes[Self.key(typed)] }
  func code(at index: Int) -> String { codes[index] }
  func customer(at index: Int) -> String? { owners[index] }
  func expires(at index: Int) -> Instant? { ends[index] }
}

/// A recipient list held in plain arrays: row `i` is on line `i + 2` (after the header) of `sends.csv`.
struct ArrayRecipients: MappingRecipients {
  struct Row {
    var customer: String? = nil
    var email: String? = nil
    var code: String? = nil
    var sentAt: Instant? = MappingTime.t0
  }

  var rows: [Row]
  var path: String { "sends.csv" }
  var count: Int { rows.count }
  func customer(at index: Int) -> String? { rows[index].customer }
  func email(at index: Int) -> String? { rows[index].email }
  func code(at index: Int) -> String? { rows[index].code }
  func sentAt(at index: Int) -> Instant? { rows[index].sentAt }
  func line(at index: Int) -> Int { index + 2 }
}

/// Times for the mapping tests: `t0` is 1 October 2026 09:00 UTC (1,790,845,200 s after the epoch).
enum MappingTime {
  static let t0 = Instant(microsecondsSinceEpoch: 1_790_845_200 * 1_000_000)

  /// `t0` plus `seconds`.
  static func at(_ seconds: Int64) -> Instant {
    Instant(microsecondsSinceEpoch: t0.microsecondsSinceEpoch + seconds * 1_000_000)
  }

  static let day: Int64 = 86_400
}
