/// The codes of a campaign whose activation is a pool: one code per customer or per email, read from a CSV (or
/// plain one-code-per-line) file named by the campaign: `"activation": {"pool": {"file": "codes/welcome.csv"}}`.
///
/// Immutable once loaded. A typed code is found in O(1) whatever the pool's size under the campaign's
/// `codeMatching` (``index(of:)``), and each code carries its optional customer binding and its own end.
///
/// Storage is laid out for pools of tens of millions of codes (about 35 bytes a code for 15-character codes):
/// the codes as written back to back in one UTF-8 buffer with 32-bit ends, an open-addressing table of 32-bit
/// slots (the code's index plus 7 bits of its hash), and the customer and expiry columns only when the file has
/// them. A code's look-up key is recomputed from the code as written when compared, so keys are not stored.
///
/// ```swift
/// if let index = pool.index(of: "welcome 7f3k q2zd") {
///   pool.code(at: index)      // "WELCOME-7F3K-Q2ZD"
///   pool.customer(at: index)  // "c-4521" or nil
/// }
/// ```
package final class CodePool: Sendable, Hashable {
  /// The file as written in the campaign (relative to the campaign file).
  package let file: String
  /// The file's path as read and shown in locations.
  package let path: String
  /// Whether each code redeems once across all customers (default `true`).
  package let singleUse: Bool
  /// How long a code works after the recipient's send time, if the campaign promises it.
  package let validFor: ISODuration?
  /// The column names read.
  package let columns: Columns
  /// How typed codes are compared (the campaign's `codeMatching`).
  package let matching: CodeMatching

  private let codes: PackedStrings
  private let customers: PackedStrings?
  /// Microseconds since the epoch; `Int64.min` for none.
  private let expiries: [Int64]?
  /// Each code's line when the lines are not consecutive; otherwise `nil` and code `i` is on `firstLine + i`.
  private let lines: [UInt32]?
  /// Each code's column when some code is not in column 1 (a code column after others, or indented);
  /// otherwise `nil`.
  private let codeColumns: [UInt32]?
  private let firstLine: Int
  /// Each code's index by the hash of its key.
  private let table: SlotTable

  /// The most codes one pool holds: the slot keeps the index in 25 bits.
  package static let maximumCodes = 20_000_000

  /// The names of the pool file's columns (`"columns"` in the campaign file).
  package struct Columns: Sendable, Hashable {
    /// The code column (default `code`).
    package var code: String
    /// The column binding a code to a customer id (default `customer`).
    package var customer: String
    /// The column giving a code its own end (default `expires`).
    package var expires: String

    /// Creates column names; the defaults are `code`, `customer` and `expires`.
    package init(code: String = "code", customer: String = "customer", expires: String = "expires")
    {
      self.code = code
      self.customer = customer
      self.expires = expires
    }
  }

  /// The number of codes.
  package var count: Int { codes.count }

  /// Whether the file binds codes to customers (has the customer column).
  package var hasCustomers: Bool { customers != nil }

  /// Whether the file gives codes their own ends (has the expires column).
  package var hasExpiries: Bool { expiries != nil }

  /// Creates a pool from its columns; ``CodePoolLoader`` reads them from a file.
  ///
  /// Duplicate keys are not checked here (the loader reports them); the first of two equal keys is found.
  init(
    file: String, path: String, singleUse: Bool, validFor: ISODuration?, columns: Columns,
    matching: CodeMatching, codes: PackedStrings, customers: PackedStrings?, expiries: [Int64]?,
    lines: [UInt32]?, firstLine: Int, codeColumns: [UInt32]? = nil,
    duplicates: (_ index: Int, _ earlier: Int) -> Void = { _, _ in }
  ) {
    self.file = file
    self.path = path
    self.singleUse = singleUse
    self.validFor = validFor
    self.columns = columns
    self.matching = matching
    self.codes = codes
    self.customers = customers
    self.expiries = expiries
    self.lines = lines
    self.codeColumns = codeColumns
    self.firstLine = firstLine
    var table = SlotTable(capacityFor: codes.count)
    for index in 0..<codes.count {
      codes.withBytes(at: index) { code in
        CodeLookupKey.withKey(of: code, matching: matching) { key in
          let earlier = table.insertIfAbsent(
            index, hash: Int(truncatingIfNeeded: CodeLookupKey.hash(key))
          ) { other in
            CodePool.storedKey(codes, other, matching: matching, equals: key)
          }
          if let earlier { duplicates(index, earlier) }
        }
      }
    }
    self.table = table
  }

  /// The index of the code a customer typed, under the campaign's matching; `nil` when the pool has no such code.
  ///
  /// - Parameter typed: The code as typed.
  /// - Returns: The code's index.
  /// - Complexity: O(1) expected, whatever the pool's size (O(length of the code)).
  package func index(of typed: String) -> Int? {
    CodeLookupKey.withKey(of: typed, matching: matching) { key in
      guard !key.isEmpty else { return nil }
      return table.first(hash: Int(truncatingIfNeeded: CodeLookupKey.hash(key))) { index in
        Self.storedKey(codes, index, matching: matching, equals: key)
      }
    }
  }

  /// Code `index` as written in the file.
  package func code(at index: Int) -> String { codes.string(at: index) }

  /// Calls `body` with the UTF-8 bytes of code `index` as written in the file.
  package func withCodeBytes<Result>(
    at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    codes.withBytes(at: index, body)
  }

  /// The customer id code `index` is bound to, or `nil` when anyone may use it.
  package func customer(at index: Int) -> String? { customers?.value(at: index) }

  /// Code `index`'s own end (the first moment it no longer works), or `nil`.
  package func expires(at index: Int) -> Instant? {
    guard let expiries, expiries[index] != Int64.min else { return nil }
    return Instant(microsecondsSinceEpoch: expiries[index])
  }

  /// The 1-based line of code `index` in the pool file.
  package func line(at index: Int) -> Int {
    if let lines { return Int(lines[index]) }
    return firstLine + index
  }

  /// The 1-based column (in characters) where code `index` starts in the pool file.
  package func column(at index: Int) -> Int {
    codeColumns.map { Int($0[index]) } ?? 1
  }

  /// Where code `index` is written: the pool file, its line and column.
  package func location(at index: Int) -> FileLocation {
    FileLocation(file: path, line: line(at: index), column: column(at: index))
  }

  /// The bytes the pool keeps resident (capacities of its buffers).
  package var residentBytes: Int {
    codes.residentBytes + (customers?.residentBytes ?? 0) + (expiries?.capacity ?? 0) * 8
      + (lines?.capacity ?? 0) * 4 + (codeColumns?.capacity ?? 0) * 4 + table.residentBytes
  }

  private static func storedKey(
    _ codes: PackedStrings, _ index: Int, matching: CodeMatching,
    equals key: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    codes.withBytes(at: index) { stored in
      CodeLookupKey.withKey(of: stored, matching: matching) { storedKey in
        storedKey.count == key.count && storedKey.elementsEqual(key)
      }
    }
  }

  /// Whether two pools hold the same codes with the same options.
  package static func == (lhs: CodePool, rhs: CodePool) -> Bool {
    if lhs === rhs { return true }
    return lhs.file == rhs.file && lhs.singleUse == rhs.singleUse && lhs.validFor == rhs.validFor
      && lhs.columns == rhs.columns && lhs.matching == rhs.matching && lhs.codes == rhs.codes
      && lhs.customers == rhs.customers && lhs.expiries == rhs.expiries
  }

  /// Hashes the file and the number of codes.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(count)
  }
}
