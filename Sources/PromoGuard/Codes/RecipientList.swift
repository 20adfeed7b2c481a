/// The list an email platform sent for one message: one row a recipient, with who they are and the code shown
/// (`"recipients": {"file": "sends/welcome-oct.csv"}` on a message).
///
/// Immutable once loaded. Columns `customer` and/or `email`, `code`, and `sentAt` when each row has its own
/// send time (else the message's `sentAt` counts). Stored column by column in packed buffers, so a list of a
/// million rows costs a few tens of bytes a row.
///
/// ```swift
/// for row in 0..<list.count where list.code(at: row) == nil {
///   print("\(list.location(at: row)): no code shown")
/// }
/// ```
package final class RecipientList: Sendable, Hashable {
  /// The file as written in the campaign (relative to the campaign file).
  package let file: String
  /// The file's path as read and shown in locations.
  package let path: String
  /// The column names read.
  package let columns: Columns
  /// The message's own send time, used for rows without one.
  package let messageSentAt: Instant?

  private let customers: PackedStrings?
  private let emails: PackedStrings?
  private let codes: PackedStrings?
  /// Microseconds since the epoch; `Int64.min` for none.
  private let sendTimes: [Int64]?
  private let lines: [UInt32]?
  private let firstLine: Int
  private let rowCount: Int

  /// The names of a recipients file's columns (`"columns"` in the campaign file).
  package struct Columns: Sendable, Hashable {
    /// The customer id column (default `customer`).
    package var customer: String
    /// The email address column (default `email`).
    package var email: String
    /// The column with the code shown (default `code`).
    package var code: String
    /// The column with the row's send time (default `sentAt`).
    package var sentAt: String

    /// Creates column names; the defaults are `customer`, `email`, `code` and `sentAt`.
    package init(
      customer: String = "customer", email: String = "email", code: String = "code",
      sentAt: String = "sentAt"
    ) {
      self.customer = customer
      self.email = email
      self.code = code
      self.sentAt = sentAt
    }
  }

  /// Creates a list from its columns; ``RecipientListLoader`` reads them from a file.
  init(
    file: String, path: String, columns: Columns, messageSentAt: Instant?, count: Int,
    customers: PackedStrings?, emails: PackedStrings?, codes: PackedStrings?, sendTimes: [Int64]?,
    lines: [UInt32]?, firstLine: Int
  ) {
    self.file = file
    self.path = path
    self.columns = columns
    self.messageSentAt = messageSentAt
    self.rowCount = count
    self.customers = customers
    self.emails = emails
    self.codes = codes
    self.sendTimes = sendTimes
    self.lines = lines
    self.firstLine = firstLine
  }

  /// The number of recipients (rows).
  package var count: Int { rowCount }

  /// Whether the file has a customer column.
  package var hasCustomers: Bool { customers != nil }
  /// Whether the file has an email column.
  package var hasEmails: Bool { emails != nil }
  /// Whether the file has a code column.
  package var hasCodes: Bool { codes != nil }

  /// Row `index`'s customer id, or `nil`.
  package func customer(at index: Int) -> String? { customers?.value(at: index) }

  /// Row `index`'s email address, or `nil`.
  package func email(at index: Int) -> String? { emails?.value(at: index) }

  /// The code shown to row `index`'s recipient, or `nil`.
  package func code(at index: Int) -> String? { codes?.value(at: index) }

  /// When row `index` was sent: its own send time, else the message's `sentAt`, else `nil`.
  package func sentAt(at index: Int) -> Instant? {
    if let sendTimes, sendTimes[index] != Int64.min {
      return Instant(microsecondsSinceEpoch: sendTimes[index])
    }
    return messageSentAt
  }

  /// The 1-based line of row `index` in the file.
  package func line(at index: Int) -> Int {
    if let lines { return Int(lines[index]) }
    return firstLine + index
  }

  /// Where row `index` is written: the file, its line, column 1.
  package func location(at index: Int) -> FileLocation {
    FileLocation(file: path, line: line(at: index), column: 1)
  }

  /// Whether two lists hold the same rows from the same file.
  package static func == (lhs: RecipientList, rhs: RecipientList) -> Bool {
    if lhs === rhs { return true }
    return lhs.file == rhs.file && lhs.columns == rhs.columns
      && lhs.messageSentAt == rhs.messageSentAt
      && lhs.rowCount == rhs.rowCount && lhs.customers == rhs.customers && lhs.emails == rhs.emails
      && lhs.codes == rhs.codes && lhs.sendTimes == rhs.sendTimes
  }

  /// Hashes the file and the number of rows.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(rowCount)
  }
}
