/// Personal data from recipient lists (email addresses, customer ids), as reports show it: masked unless the
/// person running the tool asks for it in full (`--show-recipients`).
///
/// A report is often pasted into a ticket or a chat; a recipient list is not. So every report format prints
/// `j***@example.com` and `c-4***` by default, enough to find the row again (the report also gives its line)
/// without copying the address.
package enum PersonalData {
  /// An email address with its local part masked: the first character, then `***`, then the domain.
  ///
  /// ```swift
  /// PersonalData.masked(email: "jane.doe@example.com")  // "j***@example.com"
  /// PersonalData.masked(email: "@example.com")          // "***@example.com"
  /// PersonalData.masked(email: "not-an-address")        // "***"
  /// ```
  ///
  /// - Parameter email: The address as the list gives it.
  /// - Returns: The masked address; `***` alone when there is no `@` (nothing there is safe to show).
  package static func masked(email: String) -> String {
    guard let at = email.lastIndex(of: "@") else { return "***" }
    let local = email[..<at]
    let domain = email[at...]
    return (local.first.map { String($0) } ?? "") + "***" + domain
  }

  /// A customer id with all but its first three characters masked.
  ///
  /// ```swift
  /// PersonalData.masked(customer: "c-4242")  // "c-4***"
  /// PersonalData.masked(customer: "c-42")    // "***" (4 characters or fewer: masked whole)
  /// ```
  ///
  /// - Parameter customer: The id as the list gives it.
  /// - Returns: The masked id.
  package static func masked(customer: String) -> String {
    guard customer.count > 4 else { return "***" }
    return String(customer.prefix(3)) + "***"
  }

  /// How a recipient is named in a report: their email address, else their customer id (masked unless
  /// `shown`), else `(no customer id or email)`.
  ///
  /// - Parameters:
  ///   - email: The recipient's email address, if the list gives one.
  ///   - customer: The recipient's customer id, if the list gives one.
  ///   - shown: Whether to print them in full (`--show-recipients`).
  /// - Returns: The name, e.g. `j***@example.com (c-4***)`.
  package static func recipient(email: String?, customer: String?, shown: Bool) -> String {
    let mail = email.map { shown ? $0 : masked(email: $0) }
    let id = customer.map { shown ? $0 : masked(customer: $0) }
    switch (mail, id) {
    case (let mail?, let id?): return "\(mail) (\(id))"
    case (let mail?, nil): return mail
    case (nil, let id?): return id
    case (nil, nil): return "(no customer id or email)"
    }
  }
}
