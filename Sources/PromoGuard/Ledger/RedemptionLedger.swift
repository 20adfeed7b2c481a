/// Counts redemptions for `limits`: reserves them when an order is placed, then commits or releases them.
///
/// Every call is idempotent by order id, so a retried request never counts twice, and concurrent reservations
/// never take a campaign past its limit. ``InMemoryRedemptionLedger`` is the reference implementation; a
/// backend with a database implements the same protocol with a transaction per call.
///
/// ```swift
/// let quote = try campaigns.evaluate(checkout)
/// switch await ledger.reserve(orderID: "o-1", customerID: "c-42", redemptions: campaigns.redemptions(for: quote)) {
/// case .reserved, .alreadyReserved: placeOrder()     // then `commit` when paid, `release` if abandoned
/// case .limitReached(let campaignID, _): requote(without: campaignID)
/// }
/// ```
public protocol RedemptionLedger: Sendable {
  /// Reserves one redemption of each campaign for an order: all of them, or none when any limit is reached.
  ///
  /// - Parameters:
  ///   - orderID: The order; reserving the same order again changes nothing.
  ///   - customerID: The customer, for per-customer limits; `nil` for a guest.
  ///   - redemptions: The campaigns the order redeems, with their limits.
  /// - Returns: What happened.
  func reserve(orderID: String, customerID: String?, redemptions: [Redemption]) async
    -> ReservationOutcome

  /// Makes an order's reservation final. Committing again is harmless.
  ///
  /// - Parameter orderID: The order.
  /// - Returns: `false` when the order has no reservation (never reserved, or released).
  func commit(orderID: String) async -> Bool

  /// Gives back an order's reservation that was not committed. Releasing again is harmless.
  ///
  /// - Parameter orderID: The order.
  /// - Returns: `false` when the order has no open reservation (never reserved, or already committed).
  func release(orderID: String) async -> Bool

  /// Redemptions reserved or committed so far.
  ///
  /// - Parameters:
  ///   - campaignID: The campaign.
  ///   - customerID: The customer, or `nil` for the total only.
  /// - Returns: The total and the customer's count.
  func usage(campaignID: String, customerID: String?) async -> RedemptionUsage
}

/// One campaign an order redeems, with the limits that apply to it.
public struct Redemption: Sendable, Hashable {
  /// The campaign.
  public var campaignID: String
  /// Its total limit, if any.
  public var totalLimit: Int64?
  /// Its per-customer limit, if any.
  public var perCustomerLimit: Int64?
  /// The discount this order takes from the campaign (lines and shipping), in minor units.
  public var amount: Int64 = 0
  /// Its promotion budget in minor units (`limits.budget`), if any: the amounts reserved never exceed it.
  public var budget: Int64?
  /// The pool code redeemed, as the pool file writes it, for a pool campaign; `nil` otherwise.
  public var code: String?
  /// Whether the code redeems once across all customers: a second reservation of it is refused.
  public var isSingleUse = false

  /// Creates a redemption.
  ///
  /// - Parameters:
  ///   - campaignID: The campaign.
  ///   - totalLimit: Its total limit.
  ///   - perCustomerLimit: Its per-customer limit.
  public init(campaignID: String, totalLimit: Int64?, perCustomerLimit: Int64?) {
    self.campaignID = campaignID
    self.totalLimit = totalLimit
    self.perCustomerLimit = perCustomerLimit
  }

  /// Creates a redemption that also reserves an amount of a promotion budget.
  ///
  /// - Parameters:
  ///   - campaignID: The campaign.
  ///   - totalLimit: Its total limit.
  ///   - perCustomerLimit: Its per-customer limit.
  ///   - amount: The discount the order takes, in minor units.
  ///   - budget: The campaign's budget in minor units, if any.
  public init(
    campaignID: String, totalLimit: Int64?, perCustomerLimit: Int64?, amount: Int64, budget: Int64?
  ) {
    self.init(campaignID: campaignID, totalLimit: totalLimit, perCustomerLimit: perCustomerLimit)
    self.amount = amount
    self.budget = budget
  }
}

/// What a reservation did.
public enum ReservationOutcome: Sendable, Hashable {
  /// The redemptions are reserved for the order.
  case reserved
  /// The order already had them (reserved or committed); nothing changed.
  case alreadyReserved
  /// A limit is reached; nothing was reserved. `kind` is `"total"`, `"perCustomer"` or `"budget"` (the order's
  /// amount is more than what is left of the budget: quote again with ``RedemptionUsage/spent`` as the
  /// checkout's `budgetSpent`, and the order gets what is left).
  case limitReached(campaignID: String, kind: String)
}

/// Redemptions of one campaign so far.
public struct RedemptionUsage: Sendable, Hashable {
  /// Across all customers.
  public var total: Int64
  /// By the customer asked about.
  public var customer: Int64
  /// The discounts reserved or committed so far across all orders, in minor units (for `limits.budget`; a
  /// checkout's `budgetSpent`).
  public var spent: Int64 = 0

  /// Creates a usage count, for example to fill `Checkout` redemption counts from another store.
  ///
  /// - Parameters:
  ///   - total: Redemptions across all customers.
  ///   - customer: Redemptions by the customer asked about.
  public init(total: Int64, customer: Int64) {
    self.total = total
    self.customer = customer
  }
}

extension CampaignSet {
  /// The campaigns a quote applied, with their limits, ready to reserve.
  ///
  /// - Parameter quote: A quote from ``evaluate(_:)``.
  /// - Returns: One redemption per applied campaign, with the amount it gives (lines and shipping) and its
  ///   budget.
  public func redemptions(for quote: Quote) -> [Redemption] {
    quote.applied.compactMap { applied in
      byID[applied.campaignID.rawValue].map { campaign in
        var redemption = Redemption(
          campaignID: campaign.id, totalLimit: campaign.rules.limits.total,
          perCustomerLimit: campaign.rules.limits.perCustomer,
          amount: applied.discount.minorUnits &+ applied.shippingDiscount.minorUnits,
          budget: campaign.rules.limits.budget?.minorUnits)
        if let pool = campaign.rules.activation.pool, let code = applied.code,
          let index = pool.index(of: code.rawValue)
        {
          redemption.code = pool.code(at: index)
          redemption.isSingleUse = pool.singleUse
        }
        return redemption
      }
    }
  }
}
