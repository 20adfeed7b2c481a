import PromoGuard

/// The promise's conditions and amount on one checkout, at original prices, in exact integer arithmetic.
///
/// Units are kept as runs of equal units (a line's price and quantity), so a line of a million units costs one
/// step. Wrapping operators are used only where checkout's own limits (prices to 10^15, quantities to 10^6, 10,000
/// lines) keep every value far below `Int128`'s range; beyond them checkout refuses the checkout anyway.
struct PromiseAmount {
  /// Equal units of one target line.
  struct UnitRun {
    /// One unit's price in minor units.
    var price: Int128
    /// How many units.
    var count: Int128
    /// The line's index in the checkout.
    var line: Int
  }

  /// What the promise says.
  let rules: Rules
  /// The checkout.
  let checkout: Checkout
  /// The target lines' units, in checkout order.
  private(set) var runs: [UnitRun] = []
  /// Σ unit price × quantity of the target lines.
  private(set) var targetSubtotal: Int128 = 0
  /// Σ quantity of the target lines.
  private(set) var targetQuantity: Int128 = 0
  /// Σ unit price × quantity of every line.
  private(set) var orderSubtotal: Int128 = 0
  /// Σ quantity of every line.
  private(set) var orderQuantity: Int128 = 0

  /// Finds the target lines of `rules` in `checkout`.
  ///
  /// - Parameters:
  ///   - rules: What the promise says.
  ///   - checkout: The checkout.
  ///   - giftSKUs: The SKUs of the promised gift when already worked out (``PromiseOracleStorage/giftSKUs``),
  ///     else `nil`.
  init(rules: Rules, checkout: Checkout, giftSKUs: Set<String>? = nil) {
    self.rules = rules
    self.checkout = checkout
    for line in checkout.lines {
      orderSubtotal &+= Int128(max(0, line.unitPrice.minorUnits)) &* Int128(max(0, line.quantity))
      orderQuantity &+= Int128(max(0, line.quantity))
    }
    // A gift with purchase measures what is bought: its own SKUs are never target units.
    let giftSKUs = giftSKUs ?? Set(Self.giftOf(rules.benefit)?.skus ?? [])
    for (index, line) in checkout.lines.enumerated()
    where rules.target.contains(sku: line.sku, categories: line.categories, tags: line.tags)
      && (giftSKUs.isEmpty || !giftSKUs.contains(line.sku))
    {
      let run = UnitRun(
        price: Int128(max(0, line.unitPrice.minorUnits)), count: Int128(max(0, line.quantity)),
        line: index)
      runs.append(run)
      targetSubtotal &+= run.price &* run.count
      targetQuantity &+= run.count
    }
  }

  /// The subtotal the conditions measure: the target lines', or with scope `order` the whole basket's.
  var measuredSubtotal: Int128 {
    rules.conditions.scope == .order ? orderSubtotal : targetSubtotal
  }

  /// The units the conditions measure: the target lines', or with scope `order` the whole basket's.
  var measuredQuantity: Int128 {
    rules.conditions.scope == .order ? orderQuantity : targetQuantity
  }

  /// The tier the basket reaches: the one with the largest threshold not above the measured subtotal (or
  /// units, for tiers by quantity).
  func reachedTier(_ tiers: [Benefit.Tier]) -> Benefit.Tier? {
    var best: Benefit.Tier?
    for tier in tiers {
      let measured: Int128
      let threshold: Int128
      switch tier.threshold {
      case .subtotal(let money):
        measured = measuredSubtotal
        threshold = Int128(money.minorUnits)
      case .quantity(let count):
        measured = measuredQuantity
        threshold = Int128(count)
      }
      guard threshold <= measured else { continue }
      if let chosen = best, chosen.minimum >= tier.minimum { continue }
      best = tier
    }
    return best
  }

