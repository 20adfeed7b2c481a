/// The families of mistakes marketing teams make in campaign files, as the mutation suite groups them.
enum MistakeClass: String, Sendable, CaseIterable, Comparable {
  /// The offer cannot be reached with the shop's products: a misspelt category, a bundle price above the full
  /// price, a minimum spend no realistic basket reaches.
  case reach
  /// The published wording (`terms.text`) says something the structured terms do not.
  case wording
  /// The mechanics' period differs from the promised one.
  case window
  /// An email, SMS or page carries the wrong code, no code, or the wrong offer, or goes out at the wrong time.
  case messages
  /// The mechanics are stricter or more generous than the structured terms.
  case mechanicsVersusTerms
  /// Another campaign in the same file takes the discount away.
  case interaction
  /// A code pool's mechanics break what the terms say of each code: its window, single use, who may use it.
  case pools

  /// Declaration order.
  static func < (left: Self, right: Self) -> Bool {
    allCases.firstIndex(of: left) ?? 0 < allCases.firstIndex(of: right) ?? 0
  }
}
