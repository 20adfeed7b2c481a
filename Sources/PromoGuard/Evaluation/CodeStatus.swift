/// What happened to a code entered at checkout.
///
/// The set is closed, so a backend can `switch` over every status (to pick a UI
/// message or an analytics event) and the compiler says when one is missing. Adding a status would be a
/// breaking change, made only in a new major version. When several reasons hold, the status is the first of
/// them in declaration order (``allStatuses``), and the code's detail lists all of them. The raw values are a
/// contract: quotes carry them as `"status"`.
///
/// ```swift
/// for code in quote.codes {
///   switch code.status {
///   case .applied: showSaving(code)
///   case .conditionsNotMet: showHint(code.message)  // "add $8.00 of eligible items"
///   case .unknownCode, .expired, .notYetActive: showRefusal(code.message)
///   default: showRefusal(code.message)
///   }
/// }
/// ```
public enum CodeStatus: String, Sendable, Hashable, CaseIterable, Comparable,
  CustomStringConvertible
{
  /// The discount applied, greater than zero.
  case applied
  /// No campaign has this code.
  case unknownCode
  /// The campaign has not started yet.
  case notYetActive
  /// The campaign has ended.
  case expired
  /// The checkout is in another currency than the campaign.
  case wrongCurrency
  /// The campaign is not offered on this channel.
  case wrongChannel
  /// The customer is not in the campaign's audience.
  case notEligible
  /// The campaign needs a signed-in customer.
  case customerRequired
  /// A per-customer or total redemption limit is reached.
  case limitReached
  /// Minimum spend, quantity, first order, a tier or a group size is not met.
  case conditionsNotMet
  /// A gift with purchase: the basket qualifies but holds no unit of the gift; the quote's `gifts` says which
  /// SKU to add. After `conditionsNotMet` (adding the gift does not help a basket that does not qualify) and
  /// before `nothingToDiscount` (it is the one thing that would make the code give something).
  case giftNotInBasket
  /// The campaign would discount nothing in this basket.
  case nothingToDiscount
  /// Another offer that cannot be combined with this one was better for the customer.
  case notCombinable
  /// The same campaign was already entered.
  case duplicate
  /// More than ten codes were entered; this one does not count.
  case tooManyCodes
  /// Refused, for a reason the checkout under test does not say: only in a quote decoded from an external
  /// checkout (`promoguard check --evaluator`) whose adapter cannot map its platform's reason to one of the
  /// statuses above. PromoGuard's engine never gives it, and it is not in ``allStatuses``.
  case refused

  /// Every status the engine gives, in the order that decides which reason is shown (`allCases` without
  /// ``refused``).
  public static let allStatuses: [CodeStatus] = allCases.filter { $0 != .refused }

  /// The position in `allCases`; smaller wins when several reasons hold.
  var order: UInt8 {
    switch self {
    case .applied: 0
    case .unknownCode: 1
    case .notYetActive: 2
    case .expired: 3
    case .wrongCurrency: 4
    case .wrongChannel: 5
    case .notEligible: 6
    case .customerRequired: 7
    case .limitReached: 8
    case .conditionsNotMet: 9
    case .giftNotInBasket: 10
    case .nothingToDiscount: 11
    case .notCombinable: 12
    case .duplicate: 13
    case .tooManyCodes: 14
    case .refused: 15
    }
  }

  /// Orders statuses as ``allStatuses`` lists them.
  public static func < (lhs: CodeStatus, rhs: CodeStatus) -> Bool { lhs.order < rhs.order }

  /// The raw value.
  public var description: String { rawValue }
}
