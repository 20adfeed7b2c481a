package import PromoGuard

/// What the mapping audit reads of a code pool (`activation.pool`): its size, whether a code redeems once, and
/// each code's owner and end, by index, in O(1).
///
/// `CodePool` is one; tests and the bench use plain arrays.
package protocol MappingPool {
  /// How many codes the pool holds.
  var count: Int { get }
  /// Whether each code redeems once, across all customers.
  var singleUse: Bool { get }
  /// The index of the code a customer types, under the campaign's `codeMatching`, or `nil` when the pool does
  /// not have it. O(1).
  func index(of typed: String) -> Int?
  /// The code at `index`, as written.
  func code(at index: Int) -> String
  /// The customer the code at `index` is bound to, if any.
  func customer(at index: Int) -> String?
  /// The code's own end (exclusive), if the pool gives one.
  func expires(at index: Int) -> Instant?
}

/// What the mapping audit reads of a recipient list (`messages[].recipients`): one row a recipient, by index,
/// in O(1).
///
/// `RecipientList` is one; tests and the bench use plain arrays.
package protocol MappingRecipients {
  /// The list's path as read (for the rows' locations: `path:line`).
  var path: String { get }
  /// How many recipients (rows) the list holds.
  var count: Int { get }
  /// The recipient's customer id, if the list gives one.
  func customer(at index: Int) -> String?
  /// The recipient's email address, if the list gives one.
  func email(at index: Int) -> String?
  /// The code the recipient was shown; `nil` (or empty) for a planned send the pool will fill.
  func code(at index: Int) -> String?
  /// When the recipient is sent the message: the row's own time, else the message's `sentAt`.
  func sentAt(at index: Int) -> Instant?
  /// The row's 1-based line in the list file.
  func line(at index: Int) -> Int
}