  /// The units that take part: all target units, or `maxItems` units priced above zero.
  ///
  /// The cheapest, or the most expensive when the promise picks them (earlier line first on equal prices). Free
  /// units never use up the cap.
  var chosenUnits: [UnitRun] {
    guard let limit = rules.maxItems else { return runs }
    let priced = runs.filter { $0.price > 0 }
    let ordered =
      rules.maxItemsPick == .mostExpensive
      ? priced.sorted { ($1.price, $0.line) < ($0.price, $1.line) }
      : priced.sorted { ($0.price, $0.line) < ($1.price, $1.line) }
    var left = Int128(max(0, limit))
    var chosen = [UnitRun]()
    for var run in ordered where left > 0 {
      run.count = min(run.count, left)
      left -= run.count
      chosen.append(run)
    }
    return chosen.sorted { $0.line < $1.line }
  }

  /// Whether the promise's conditions hold: minimum and maximum spend and minimum quantity (where the
  /// conditions are measured), first order, the lowest tier, and a complete buy/get or fixed-price group among
  /// the units that take part.
  var conditionsHold: Bool {
    let conditions = rules.conditions
    if let minimum = conditions.minSubtotal, measuredSubtotal < Int128(minimum.minorUnits) {
      return false
    }
    if let minimum = conditions.minQuantity, measuredQuantity < Int128(minimum) { return false }
    if let maximum = conditions.maxSubtotal, measuredSubtotal > Int128(maximum.minorUnits) {
      return false
    }
    if conditions.firstOrder, let customer = checkout.customer, customer.orderCount > 0 {
      return false
    }
    var pricedUnits: Int128 = 0
    for run in runs where run.price > 0 { pricedUnits += run.count }
    let units = rules.maxItems.map { min(pricedUnits, Int128($0)) } ?? targetQuantity
    var benefit = rules.benefit
    if case .combined(let lines, _) = benefit { benefit = lines }
    switch benefit {
    case .tiers(let tiers):
      return reachedTier(tiers) != nil
    case .buyGet(let buy, let get, _):
      return units >= Int128(buy) + Int128(get)
    case .fixedPrice(_, let quantity):
      return units >= Int128(quantity)
    case .gift:
      return targetQuantity >= 1
    case .percentOff, .amountOff, .amountOffEach, .shipping, .combined:
      return true
    }
  }

  /// The amount the promise gives, in minor units: the exact sum rounded once, capped by `maxDiscount` and by
  /// what there is to discount; 0 when there is nothing.
  var amount: Int64 {
    guard !runs.isEmpty else { return 0 }
    let exact: (numerator: Int128, denominator: Int128, cap: Int128)
    switch rules.benefit {
    case .combined(let lines, let shipping):
      return combinedAmount(lines, shipping)
    case .gift(let gift):
      return giftAmount(gift)
    case .shipping(let reward):
      let shipping = Int128(max(0, checkout.shipping.minorUnits))
      exact = Self.reward(reward, on: shipping, cap: shipping)
    case .percentOff(let percentage):
      let units = chosenUnits
      exact = Self.reward(.percentOff(percentage), on: Self.sum(units), cap: Self.sum(units))
    case .amountOff(let money):
      let units = chosenUnits
      exact = Self.reward(.amountOff(money), on: Self.sum(units), cap: Self.sum(units))
    case .amountOffEach(let money):
      let units = chosenUnits
      let each = Int128(money.minorUnits)
      let total = units.reduce(Int128(0)) { $0 &+ min($1.price, each) &* $1.count }
      exact = (total, 1, Self.sum(units))
    case .tiers(let tiers):
      guard let tier = reachedTier(tiers) else { return 0 }
      let units = chosenUnits
      exact = Self.reward(tier.reward, on: Self.sum(units), cap: Self.sum(units))
    case .buyGet(let buy, let get, let percentage):
      let units = chosenUnits
      let free = Self.freeUnitsTotal(Self.dearestFirst(units), buy: Int128(buy), get: Int128(get))
      exact = (free &* Int128(percentage.millionths), 1_000_000, Self.sum(units))
    case .fixedPrice(let price, let quantity):
      let units = chosenUnits
      let saving = Self.groupSavings(
        Self.dearestFirst(units), size: Int128(quantity), price: Int128(price.minorUnits))
      exact = (saving, 1, Self.sum(units))
    }
    var result = Self.round(exact.numerator, over: exact.denominator, rules.rounding)
    result = min(result, exact.cap)
    if let maximum = rules.maxDiscount { result = min(result, Int128(maximum.minorUnits)) }
    return Int64(clamping: max(0, result))
  }

