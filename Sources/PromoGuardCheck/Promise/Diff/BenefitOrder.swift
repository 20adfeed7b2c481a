package import PromoGuard

/// Whether one benefit certainly gives at least as much as another, for every basket.
///
/// "Certainly" is decided from the benefits alone, conservatively: `false` means "not for every basket, or not
/// provably". Percentages and amounts off are read as a single tier from zero, so they compare with tiers
/// breakpoint by breakpoint; 100% off beats every line benefit; buy/get compares the positions of the free
/// units (units sorted highest price first); a fixed price compares only with the same group size.
package enum BenefitOrder {
  /// Whether `new` gives every basket at least what `old` gives.
  ///
  /// - Parameters:
  ///   - new: The later benefit.
  ///   - old: The earlier benefit.
  /// - Returns: `true` when `new` is at least as generous for every basket.
  package static func isAtLeast(_ new: Benefit, _ old: Benefit) -> Bool {
    if new == old { return true }
    switch (new, old) {
    case (.combined, _), (_, .combined), (.gift, _), (_, .gift):
      return isAtLeastKinds(new, old)
    case (.shipping(let a), .shipping(let b)):
      return isAtLeast(a, b)
    case (.shipping, _), (_, .shipping):
      return false
    case (.percentOff(let percent), _) where percent == .hundred:
      return true
    case (.amountOffEach(let a), .amountOffEach(let b)):
      // Each unit saves min(price, amount): a larger amount saves at least as much on every unit.
      return a.currency == b.currency && a.minorUnits >= b.minorUnits
    case (.fixedPrice(let a, let n), .fixedPrice(let b, let m)):
      return n == m && a.currency == b.currency && a.minorUnits <= b.minorUnits
    case (.buyGet(let x, let y, let p), .buyGet(let u, let v, let q)):
      return p >= q && freeUnitsDominate(buy: x, get: y, over: u, v)
    case (.percentOff(let p), .buyGet(_, _, let q)):
      return p >= q
    default:
      guard let a = tiers(new), let b = tiers(old) else { return false }
      return tiersDominate(a, b)
    }
  }

  /// Whether reward `a` is at least reward `b` on the same amount.
  static func isAtLeast(_ a: Benefit.Reward, _ b: Benefit.Reward) -> Bool {
    switch (a, b) {
    case (.percentOff(let p), .percentOff(let q)): return p >= q
    case (.amountOff(let x), .amountOff(let y)):
      return x.currency == y.currency && x.minorUnits >= y.minorUnits
    case (.percentOff(let p), .amountOff): return p == .hundred
    case (.amountOff, .percentOff): return false
    }
  }

  /// A percentage or amount off as one tier from zero; tiers as they are; other kinds `nil`.
  static func tiers(_ benefit: Benefit) -> [Benefit.Tier]? {
    switch benefit {
    case .percentOff(let percent):
      // Tier minimums are compared by minor units alone, so the currency of this zero does not matter.
      return [
        Benefit.Tier(
          minSubtotal: Money(minorUnits: 0, currency: .usd), reward: .percentOff(percent))
      ]
    case .amountOff(let amount):
      return [
        Benefit.Tier(
          minSubtotal: Money(minorUnits: 0, currency: amount.currency), reward: .amountOff(amount))
      ]
    case .tiers(let tiers): return tiers
    default: return nil
    }
  }

  /// Whether at every target subtotal the tier `a` reaches gives at least what the tier `b` reaches gives.
  ///
  /// The tier reached only changes at a tier minimum, so checking every minimum of either list (and every
  /// subtotal below all of them) covers every subtotal.
  static func tiersDominate(_ a: [Benefit.Tier], _ b: [Benefit.Tier]) -> Bool {
    // Tiers by spend and tiers by quantity are reached by different baskets: only a tier from zero (which every
    // basket reaches) compares with both.
    guard Set((a + b).filter { $0.minimum > 0 }.map(\.isByQuantity)).count <= 1 else {
      return false
    }
    let points = Set((a + b).map(\.minimum) + [0]).sorted()
    for point in points {
      guard let oldTier = b.last(where: { $0.minimum <= point }) else { continue }
      guard let newTier = a.last(where: { $0.minimum <= point }),
        isAtLeast(newTier.reward, oldTier.reward)
      else { return false }
    }
    return true
  }

  /// The most free units compared one by one before giving up (and answering "not provably").
  static let maximumComparedUnits: Int64 = 10_000

  /// Whether, with units sorted highest price first, the j-th free unit of "buy x get y" is never later (never
  /// cheaper) than the j-th free unit of "buy u get v", for every j.
  ///
  /// The j-th free unit of "buy x get y" is at position (g − 1)(x + y) + x + r, with g = ⌈j / y⌉ and
  /// r = j − (g − 1)y. Over y·v free units the first position grows by v(x + y) and the second by y(u + v), so
  /// their difference changes by vx − yu: when that is not positive, the first y·v comparisons decide every
  /// later one.
  static func freeUnitsDominate(buy x: Int64, get y: Int64, over u: Int64, _ v: Int64) -> Bool {
    guard y > 0, v > 0, x >= 0, u >= 0, x * v <= u * y else { return false }
    let period = y * v
    guard period <= maximumComparedUnits else { return x <= u && y == v }
    for j in 1...period where position(j, buy: x, get: y) > position(j, buy: u, get: v) {
      return false
    }
    return true
  }

  /// The 1-based position of the j-th free unit of "buy x get y".
  static func position(_ j: Int64, buy x: Int64, get y: Int64) -> Int64 {
    let group = (j - 1) / y
    return group * (x + y) + x + (j - 1) % y + 1
  }
}
