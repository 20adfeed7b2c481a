package import PromoGuard

/// Makes the scenarios of one campaign, deterministically: boundary scenarios first (a checkout the promise
/// accepts, then one thing at a time moved to a boundary), then random exploration around them.
///
/// ```swift
/// let generator = ScenarioGenerator(profile: profile, seed: 1)
/// let scenario = generator.scenario(at: 0)   // the baseline: a checkout the promise accepts
/// ```
package struct ScenarioGenerator: Sendable {
  /// The campaign's profile.
  package let profile: CampaignProfile
  /// The run's seed.
  package let seed: UInt64
  /// The boundary scenarios, in order.
  package let boundaries: [Tweak]
  /// `FNV1a.hash` of the campaign's id, for each scenario's random generator.
  let campaignHash: UInt64
  /// What every baseline checkout shares, worked out once.
  let baselineParts: BaselineParts
  /// How often (in percent) a random scenario is a journey.
  package var journeyPercent = 10
  /// How often (in percent) a random scenario loads other campaigns of the file (typing the codes of those
  /// that have codes), when the file has others.
  package var combinationPercent = 6

  /// One change from the baseline checkout.
  package enum Tweak: Sendable, Hashable {
    /// The baseline itself.
    case baseline
    /// Another moment.
    case time(Instant)
    /// Another customer, or a guest.
    case customer(Checkout.Customer?)
    /// Another channel.
    case channel(String?)
    /// The checkout in a currency the campaign does not use.
    case otherCurrency
    /// The code typed another way.
    case code(String)
    /// No code typed: the customer arrives by a link.
    case link(String)
    /// No code, no link.
    case noCode
    /// Target lines worth exactly this many minor units (on the promise's or the mechanics' target).
    case subtotal(Int64, promiseTargets: Bool, split: Bool)
    /// Exactly this many target units.
    case quantity(Int64, promiseTargets: Bool)
    /// A whole basket worth exactly this many minor units, most of it outside the target (for conditions
    /// measured on the whole order).
    case orderSubtotal(Int64)
    /// A special basket.
    case basket(BasketShape)
    /// This customer's redemptions so far.
    case customerRedemptions(Int64)
    /// Redemptions so far across all customers.
    case totalRedemptions(Int64)
    /// The shipping amount.
    case shipping(Int64)
    /// The customer reading one message: its audience, sent time, code or link.
    case message(Int)
    /// The discounts the campaign has given so far (`budgetSpent`), in minor units.
    case budgetSpent(Int64)
    /// The basket holds exactly this many units of the gift (its first SKU), none of the other gift SKUs.
    case giftUnits(Int64)
    /// A recipient of a pool campaign at checkout: their code as typed, who, when, used before or not.
    case recipient(PoolPlay)

    /// What the tweak aims at, for reports.
    package var aim: String {
      switch self {
      case .baseline: return "baseline"
      case .time(let instant): return "time \(instant)"
      case .customer(let customer): return "customer \(customer?.id ?? "guest")"
      case .channel(let channel): return "channel \(channel ?? "unknown")"
      case .otherCurrency: return "another currency"
      case .code(let code): return "code typed \(JourneyStep.quoted(code))"
      case .link(let link): return "arrival by link \(link)"
      case .noCode: return "no code"
      case .subtotal(let amount, let promise, _):
        return "target subtotal \(amount) minor units (\(promise ? "promise" : "mechanics"))"
      case .quantity(let units, let promise):
        return "\(units) target units (\(promise ? "promise" : "mechanics"))"
      case .orderSubtotal(let amount): return "order subtotal \(amount) minor units"
      case .basket(let shape): return "basket \(shape)"
      case .customerRedemptions(let count): return "\(count) redemptions by the customer"
      case .totalRedemptions(let count): return "\(count) redemptions in total"
      case .shipping(let amount): return "shipping \(amount) minor units"
      case .message(let index): return "reader of message \(index + 1)"
      case .budgetSpent(let amount): return "budget spent \(amount) minor units"
      case .giftUnits(let count): return "\(count) gift units in the basket"
      case .recipient(let play): return "pool: \(play.story)"
      }
    }
  }

  /// Creates the generator of one campaign.
  ///
  /// - Parameters:
  ///   - profile: The campaign's profile.
  ///   - seed: The run's seed.
  package init(profile: CampaignProfile, seed: UInt64) {
    self.profile = profile
    self.seed = seed
    self.boundaries = Self.boundaryTweaks(profile)
    self.campaignHash = FNV1a.hash(profile.campaign.id)
    self.baselineParts = BaselineParts(profile)
  }

  /// The scenario at `index`: a boundary scenario while there are some, then random ones.
  ///
  /// - Parameter index: The scenario's index, from 0.
  /// - Returns: The scenario.
  package func scenario(at index: Int) -> Scenario {
    var random = SplitMix64(seed: seed, campaignHash: campaignHash, scenario: index)
    if boundaries.indices.contains(index) {
      var checkout = baseline(&random)
      apply(boundaries[index], to: &checkout, &random)
      return Scenario(
        index: index, checkout: checkout, shape: .single, tweaks: [boundaries[index]],
        isBoundary: true)
    }
    var checkout = baseline(&random)
    var tweaks = [Tweak]()
    let count = 1 + random.next(upTo: 3)
    tweaks.reserveCapacity(count)
    for _ in 0..<count {
      let tweak = randomTweak(&random)
      apply(tweak, to: &checkout, &random)
      tweaks.append(tweak)
    }
    let hasRandomBasket = random.chance(45)
    if hasRandomBasket {
      checkout.lines = randomBasket(&random, currency: checkout.currency)
    }
    var shape = Scenario.Shape.single
    let partners = profile.partnerCount
    if partners > 0, random.chance(combinationPercent) {
      var chosen = [random.next(upTo: partners)]
      if partners > 1, random.chance(40) {
        let second = random.next(upTo: partners)
        if second != chosen[0] { chosen.append(second) }
      }
      chosen.sort()
      // An automatic partner needs no code: loading it is enough.
      for partner in chosen where profile.hasPartner(partner) {
        if let code = profile.partnerCode(partner) { checkout.codes.append(code) }
      }
      shape = .combination(partners: chosen)
    } else if random.chance(journeyPercent) {
      let journey = JourneyBuilder.journey(to: checkout, profile: profile, random: &random)
      shape = .journey(journey)
    }
    return Scenario(
      index: index, checkout: checkout, shape: shape, tweaks: tweaks,
      hasRandomBasket: hasRandomBasket)
  }

  /// The checkout the promise accepts: target lines past every threshold, inside the window, the accepted
  /// customer and channel, the promise's code typed exactly.
  private func baseline(_ random: inout SplitMix64) -> Checkout {
    let currency = profile.currency
    let pool = targetPool(promise: true)
    var lines = [Checkout.Line]()
    let units = baselineParts.units
    let ceiling = baselineParts.ceiling
    let spend = baselineParts.spend
    if let index = random.pick(pool), profile.products.indices.contains(index) {
      let product = profile.products[index]
      let needed = units > 0 ? (spend + profile.unit) / units + 1 : spend
      var price = max(product.price, min(needed, 1_000_000_000))
      // At or below the lowest maximum spend, so that the promise accepts the baseline.
      if let ceiling, price * units > ceiling { price = max(1, ceiling / units) }
      lines.append(product.line(price: price, quantity: min(units, 1_000), currency: currency))
    }
    return Checkout(
      currency: currency, lines: lines,
      shipping: Money(minorUnits: baselineParts.shipping, currency: currency),
      customer: profile.baselineCustomer, channel: profile.baselineChannel,
      at: profile.baselineTime, codes: baselineParts.codes)
  }

  /// The products of the promise's target (or the mechanics'), falling back to any product.
  private func targetPool(promise: Bool) -> [Int] {
    promise ? profile.promisePool : profile.mechanicsPool
  }

  /// Applies one tweak to a checkout.
  private func apply(_ tweak: Tweak, to checkout: inout Checkout, _ random: inout SplitMix64) {
    switch tweak {
    case .baseline: break
    case .time(let instant): checkout.at = instant
    case .customer(let customer): checkout.customer = customer
    case .channel(let channel): checkout.channel = channel
    case .otherCurrency:
      let other = profile.otherCurrency
      checkout.currency = other
      for index in checkout.lines.indices {
        checkout.lines[index].unitPrice = Money(
          minorUnits: checkout.lines[index].unitPrice.minorUnits, currency: other)
      }
      checkout.shipping = Money(minorUnits: checkout.shipping.minorUnits, currency: other)
    case .code(let code): checkout.codes = [code]
    case .link(let link):
      checkout.codes = []
      checkout.link = link
    case .noCode:
      checkout.codes = []
      checkout.link = nil
    case .subtotal(let amount, let promise, let split):
      checkout.lines = subtotalBasket(
        amount, pool: targetPool(promise: promise), split: split, currency: checkout.currency,
        &random)
    case .quantity(let units, let promise):
      checkout.lines = quantityBasket(
        units, pool: targetPool(promise: promise), currency: checkout.currency, &random)
    case .orderSubtotal(let amount):
      checkout.lines = orderBasket(amount, currency: checkout.currency, &random)
    case .basket(let shape):
      checkout.lines = basket(shape, currency: checkout.currency, &random)
    case .customerRedemptions(let count):
      if checkout.customer == nil { checkout.customer = profile.baselineCustomer }
      checkout.customer?.redemptions = [profile.campaign.id: count]
    case .totalRedemptions(let count):
      checkout.redemptionTotals = [profile.campaign.id: count]
    case .shipping(let amount):
      checkout.shipping = Money(minorUnits: amount, currency: checkout.currency)
    case .budgetSpent(let amount):
      checkout.budgetSpent = [
        profile.campaign.id: Money(minorUnits: amount, currency: checkout.currency)
      ]
    case .giftUnits(let count):
      applyGiftUnits(count, to: &checkout)
    case .recipient(let play):
      play.apply(to: &checkout)
    case .message(let index):
      guard profile.messages.indices.contains(index) else { return }
      let message = profile.messages[index]
      if let audience = message.audience {
        checkout.customer = Checkout.Customer(
          id: audience.customers.first ?? "gen-reader",
          segments: Array(audience.segments.prefix(1)),
          orderCount: random.chance(50) ? 0 : 2)
      }
      if let sent = message.sentAt, random.chance(50) {
        checkout.at = sent.adding(seconds: random.next(in: 0...172_800)) ?? sent
      }
      checkout.codes = []
      checkout.link = nil
      if let code = message.code {
        let typings = CodeVariants.typings(of: code)
        checkout.codes = [random.pick(typings) ?? code]
      }
      if let link = message.link, message.code == nil || random.chance(50) {
        checkout.link = link.url
      }
    }
  }

  /// Lines of target products worth exactly `amount` minor units, sometimes on two lines, sometimes beside a
  /// non-target line.
  private func subtotalBasket(
    _ amount: Int64, pool: [Int], split: Bool, currency: Currency, _ random: inout SplitMix64
  ) -> [Checkout.Line] {
    guard let index = random.pick(pool), profile.products.indices.contains(index) else { return [] }
    let product = profile.products[index]
    var lines = [Checkout.Line]()
    if split, amount >= 2 {
      let first = amount / 2
      lines.append(product.line(price: first, quantity: 1, currency: currency))
      let other = random.pick(pool).flatMap { profile.products.indices.contains($0) ? $0 : nil }
      let second = other.map { profile.products[$0] } ?? product
      lines.append(second.line(price: amount - first, quantity: 1, currency: currency))
    } else if amount % 2 == 0, amount > 0, random.chance(30) {
      lines.append(product.line(price: amount / 2, quantity: 2, currency: currency))
    } else {
      lines.append(product.line(price: amount, quantity: 1, currency: currency))
    }
    if random.chance(30), let other = random.pick(profile.nonTargets),
      profile.products.indices.contains(other)
    {
      let product = profile.products[other]
      lines.append(product.line(price: product.price, quantity: 1, currency: currency))
    }
    return lines
  }

  /// A basket worth exactly `amount` minor units in all: one target unit of at most half of it, the rest on a
  /// product outside the target.
  private func orderBasket(_ amount: Int64, currency: Currency, _ random: inout SplitMix64)
    -> [Checkout.Line]
  {
    guard amount >= 2, let target = random.pick(targetPool(promise: true)),
      let other = random.pick(profile.nonTargets), profile.products.indices.contains(target),
      profile.products.indices.contains(other)
    else { return [] }
    let targetPrice = max(1, min(profile.products[target].price, amount / 2))
    return [
      profile.products[target].line(price: targetPrice, quantity: 1, currency: currency),
      profile.products[other].line(price: amount - targetPrice, quantity: 1, currency: currency),
    ]
  }

  /// Exactly `units` target units, on one line or several.
  private func quantityBasket(
    _ units: Int64, pool: [Int], currency: Currency, _ random: inout SplitMix64
  ) -> [Checkout.Line] {
    guard units > 0 else { return [] }
    var lines = [Checkout.Line]()
    if units <= 8, random.chance(50) {
      for _ in 0..<units {
        guard let index = random.pick(pool), profile.products.indices.contains(index) else { break }
        let product = profile.products[index]
        lines.append(product.line(price: product.price, quantity: 1, currency: currency))
      }
    } else if let index = random.pick(pool), profile.products.indices.contains(index) {
      let product = profile.products[index]
      lines.append(product.line(price: product.price, quantity: units, currency: currency))
    }
    return lines
  }

  /// One of the special baskets.
  private func basket(_ shape: BasketShape, currency: Currency, _ random: inout SplitMix64)
    -> [Checkout.Line]
  {
    // price: nil for the product's price, -1 for a tiny random price, else that price.
    func lines(from pool: [Int], count: Int, price: Int64? = nil) -> [Checkout.Line] {
      var result = [Checkout.Line]()
      for _ in 0..<count {
        guard let index = random.pick(pool), profile.products.indices.contains(index) else { break }
        let product = profile.products[index]
        let unitPrice: Int64
        switch price {
        case nil: unitPrice = product.price
        case -1: unitPrice = random.next(in: 1...9)
        case let fixed?: unitPrice = fixed
        }
        result.append(product.line(price: unitPrice, quantity: 1, currency: currency))
      }
      return result
    }
    let targets = targetPool(promise: true)
    switch shape {
    case .nonTargetsOnly: return lines(from: profile.nonTargets, count: 2)
    case .promiseOnly: return lines(from: profile.promiseOnlyTargets, count: 2)
    case .mechanicsOnly: return lines(from: profile.mechanicsOnlyTargets, count: 2)
    case .mixed:
      return lines(from: profile.bothTargets, count: 1)
        + lines(from: profile.promiseOnlyTargets, count: 1)
        + lines(from: profile.mechanicsOnlyTargets, count: 1)
        + lines(from: profile.nonTargets, count: 1)
    case .tinyPrices:
      return lines(from: targets, count: 3, price: -1)
    case .zeroPrice:
      return lines(from: targets, count: 1, price: 0) + lines(from: targets, count: 1)
    case .freeUnitsFirst:
      let units = min(max(1, profile.quantityThresholds.max() ?? 1), 1_000)
      guard let index = random.pick(targets), profile.products.indices.contains(index) else {
        return []
      }
      let free = profile.products[index].line(price: 0, quantity: units, currency: currency)
      return [free] + lines(from: targets, count: 2)
    case .manyLines: return lines(from: profile.allProducts, count: 30)
    case .largeQuantity:
      guard let index = random.pick(targets), profile.products.indices.contains(index) else {
        return []
      }
      let product = profile.products[index]
      return [
        product.line(price: min(product.price, 1_000_000), quantity: 1_000, currency: currency)
      ]
    }
  }

  /// A random basket: one to six lines (sometimes up to forty), prices from the catalog, random, tiny or zero.
  private func randomBasket(_ random: inout SplitMix64, currency: Currency) -> [Checkout.Line] {
    let count = random.chance(5) ? 10 + random.next(upTo: 31) : 1 + random.next(upTo: 6)
    let targets = targetPool(promise: random.chance(70))
    var lines = [Checkout.Line]()
    lines.reserveCapacity(count)
    for _ in 0..<count {
      let pool = random.chance(70) ? targets : profile.allProducts
      guard let index = random.pick(pool), profile.products.indices.contains(index) else { break }
      let product = profile.products[index]
      let price: Int64
      switch random.next(upTo: 20) {
      case 0..<10: price = product.price
      case 10..<14:
        price = random.next(in: 1...200) * profile.unit + random.next(in: 0...(profile.unit - 1))
      case 14..<16: price = random.next(in: 1...9)
      case 16: price = 0
      default:
        let threshold = random.pick(profile.moneyThresholds) ?? product.price
        price = max(0, threshold + random.next(in: -1...1))
      }
      let quantity: Int64
      switch random.next(upTo: 20) {
      case 0..<16: quantity = random.next(in: 1...3)
      case 16..<19: quantity = random.next(in: 4...12)
      default: quantity = random.next(in: 13...1_000)
      }
      lines.append(
        product.line(price: min(price, 1_000_000_000), quantity: quantity, currency: currency))
    }
    return lines
  }

  /// A random tweak: any of the boundary values.
  private func randomTweak(_ random: inout SplitMix64) -> Tweak {
    if let tweak = random.pick(boundaries) { return tweak }
    return .baseline
  }

  /// Every boundary tweak of a campaign, in a fixed order: the baseline, then one of each kind in turn (a code
  /// typing, a subtotal, a moment, a customer, ...), so that even a short run touches every dimension.
  private static func boundaryTweaks(_ profile: CampaignProfile) -> [Tweak] {
    var codes = profile.codeTypings.map(Tweak.code)
    codes += profile.links.map(Tweak.link)
    codes.append(.noCode)
    codes += profile.messages.indices.map(Tweak.message)
    var subtotals = [Tweak]()
    for threshold in profile.moneyThresholds {
      for amount in [threshold - 1, threshold, threshold + 1] where amount >= 0 {
        subtotals.append(.subtotal(amount, promiseTargets: true, split: false))
        subtotals.append(.subtotal(amount, promiseTargets: true, split: true))
        if !profile.mechanicsOnlyTargets.isEmpty || !profile.promiseOnlyTargets.isEmpty {
          subtotals.append(.subtotal(amount, promiseTargets: false, split: false))
        }
      }
    }
    for threshold in profile.maximumSpends {
      for amount in [threshold - 1, threshold, threshold + 1] where amount >= 0 {
        subtotals.append(.subtotal(amount, promiseTargets: true, split: false))
        subtotals.append(.subtotal(amount, promiseTargets: true, split: true))
      }
    }
    if profile.measuresWholeOrder, !profile.nonTargets.isEmpty {
      for threshold in profile.moneyThresholds + profile.maximumSpends {
        for amount in [threshold - 1, threshold, threshold + 1] where amount >= 2 {
          subtotals.append(.orderSubtotal(amount))
        }
      }
    }
    var quantities = [Tweak]()
    for threshold in profile.quantityThresholds {
      for units in [threshold - 1, threshold, threshold + 1] where units >= 1 {
        quantities.append(.quantity(units, promiseTargets: true))
      }
    }
    var others: [Tweak] = [.otherCurrency]
    others += profile.customerRedemptions.map(Tweak.customerRedemptions)
    others += profile.totalRedemptions.map(Tweak.totalRedemptions)
    others += profile.shippingAmounts.map(Tweak.shipping)
    others += budgetTweaks(profile) + giftTweaks(profile)
    let groups: [[Tweak]] = [
      profile.poolPlays.map(Tweak.recipient), codes, subtotals, quantities,
      BasketShape.allCases.filter { $0 != .freeUnitsFirst || profile.capsItems }.map(Tweak.basket),
      profile.times.map(Tweak.time),
      profile.customers.map(Tweak.customer), profile.channels.map(Tweak.channel), others,
    ]
    // Sized exactly: every generator keeps its list for the whole run (memory linear in campaigns).
    var tweaks: [Tweak] = []
    tweaks.reserveCapacity(1 + groups.reduce(0) { $0 + $1.count })
    tweaks.append(.baseline)
    var round = 0
    var added = true
    while added {
      added = false
      for group in groups where group.indices.contains(round) {
        tweaks.append(group[round])
        added = true
      }
      round += 1
    }
    return tweaks
  }

}