  /// Σ price × count.
  static func sum(_ units: [UnitRun]) -> Int128 {
    units.reduce(0) { $0 &+ $1.price &* $1.count }
  }

  /// The units sorted dearest first, the earlier line first among equal prices.
  static func dearestFirst(_ units: [UnitRun]) -> [UnitRun] {
    units.sorted { ($1.price, $0.line) < ($0.price, $1.line) }
  }

  /// A percentage or an amount off `base`: the exact amount as a fraction, and the cap.
  static func reward(_ reward: Benefit.Reward, on base: Int128, cap: Int128) -> (
    numerator: Int128, denominator: Int128, cap: Int128
  ) {
    guard base > 0 else { return (0, 1, 0) }
    switch reward {
    case .percentOff(let percentage): return (base &* Int128(percentage.millionths), 1_000_000, cap)
    case .amountOff(let money): return (Int128(money.minorUnits), 1, cap)
    }
  }

  /// Σ the prices of the units in the last `get` places of each complete group of `buy + get` consecutive units.
  static func freeUnitsTotal(_ units: [UnitRun], buy: Int128, get: Int128) -> Int128 {
    let size = buy + get
    guard size > 0 else { return 0 }
    let complete = (units.reduce(0) { $0 + $1.count } / size) * size
    // Free places among the first `t` units: every complete group of `size` has `get`, then the part of the last.
    func freePlaces(before t: Int128) -> Int128 {
      (t / size) * get + max(0, t % size - buy)
    }
    var total: Int128 = 0
    var start: Int128 = 0
    for run in units {
      let end = min(start + run.count, complete)
      if end > start {
        total &+= run.price &* (freePlaces(before: end) - freePlaces(before: start))
      }
      start += run.count
    }
    return total
  }

  /// Σ over complete groups of `size` consecutive units of max(0, the group's prices − `price`).
  static func groupSavings(_ units: [UnitRun], size: Int128, price: Int128) -> Int128 {
    guard size > 0 else { return 0 }
    var total: Int128 = 0
    var filled: Int128 = 0
    var groupSum: Int128 = 0
    for run in units {
      var left = run.count
      if filled > 0 {
        let taken = min(left, size - filled)
        groupSum &+= run.price &* taken
        filled += taken
        left -= taken
        if filled == size {
          total &+= max(0, groupSum - price)
          filled = 0
          groupSum = 0
        }
      }
      let whole = left / size
      total &+= whole &* max(0, run.price &* size - price)
      let rest = left % size
      if rest > 0 {
        filled = rest
        groupSum = run.price &* rest
      }
    }
    return total
  }

  /// `numerator / denominator` (both ≥ 0, denominator > 0) rounded to a whole number by `rule`.
  static func round(_ numerator: Int128, over denominator: Int128, _ rule: RoundingRule) -> Int128 {
    guard denominator > 0 else { return 0 }
    let quotient = numerator / denominator
    let twice = (numerator % denominator) * 2
    switch rule {
    case .down: return quotient
    case .halfUp: return twice >= denominator ? quotient + 1 : quotient
    case .halfEven:
      if twice > denominator { return quotient + 1 }
      if twice == denominator { return quotient % 2 == 0 ? quotient : quotient + 1 }
      return quotient
    }
  }
}
