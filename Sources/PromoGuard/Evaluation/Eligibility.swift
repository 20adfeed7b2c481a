/// The reasons a campaign cannot apply to a checkout that do not depend on other campaigns: window, currency,
/// channel, audience, sign-in, limits and conditions.
struct Eligibility {
  /// The statuses that hold, as a bit set (bit *n* is the status with order *n*).
  var reasons: StatusSet = []
  /// Whether the numbers behind the reasons are kept (for an entered code).
  private var explains = false
  /// The numbers behind the reasons, in a box made at the first one written: an eligibility that holds
  /// (or one that does not explain) carries one word, not the 400 bytes of a `CodeDetail`, so moving it into
  /// a candidate or a near miss is cheap.
  private var detailBox: DetailBox?
  /// The campaign's target lines, when the checkout is in the campaign's currency.
  var targets: TargetLines?

  /// The numbers behind the reasons when asked for (`explain`), else `nil`.
  ///
  /// Read as an empty detail until a number is written; written in place (the box is copied first when
  /// another eligibility shares it, so `Eligibility` keeps value semantics).
  var detail: CodeDetail? {
    get {
      guard explains else { return nil }
      return detailBox?.value ?? CodeDetail()
    }
    _modify {
      guard explains else {
        var none: CodeDetail? = nil
        yield &none
        return
      }
      if detailBox != nil && !isKnownUniquelyReferenced(&detailBox) {
        detailBox = detailBox.map { DetailBox($0.value) }
      }
      if let box = detailBox {
        yield &box.value
      } else {
        let box = DetailBox(CodeDetail())
        detailBox = box
        yield &box.value
      }
    }
  }

  /// The box holding a written detail.
  private final class DetailBox {
    /// The detail.
    var value: CodeDetail?

    init(_ value: CodeDetail?) {
      self.value = value
    }
  }

  /// Checks `campaign` against `checkout`.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - checkout: The checkout.
  ///   - basket: Its amounts.
  ///   - explain: Whether to find every reason and its numbers (for an entered code) or to stop at the first
  ///     (for an automatic campaign, which shows no reason).
  init(
    _ campaign: CompiledCampaign, checkout: borrowing Checkout, basket: borrowing BasketState,
    explain: Bool
  ) {
    var cache = TargetCache()
    self.init(campaign, checkout: checkout, basket: basket, explain: explain, cache: &cache)
  }

