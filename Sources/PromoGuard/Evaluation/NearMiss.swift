/// The automatic campaigns a checkout came close to, gathered while a checkout is evaluated.
///
/// A checkout **came close** to an automatic campaign when all of these hold:
///
/// 1. the campaign failed on its conditions only: its window, currency, channel, audience, sign-in and
///    redemption limits all pass (its eligibility is exactly `conditionsNotMet`);
/// 2. a first-order condition, if any, holds;
/// 3. the basket holds at least one target unit;
/// 4. exactly one measured condition fails: the minimum spend (`minSubtotal`), the minimum quantity
///    (`minQuantity`), the lowest tier's minimum (`tier` or `tierQuantity`) or a buy/get or fixed-price group
///    (`groupSize`, only when `maxItems` lets a group fill at all), measured where the conditions are measured
///    (the offer's items, or the whole order); a basket over a maximum spend (`maxSubtotal`) is never close,
///    since adding items cannot help;
/// 5. what is missing is at most half of what is required (`missing ≤ required / 2`, that is: the basket already
///    has at least as much as it lacks).
///
/// At most ``maximumListed`` are kept, the smallest shortfall relative to its threshold first
/// (`missing / required`), then in application order. Only a campaign that failed on its conditions is ever
/// looked at, and then with a few integer comparisons on the target lines' sums eligibility already computed:
/// a checkout with no such campaign pays nothing.
struct NearMisses {
  /// The most near misses a quote lists.
  static let maximumListed = 3

  /// The eligibility of an automatic campaign that failed on its conditions only.
  static let conditionsOnly = StatusSet(.conditionsNotMet)

  /// One campaign the checkout came close to.
  struct Entry {
    /// The campaign.
    var campaign: CompiledCampaign
    /// The one condition that fails.
    var shortfall: CodeDetail.Shortfall
  }

  /// The near misses found, smallest relative shortfall first.
  private(set) var entries: [Entry] = []

  /// Records `campaign` when the checkout came close to it.
  ///
  /// - Parameters:
  ///   - campaign: An automatic campaign whose eligibility is exactly ``conditionsOnly``.
  ///   - eligibility: Its eligibility (for the target lines' sums).
  ///   - checkout: The checkout.
  ///   - basket: The checkout's amounts at original prices.
  mutating func consider(
    _ campaign: CompiledCampaign, eligibility: Eligibility, checkout: Checkout, basket: BasketState
  ) {
    guard let targets = eligibility.targets,
      let shortfall = Self.shortfall(
        campaign, targets: targets, basket: basket, customer: checkout.customer)
    else { return }
    let entry = Entry(campaign: campaign, shortfall: shortfall)
    let position = entries.firstIndex { Self.precedes(entry, $0) } ?? entries.endIndex
    guard position < Self.maximumListed else { return }
    entries.insert(entry, at: position)
    if entries.count > Self.maximumListed { entries.removeLast() }
  }

  /// The one failing condition of a checkout that came close, or `nil` when it did not.
  ///
  /// - Parameters:
  ///   - campaign: The campaign (its mechanics are read in place: passing `Rules` on copied it, retaining each
  ///     of its fields, for every campaign that failed on its conditions).
  ///   - targets: The campaign's target lines in the checkout.
  ///   - basket: The checkout's amounts (for conditions measured on the whole order).
  ///   - customer: The checkout's customer.
  /// - Returns: The shortfall, measured as eligibility measures it.
  static func shortfall(
    _ campaign: CompiledCampaign, targets: TargetLines, basket: BasketState,
    customer: Checkout.Customer?
  ) -> CodeDetail.Shortfall? {
    guard targets.quantity > 0 else { return nil }
    if campaign.rules.conditions.firstOrder, let customer, customer.orderCount > 0 { return nil }
    let conditions = campaign.rules.conditions
    let measure = ConditionMeasure(conditions.scope, targets: targets, basket: basket)
    // Over a maximum spend, adding more never helps: not a near miss.
    if let maximum = conditions.maxSubtotal, measure.subtotal > maximum.minorUnits { return nil }
    var failed: CodeDetail.Shortfall?
    var failures = 0
    func require(
      _ condition: String, _ required: Int64, _ actual: Int64, isMoney: Bool, measured: Bool = true
    ) {
      guard actual < required else { return }
      failures += 1
      failed = CodeDetail.Shortfall(
        condition: condition, required: required, actual: actual, missing: required - actual,
        isMoney: isMoney, wholeOrder: measured && conditions.scope == .order)
    }
    if let minimum = conditions.minSubtotal {
      require("minSubtotal", minimum.minorUnits, measure.subtotal, isMoney: true)
    }
    if let minimum = conditions.minQuantity {
      require("minQuantity", minimum, measure.quantity, isMoney: false)
    }
    let maxItems = campaign.rules.maxItems ?? Int64.max
    let units = min(
      campaign.rules.maxItems == nil ? targets.quantity : targets.pricedQuantity, maxItems)
    // A combined benefit's groups and tiers are those of its line part, as eligibility measures them.
    switch campaign.rules.benefit.measuredBenefit {
    case .tiers(let tiers):
      if let lowest = tiers.first {
        require(
          lowest.isByQuantity ? "tierQuantity" : "tier", lowest.minimum, measure.value(for: lowest),
          isMoney: !lowest.isByQuantity)
      }
    case .buyGet(let buy, let get, _):
      guard buy + get <= maxItems else { return nil }  // no group can ever fill
      require("groupSize", buy + get, units, isMoney: false, measured: false)
    case .fixedPrice(_, let quantity):
      guard quantity <= maxItems else { return nil }
      require("groupSize", quantity, units, isMoney: false, measured: false)
    default:
      break
    }
    // missing ≤ required / 2  ⇔  missing ≤ required − missing = actual.
    guard failures == 1, let failed, failed.missing <= failed.actual else { return nil }
    return failed
  }

  /// Whether `left` is listed before `right`: the smaller `missing / required`, then application order.
  private static func precedes(_ left: Entry, _ right: Entry) -> Bool {
    // Cross-multiplied in 128 bits: both factors fit in 64.
    let lhs = Int128(left.shortfall.missing) * Int128(right.shortfall.required)
    let rhs = Int128(right.shortfall.missing) * Int128(left.shortfall.required)
    if lhs != rhs { return lhs < rhs }
    return left.campaign.rank < right.campaign.rank
  }

  /// The near misses as the quote lists them, each with its sentence from the campaign's promise.
  ///
  /// - Parameters:
  ///   - campaigns: The campaign set (for each campaign's promise).
  ///   - currency: The checkout's currency.
  /// - Returns: At most ``maximumListed`` near misses; empty, without looking anything up, when there are none.
  func quoted(in campaigns: CampaignSet, currency: Currency) -> [Quote.NearMiss] {
    guard !entries.isEmpty else { return [] }
    return entries.map { entry in
      let promise = campaigns.campaign(id: entry.campaign.id)?.promise.rules ?? entry.campaign.rules
      return Quote.NearMiss(
        campaignID: CampaignID(entry.campaign.id), campaignName: entry.campaign.name,
        shortfall: entry.shortfall,
        message: TermsText.nearMiss(entry.shortfall, promise: promise, currency: currency))
    }
  }
}
