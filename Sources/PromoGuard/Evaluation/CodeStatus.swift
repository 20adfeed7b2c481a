/// What happened to a code entered at checkout.
///
/// When several reasons hold, the status is the first of them in ``CodeStatus/allStatuses`` order, and the
/// code's detail lists all of them. The raw values are a contract: quotes carry them as `"status"`.
public struct CodeStatus: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The name used in quotes, for example `"conditionsNotMet"`.
  public let rawValue: String
  /// The position in ``allStatuses``; smaller wins when several reasons hold.
  let order: UInt8

  private init(_ rawValue: String, _ order: UInt8) {
    self.rawValue = rawValue
    self.order = order
  }

  /// The status named `rawValue`, if there is one.
  ///
  /// - Parameter rawValue: A status name such as `"applied"`.
  public init?(rawValue: String) {
    guard let status = Self.allStatuses.first(where: { $0.rawValue == rawValue }) else {
      return nil
    }
    self = status
  }

  /// The discount applied, greater than zero.
  public static let applied = CodeStatus("applied", 0)
  /// No campaign has this code.
  public static let unknownCode = CodeStatus("unknownCode", 1)
  /// The campaign has not started yet.
  public static let notYetActive = CodeStatus("notYetActive", 2)
  /// The campaign has ended.
  public static let expired = CodeStatus("expired", 3)
  /// The checkout is in another currency than the campaign.
  public static let wrongCurrency = CodeStatus("wrongCurrency", 4)
  /// The campaign is not offered on this channel.
  public static let wrongChannel = CodeStatus("wrongChannel", 5)
  /// The customer is not in the campaign's audience.
  public static let notEligible = CodeStatus("notEligible", 6)
  /// The campaign needs a signed-in customer.
  public static let customerRequired = CodeStatus("customerRequired", 7)
  /// A per-customer or total redemption limit is reached.
  public static let limitReached = CodeStatus("limitReached", 8)
  /// Minimum spend, quantity, first order, a tier or a group size is not met.
  public static let conditionsNotMet = CodeStatus("conditionsNotMet", 9)
  /// The campaign would discount nothing in this basket.
  public static let nothingToDiscount = CodeStatus("nothingToDiscount", 10)
  /// Another offer that cannot be combined with this one was better for the customer.
  public static let notCombinable = CodeStatus("notCombinable", 11)
  /// The same campaign was already entered.
  public static let duplicate = CodeStatus("duplicate", 12)
  /// More than ten codes were entered; this one does not count.
  public static let tooManyCodes = CodeStatus("tooManyCodes", 13)
  /// Refused, for a reason the checkout under test does not say.
  ///
  /// An external checkout's adapter may answer `"refused"` when it cannot map its platform's reason to one of the statuses above. PromoGuard itself never
  /// gives it, and it is not in ``allStatuses``.
  package static let refused = CodeStatus("refused", 14)

  /// Every status, in the order that decides which reason is shown.
  public static let allStatuses: [CodeStatus] = [
    .applied, .unknownCode, .notYetActive, .expired, .wrongCurrency, .wrongChannel, .notEligible,
    .customerRequired, .limitReached, .conditionsNotMet, .nothingToDiscount, .notCombinable,
    .duplicate, .tooManyCodes,
  ]

  /// Orders statuses as ``allStatuses`` lists them.
  public static func < (lhs: CodeStatus, rhs: CodeStatus) -> Bool { lhs.order < rhs.order }

  /// The raw value.
  public var description: String { rawValue }

  /// Equal when the names are equal.
  public static func == (lhs: CodeStatus, rhs: CodeStatus) -> Bool { lhs.order == rhs.order }

  /// Hashes the position.
  public func hash(into hasher: inout Hasher) { hasher.combine(order) }
}