  /// Checks `campaign` against `checkout`, reading its target lines from (or adding them to) the
  /// evaluation's cache.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - checkout: The checkout.
  ///   - basket: Its original amounts.
  ///   - explain: Whether to find every reason and its numbers.
  ///   - cache: The target lines found so far in this evaluation (same checkout, same basket).
  init(
    _ campaign: CompiledCampaign, checkout: borrowing Checkout, basket: borrowing BasketState,
    explain: Bool, cache: inout TargetCache
  ) {
    // Read in place: copying `Rules` out of the shared campaign would retain every one of its fields.
    explains = explain
    if campaign.rules.window.isBeforeStart(checkout.at) {
      reasons.insert(.notYetActive)
      detail?.starts = campaign.rules.window.starts
    }
    if campaign.rules.window.isAtOrAfterEnd(checkout.at) {
      reasons.insert(.expired)
      detail?.ends = campaign.rules.window.ends
    }
    if !reasons.isEmpty {
      detail?.at = checkout.at
      detail?.zone = campaign.rules.zone
      if !explain { return }
    }
    let sameCurrency = campaign.rules.currency == checkout.currency
    if !sameCurrency {
      reasons.insert(.wrongCurrency)
      detail?.requiredCurrency = campaign.rules.currency
      detail?.checkoutCurrency = checkout.currency
      if !explain { return }
    }
    if let channels = campaign.rules.channels,
      !(checkout.channel.map { channels.contains($0) } ?? false)
    {
      reasons.insert(.wrongChannel)
      detail?.allowedChannels = channels
      detail?.checkoutChannel = checkout.channel
      if !explain { return }
    }
    let customer = checkout.customer
    if let audience = campaign.rules.audience, let customer,
      !audience.includes(customerID: customer.id, segments: customer.segments)
    {
      reasons.insert(.notEligible)
      detail?.audienceSegments = audience.segments
      detail?.isCustomerBound = !audience.customers.isEmpty
      if !explain { return }
    }
    // A guest is not asked to sign in for an offer that is used up: signing in would not help.
    if customer == nil && campaign.rules.requiresCustomer
      && !Self.isUsedUp(campaign, checkout: checkout)
    {
      reasons.insert(.customerRequired)
      if !explain { return }
    }
    if let total = campaign.rules.limits.total {
      let used = checkout.redemptionTotals[campaign.id] ?? 0
      if used >= total {
        reasons.insert(.limitReached)
        detail?.limit = CodeDetail.LimitDetail(kind: "total", allowed: total, used: used)
        if !explain { return }
      }
    }
    if let perCustomer = campaign.rules.limits.perCustomer, let customer {
      let used = customer.redemptions[campaign.id] ?? 0
      if used >= perCustomer {
        reasons.insert(.limitReached)
        if detail?.limit == nil {
          detail?.limit = CodeDetail.LimitDetail(
            kind: "perCustomer", allowed: perCustomer, used: used)
        }
        if !explain { return }
      }
    }
    if let budget = Self.budgetUsedUp(campaign, checkout: checkout) {
      reasons.insert(.limitReached)
      if detail?.limit == nil { detail?.limit = budget }
      if !explain { return }
    }
    guard sameCurrency else { return }
    var targets = cache.lines(of: campaign, in: checkout, basket: basket)
    if let gift = campaign.rules.benefit.gift {
      targets = targets.excludingGift(gift, in: checkout, basket: basket)
    }
    self.targets = targets
    var shortfalls = [CodeDetail.Shortfall]()
    func require(_ condition: String, _ required: Int64, _ actual: Int64, isMoney: Bool) {
      guard actual < required else { return }
      shortfalls.append(
        CodeDetail.Shortfall(
          condition: condition, required: required, actual: actual, missing: required - actual,
          isMoney: isMoney))
    }
    let conditions = campaign.rules.conditions
    let measure = ConditionMeasure(conditions.scope, targets: targets, basket: basket)
    let wholeOrder = conditions.scope == .order
    if let minimum = conditions.minSubtotal {
      require("minSubtotal", minimum.minorUnits, measure.subtotal, isMoney: true)
    }
    if let minimum = conditions.minQuantity {
      require("minQuantity", minimum, measure.quantity, isMoney: false)
    }
    if let maximum = conditions.maxSubtotal, measure.subtotal > maximum.minorUnits {
      shortfalls.append(
        CodeDetail.Shortfall(
          condition: "maxSubtotal", required: maximum.minorUnits, actual: measure.subtotal,
          missing: measure.subtotal - maximum.minorUnits, isMoney: true))
    }
    if wholeOrder {
      for index in shortfalls.indices { shortfalls[index].wholeOrder = true }
    }
    if campaign.rules.conditions.firstOrder, let customer, customer.orderCount > 0 {
      shortfalls.append(
        CodeDetail.Shortfall(
          condition: "firstOrder", required: 0, actual: customer.orderCount,
          missing: customer.orderCount, isMoney: false))
    }
    let units =
      campaign.rules.maxItems.map { min(targets.pricedQuantity, $0) } ?? targets.quantity
    switch campaign.rules.benefit.measuredBenefit {
    case .tiers(let tiers):
      if let lowest = tiers.first {
        let count = shortfalls.count
        require(
          lowest.isByQuantity ? "tierQuantity" : "tier", lowest.minimum,
          measure.value(for: lowest), isMoney: !lowest.isByQuantity)
        if wholeOrder && shortfalls.count > count { shortfalls[count].wholeOrder = true }
      }
    case .buyGet(let buy, let get, _):
      require("groupSize", buy + get, units, isMoney: false)
    case .fixedPrice(_, let quantity):
      require("groupSize", quantity, units, isMoney: false)
    default:
      break
    }
    if let gift = campaign.rules.benefit.gift {
      if targets.quantity == 0 {
        require("purchase", 1, 0, isMoney: false)
      }
      if GiftUnits(gift, in: checkout).count == 0 {
        reasons.insert(.giftNotInBasket)
        detail?.gift = CodeDetail.GiftDetail(
          skus: gift.skus, names: gift.skus.map { campaign.giftNames[$0] ?? "" },
          quantity: gift.quantity)
      }
    }
    if !shortfalls.isEmpty {
      reasons.insert(.conditionsNotMet)
      detail?.shortfalls = shortfalls
    }
  }
}

/// A set of code statuses, one bit each.
struct StatusSet: OptionSet, Sendable, Hashable {
  /// Bit *n* is the status with order *n*.
  let rawValue: UInt16

  init(rawValue: UInt16) {
    self.rawValue = rawValue
  }

  /// The set holding only `status`.
  init(_ status: CodeStatus) {
    rawValue = 1 << UInt16(status.order)
  }

  /// Adds `status`.
  mutating func insert(_ status: CodeStatus) {
    formUnion(StatusSet(status))
  }

  /// Removes `status`.
  mutating func remove(_ status: CodeStatus) {
    subtract(StatusSet(status))
  }

  /// The statuses in order.
  var statuses: [CodeStatus] {
    guard rawValue != 0 else { return [] }  // an applied code: no need to look at every status
    return CodeStatus.allStatuses.filter { rawValue & (1 << UInt16($0.order)) != 0 }
  }

  /// The first status in order, or `applied` when empty.
  var first: CodeStatus {
    guard rawValue != 0 else { return .applied }
    let order = rawValue.trailingZeroBitCount
    return CodeStatus.allStatuses[min(order, CodeStatus.allStatuses.count - 1)]
  }
}
