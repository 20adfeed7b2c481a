extension TermsText {
  /// How to redeem a pool campaign, and the facts of its codes.
  ///
  /// "Use the code sent to you.", "One use per code.", "Valid for 14 days from the email.", "Issued to one
  /// customer: only they can use it."
  ///
  /// - Parameters:
  ///   - singleUse: Whether each code redeems once.
  ///   - validForDays: The calendar days of the per-recipient window, or `nil` when there is none.
  ///   - validForSeconds: The exact seconds after those days.
  ///   - isBound: Whether codes are issued to one customer each.
  /// - Returns: The sentences, each ending with a full stop.
  static func poolLines(
    singleUse: Bool, validForDays: Int64?, validForSeconds: Int64, isBound: Bool
  ) -> [String] {
    var lines = ["Use the code sent to you."]
    lines.append(singleUse ? "One use per code." : "Each code can be used as often as you like.")
    if let days = validForDays {
      lines.append("Valid for \(lifeText(days: days, seconds: validForSeconds)) from the email.")
    }
    if isBound { lines.append("Issued to one customer: only they can use it.") }
    return lines
  }

  /// "14 days", "48 hours", "1 day and 12 hours", "90 minutes".
  static func lifeText(days: Int64, seconds: Int64) -> String {
    var parts = [String]()
    func add(_ count: Int64, _ unit: String) {
      guard count > 0 else { return }
      parts.append("\(EnglishList.number(count)) \(unit)\(count == 1 ? "" : "s")")
    }
    add(days, "day")
    add(seconds / 3_600, "hour")
    add(seconds % 3_600 / 60, "minute")
    add(seconds % 60, "second")
    return parts.isEmpty ? "0 days" : parts.joined(separator: " and ")
  }
}
