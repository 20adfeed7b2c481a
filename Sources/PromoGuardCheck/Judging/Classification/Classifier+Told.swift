package import PromoGuard

extension Classifier {
  /// What checkout said to the customer: each code's status and the message it showed, in the order entered
  /// (a link's code last), or `nil` when the quote has no code result (checkout said nothing).
  ///
  /// ```
  /// SEPT20: notEligible — "\"20% off\" is only for customers in the group subscribers; …"
  /// ```
  ///
  /// - Parameter quote: The quote.
  /// - Returns: The line, or `nil`.
  package static func told(_ quote: Quote) -> String? {
    guard !quote.codes.isEmpty else { return nil }
    return quote.codes.map { result in
      "\(ShownStatus.name(of: result)): \(result.status) — \"\(result.message)\""
    }.joined(separator: "; ")
  }
}
