extension TermsText {
  /// How to redeem a pool campaign, and the facts of its codes.
  ///
  /// "Use the code sent to you.", "One use per code.", "Valid for 14 days from the email.", "Issued to one
  /// customer: only they can use it."
  ///
  /// - Parameters:
  ///   - singleUse: Whether each code redeems once.
  ///   - validFor: The per-recipient window, or `nil` when there is none.
  ///   - isBound: Whether codes are issued to one customer each.
  /// - Returns: The sentences, each ending with a full stop.
  static func poolLines(singleUse: Bool, validFor: ISODuration?, isBound: Bool) -> [String] {
    var lines = ["Use the code sent to you."]
    lines.append(singleUse ? "One use per code." : "Each code can be used as often as you like.")
    if let validFor { lines.append("Valid for \(validFor.spoken) from the email.") }
    if isBound { lines.append("Issued to one customer: only they can use it.") }
    return lines
  }
}
