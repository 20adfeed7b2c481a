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
  /// Reads as an empty detail until a number is written (`withDetail`). Setting it replaces the box; code on
  /// the evaluation path writes through `withDetail`, which changes the box in place.
  var detail: CodeDetail? {
    get {
      guard explains else { return nil }
      return detailBox?.value ?? CodeDetail()
    }
    set {
      guard explains else { return }
      detailBox = DetailBox(newValue ?? CodeDetail())
    }
  }

  /// Writes into the detail when this eligibility explains its reasons; does nothing (and allocates nothing)
  /// otherwise.
  ///
  /// A method with a closure rather than a `_modify` accessor: the accessor's coroutine frame was allocated
  /// on every write, even for an automatic campaign that keeps no detail. The box is made at the first write
  /// and copied first when another eligibility shares it, so `Eligibility` keeps value semantics.
  ///
  /// - Parameter write: Changes the detail.
  @inline(__always)
  mutating func withDetail(_ write: (inout CodeDetail) -> Void) {
    guard explains else { return }
    if detailBox == nil {
      detailBox = DetailBox(CodeDetail())
    } else if !isKnownUniquelyReferenced(&detailBox) {
      detailBox = detailBox.map { DetailBox($0.value) }
    }
    if let box = detailBox { write(&box.value) }
  }

  /// The box holding a written detail.
  private final class DetailBox {
    /// The detail.
    var value: CodeDetail

    init(_ value: CodeDetail) {
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
      withDetail { $0.starts = campaign.rules.window.starts }
    }
    if campaign.rules.window.isAtOrAfterEnd(checkout.at) {
      reasons.insert(.expired)
      withDetail { $0.ends = campaign.rules.window.ends }
    }
    if !reasons.isEmpty {
      let at = checkout.at
      withDetail {
        $0.at = at
        $0.zone = campaign.rules.zone
      }
      if !explain { return }
    }
    let sameCurrency = campaign.rules.currency == checkout.currency
    if !sameCurrency {
      reasons.insert(.wrongCurrency)
      let currency = checkout.currency
      withDetail {
        $0.requiredCurrency = campaign.rules.currency
        $0.checkoutCurrency = currency
      }
      if !explain { return }
    }
    if let channels = campaign.rules.channels,
      !(checkout.channel.map { channels.contains($0) } ?? false)
    {
      reasons.insert(.wrongChannel)
      let channel = checkout.channel
      withDetail {
        $0.allowedChannels = channels
        $0.checkoutChannel = channel
      }
      if !explain { return }
    }
    // The customer is read in place: binding it copied it (id, segments, redemptions) for every campaign.
    let hasCustomer = checkout.customer != nil
    if hasCustomer, let audience = campaign.rules.audience,
      !audience.includes(
        customerID: checkout.customer?.id, segments: checkout.customer?.segments ?? [])
    {
      reasons.insert(.notEligible)
      withDetail {
        $0.audienceSegments = audience.segments
        $0.isCustomerBound = !audience.customers.isEmpty
      }
      if !explain { return }
    }
    // A guest is not asked to sign in for an offer that is used up: signing in would not help.
    if !hasCustomer && campaign.rules.requiresCustomer
      && !Self.isUsedUp(campaign, checkout: checkout)
    {
      reasons.insert(.customerRequired)
      if !explain { return }
    }
    if let total = campaign.rules.limits.total {
      let used = checkout.redemptionTotals[campaign.id] ?? 0
      if used >= total {
        reasons.insert(.limitReached)
        withDetail { $0.limit = CodeDetail.LimitDetail(kind: "total", allowed: total, used: used) }
        if !explain { return }
      }
    }
    if let perCustomer = campaign.rules.limits.perCustomer, hasCustomer {
      let used = checkout.customer?.redemptions[campaign.id] ?? 0
      if used >= perCustomer {
        reasons.insert(.limitReached)
        withDetail {
          if $0.limit == nil {
            $0.limit = CodeDetail.LimitDetail(kind: "perCustomer", allowed: perCustomer, used: used)
          }
        }
        if !explain { return }
      }
    }
    if let budget = Self.budgetUsedUp(campaign, checkout: checkout) {
      reasons.insert(.limitReached)
      withDetail { if $0.limit == nil { $0.limit = budget } }
      if !explain { return }
    }
    guard sameCurrency else { return }
    var targets = cache.lines(of: campaign, in: checkout, basket: basket)
    if let gift = campaign.rules.benefit.gift {
      targets = targets.excludingGift(gift, in: checkout, basket: basket)
    }
    self.targets = targets
    // Without `explain` only whether a condition fails matters: no list is built (an automatic campaign that
    // failed on its conditions allocated one).
    var shortfalls = [CodeDetail.Shortfall]()
    var anyShortfall = false
    func require(_ condition: String, _ required: Int64, _ actual: Int64, isMoney: Bool) {
      guard actual < required else { return }
      anyShortfall = true
      guard explain else { return }
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
      anyShortfall = true
      if explain {
        shortfalls.append(
          CodeDetail.Shortfall(
            condition: "maxSubtotal", required: maximum.minorUnits, actual: measure.subtotal,
            missing: measure.subtotal - maximum.minorUnits, isMoney: true))
      }
    }
    if wholeOrder {
      for index in shortfalls.indices { shortfalls[index].wholeOrder = true }
    }
    // 0 without a customer: no first-order shortfall.
    let orderCount = checkout.customer?.orderCount ?? 0
    if campaign.rules.conditions.firstOrder, orderCount > 0 {
      anyShortfall = true
      if explain {
        shortfalls.append(
          CodeDetail.Shortfall(
            condition: "firstOrder", required: 0, actual: orderCount, missing: orderCount,
            isMoney: false))
      }
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
        withDetail {
          $0.gift = CodeDetail.GiftDetail(
            skus: gift.skus, names: gift.skus.map { campaign.giftNames[$0] ?? "" },
            quantity: gift.quantity)
        }
      }
    }
    if anyShortfall {
      reasons.insert(.conditionsNotMet)
      withDetail { $0.shortfalls = shortfalls }
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
