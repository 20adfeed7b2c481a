/// A ``RedemptionLedger`` in memory: an actor, so reservations are serialised and never exceed a limit.
///
/// For tests, single-process shops and as the reference for other implementations.
public actor InMemoryRedemptionLedger: RedemptionLedger {
  private struct Order {
    var customerID: String?
    var campaignIDs: [String]
    var isCommitted: Bool
    /// The amount reserved from each campaign's budget, by campaign id.
    var amounts: [String: Int64] = [:]
    /// The single-use pool codes it holds.
    var codes: [UsedCode] = []
  }

  private struct CustomerKey: Hashable {
    var campaignID: String
    var customerID: String
  }

  private var orders: [String: Order] = [:]
  private var totals: [String: Int64] = [:]
  private var perCustomer: [CustomerKey: Int64] = [:]
  private var spent: [String: Int64] = [:]
  /// Single-use pool codes reserved or redeemed, by campaign and code.
  private var usedCodes: Set<UsedCode> = []

  /// A pool code of a campaign, as the pool file writes it.
  private struct UsedCode: Hashable {
    var campaignID: String
    var code: String
  }

  /// Creates an empty ledger.
  public init() {}

  /// Reserves the redemptions for the order, all or none.
  ///
  /// - Parameters:
  ///   - orderID: The order.
  ///   - customerID: The customer, or `nil`.
  ///   - redemptions: The campaigns and their limits.
  /// - Returns: What happened.
  public func reserve(orderID: String, customerID: String?, redemptions: [Redemption])
    -> ReservationOutcome
  {
    if orders[orderID] != nil { return .alreadyReserved }
    var campaignIDs = [String]()
    var amounts = [String: Int64]()
    for redemption in redemptions where !campaignIDs.contains(redemption.campaignID) {
      let id = redemption.campaignID
      let amount = max(0, redemption.amount)
      if let budget = redemption.budget {
        // All or none: an order that would take the budget past its end reserves nothing.
        let (total, overflow) = spent[id, default: 0].addingReportingOverflow(amount)
        if overflow || total > budget { return .limitReached(campaignID: id, kind: "budget") }
      }
      amounts[id] = amount
      if redemption.isSingleUse, let code = redemption.code,
        usedCodes.contains(UsedCode(campaignID: id, code: code))
      {
        return .limitReached(campaignID: id, kind: "singleUse")
      }
      if let limit = redemption.totalLimit, totals[id, default: 0] >= limit {
        return .limitReached(campaignID: id, kind: "total")
      }
      if let limit = redemption.perCustomerLimit {
        guard let customerID else { return .limitReached(campaignID: id, kind: "perCustomer") }
        if perCustomer[CustomerKey(campaignID: id, customerID: customerID), default: 0] >= limit {
          return .limitReached(campaignID: id, kind: "perCustomer")
        }
      }
      campaignIDs.append(id)
    }
    var codes = [UsedCode]()
    for redemption in redemptions where redemption.isSingleUse {
      guard let code = redemption.code, campaignIDs.contains(redemption.campaignID) else {
        continue
      }
      let used = UsedCode(campaignID: redemption.campaignID, code: code)
      if usedCodes.insert(used).inserted { codes.append(used) }
    }
    for id in campaignIDs {
      totals[id, default: 0] += 1
      spent[id, default: 0] += amounts[id] ?? 0
      if let customerID {
        perCustomer[CustomerKey(campaignID: id, customerID: customerID), default: 0] += 1
      }
    }
    orders[orderID] = Order(
      customerID: customerID, campaignIDs: campaignIDs, isCommitted: false, amounts: amounts,
      codes: codes)
    return .reserved
  }

  /// Commits the order's reservation.
  ///
  /// - Parameter orderID: The order.
  /// - Returns: `false` when there is no reservation.
  public func commit(orderID: String) -> Bool {
    guard orders[orderID] != nil else { return false }
    orders[orderID]?.isCommitted = true
    return true
  }

  /// Releases the order's open reservation.
  ///
  /// - Parameter orderID: The order.
  /// - Returns: `false` when there is no open reservation.
  public func release(orderID: String) -> Bool {
    guard let order = orders[orderID], !order.isCommitted else { return false }
    for code in order.codes { usedCodes.remove(code) }
    for id in order.campaignIDs {
      totals[id, default: 0] -= 1
      spent[id, default: 0] -= order.amounts[id] ?? 0
      if let customerID = order.customerID {
        perCustomer[CustomerKey(campaignID: id, customerID: customerID), default: 0] -= 1
      }
    }
    orders[orderID] = nil
    return true
  }

  /// Reserved and committed redemptions.
  ///
  /// - Parameters:
  ///   - campaignID: The campaign.
  ///   - customerID: The customer, or `nil`.
  /// - Returns: The counts.
  public func usage(campaignID: String, customerID: String?) -> RedemptionUsage {
    var usage = RedemptionUsage(
      total: totals[campaignID, default: 0],
      customer: customerID.map {
        perCustomer[CustomerKey(campaignID: campaignID, customerID: $0), default: 0]
      } ?? 0)
    usage.spent = spent[campaignID, default: 0]
    return usage
  }
}
