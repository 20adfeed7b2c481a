package import PromoGuard

/// Everything the generators need about one campaign, worked out once: its products, thresholds, moments,
/// customers, channels, codes as typed and links, and (by index into the file's shared context) the other
/// campaigns a combination scenario loads with it.
package struct CampaignProfile: Sendable {
  /// The campaign under test.
  package var campaign: Campaign
  /// The file it is in.
  package var file: String
  /// The campaign's currency.
  package var currency: Currency
  /// A currency the mechanics do not use (for `wrongCurrency`): the terms' when they name another one.
  package var otherCurrency: Currency
  /// One major unit of the currency in minor units (100 for USD, 1 for JPY).
  package var unit: Int64
  /// The products baskets are made of: the catalog's only when the file has one, else invented ones.
  package var products: [GeneratedProduct]
  /// Indices of products both targets include.
  package var bothTargets: [Int]
  /// Indices of products only the promise's target includes.
  package var promiseOnlyTargets: [Int]
  /// Indices of products only the mechanics' target includes.
  package var mechanicsOnlyTargets: [Int]
  /// Indices of products neither target includes.
  package var nonTargets: [Int]
  /// Indices of every product.
  package var allProducts: [Int]
  /// Indices of the promise's targets (every product when there are none).
  package var promisePool: [Int]
  /// Indices of the mechanics' targets (every product when there are none).
  package var mechanicsPool: [Int]
  /// Money thresholds (minimum spends, tiers, caps, amounts off) in minor units, without repeats.
  package var moneyThresholds: [Int64]
  /// Unit thresholds (minimum quantities, group sizes, item caps), without repeats.
  package var quantityThresholds: [Int64]
  /// Maximum spends (`conditions.maxSubtotal` of the mechanics and the promise) in minor units, without repeats:
  /// the boundaries try one minor unit either side, and the baseline stays at or below the lowest.
  package var maximumSpends: [Int64]
  /// Whether the mechanics or the promise measure conditions on the whole order: the boundaries then also put
  /// the spend on products outside the target.
  package var measuresWholeOrder: Bool
  /// Whether the mechanics or the promise cap the discounted units (`maxItems`): the boundaries then put free
  /// units before priced ones.
  package var capsItems: Bool
  /// Moments around every start, end (also as read on clocks 5 and 9 hours away), message and daylight-saving
  /// change.
  package var times: [Instant]
  /// A moment inside both windows when there is one.
  package var baselineTime: Instant
  /// Customers in and out of every audience, and `nil` for a guest.
  package var customers: [Checkout.Customer?]
  /// A customer the promise accepts.
  package var baselineCustomer: Checkout.Customer?
  /// Channels, `nil` for unknown.
  package var channels: [String?]
  /// A channel the promise accepts.
  package var baselineChannel: String?
  /// Redemption counts around every limit: per customer and in total.
  package var customerRedemptions: [Int64]
  /// Redemption counts around the total limit.
  package var totalRedemptions: [Int64]
  /// Every code of the campaign and its messages as a customer would type it.
  package var codeTypings: [String]
  /// The code a customer reading the promise types, when the campaign has codes.
  package var baselineCode: String?
  /// The links of the campaign's messages, as clicked and with stray white space.
  package var links: [String]
  /// The campaign's messages.
  package var messages: [Message]
  /// Shipping amounts in minor units.
  package var shippingAmounts: [Int64]
  /// What drawn recipients of a pool campaign do at checkout (empty without a pool).
  package var poolPlays: [PoolPlay]
  /// The file's campaigns and their oracles, shared by every profile of the file: a combination scenario's
  /// partners are the other campaigns of the file (automatic or coded), by index into it.
  package let context: CampaignFileContext
  /// The campaign's index in `context.campaigns`, or `nil` when the context does not hold it.
  package let position: Int?

  /// Works out the profile of `campaign`, with a context of its own file.
  ///
  /// Profiles of many campaigns of one file should share one context: see
  /// ``init(campaign:file:context:position:)``.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - file: The file it is in (its catalog and its other campaigns).
  package init(campaign: Campaign, file: CampaignFile) {
    let context = CampaignFileContext(file: file)
    self.init(
      campaign: campaign, file: file, context: context,
      position: context.campaigns.firstIndex { $0.id == campaign.id })
  }

  /// Works out the profile of `campaign`, sharing the file's context with the other profiles of the file.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - file: The file it is in (its catalog).
  ///   - context: The file's shared context (its campaigns and their oracles).
  ///   - position: The campaign's index in `context.campaigns`, if it is there.
  package init(
    campaign: Campaign, file: CampaignFile, context: CampaignFileContext, position: Int?
  ) {
    self.context = context
    self.position = position
    let mechanics = campaign.mechanics
    let promise = campaign.promise.rules
    self.campaign = campaign
    self.file = file.path
    self.currency = mechanics.currency
    // The promise's currency when the terms name another one, else a common currency the campaign does not use.
    if promise.currency != mechanics.currency {
      self.otherCurrency = promise.currency
    } else {
      self.otherCurrency = mechanics.currency == .eur ? .usd : .eur
    }
    var unit: Int64 = 1
    for _ in 0..<max(0, min(mechanics.currency.minorUnitExponent, 6)) { unit *= 10 }
    self.unit = unit
    self.messages = campaign.messages

    let products = Self.products(campaign: campaign, catalog: file.catalog, unit: unit)
    self.products = products
    bothTargets = products.indices.filter {
      products[$0].isMechanicsTarget && products[$0].isPromiseTarget
    }
    promiseOnlyTargets = products.indices.filter {
      !products[$0].isMechanicsTarget && products[$0].isPromiseTarget
    }
    mechanicsOnlyTargets = products.indices.filter {
      products[$0].isMechanicsTarget && !products[$0].isPromiseTarget
    }
    nonTargets = products.indices.filter {
      !products[$0].isMechanicsTarget && !products[$0].isPromiseTarget
    }
    allProducts = Array(products.indices)
    let promiseTargets = bothTargets + promiseOnlyTargets
    let mechanicsTargets = bothTargets + mechanicsOnlyTargets
    promisePool = promiseTargets.isEmpty ? allProducts : promiseTargets
    mechanicsPool = mechanicsTargets.isEmpty ? allProducts : mechanicsTargets

    var money = [Int64]()
    var quantities = [Int64]()
    for rules in [mechanics, promise] {
      Self.collectThresholds(rules, money: &money, quantities: &quantities)
    }
    moneyThresholds = Self.unique(money.filter { $0 > 0 && $0 <= 1_000_000_000_000 })
    maximumSpends = Self.unique(
      [mechanics, promise].compactMap { $0.conditions.maxSubtotal?.minorUnits }.filter {
        $0 > 0 && $0 <= 1_000_000_000_000
      })
    measuresWholeOrder = [mechanics, promise].contains { $0.conditions.scope == .order }
    capsItems = [mechanics, promise].contains { $0.maxItems != nil }
    quantityThresholds = Self.unique(quantities.filter { $0 > 0 && $0 <= 1_000 })

    let baseline = Self.baselineTime(mechanics.window, promise.window, messages: campaign.messages)
    baselineTime = baseline
    times = Self.times(
      windows: [mechanics.window, promise.window], zone: mechanics.zone, baseline: baseline,
      messages: campaign.messages)

    (customers, baselineCustomer) = Self.customers(campaign)
    var channelOptions: [String?] = []
    for name in (mechanics.channels ?? []) + (promise.channels ?? []) + ["web", "app", "store"]
    where !channelOptions.contains(name) {
      channelOptions.append(name)
    }
    channelOptions.append(nil)
    channels = channelOptions
    baselineChannel = promise.channels?.first ?? mechanics.channels?.first ?? "web"

    var perCustomer = [Int64]()
    var total = [Int64]()
    for rules in [mechanics, promise] {
      if let limit = rules.limits.perCustomer { perCustomer += [max(0, limit - 1), limit] }
      if let limit = rules.limits.total { total += [max(0, limit - 1), limit] }
    }
    customerRedemptions = Self.unique(perCustomer)
    totalRedemptions = Self.unique(total)

    var codes = [String]()
    for code in promise.activation.codes + mechanics.activation.codes where !codes.contains(code) {
      codes.append(code)
    }
    for message in campaign.messages {
      if let code = message.code, !codes.contains(code) { codes.append(code) }
      if let code = message.link?.appliesCode, !codes.contains(code) { codes.append(code) }
    }
    var typings = [String]()
    for code in codes.prefix(8) {
      for typing in CodeVariants.typings(of: code) where !typings.contains(typing) {
        typings.append(typing)
      }
    }
    codeTypings = typings
    baselineCode =
      promise.activation.codes.first ?? mechanics.activation.codes.first
      ?? campaign.messages.lazy.compactMap(\.code).first
    var links = [String]()
    for message in campaign.messages {
      if let url = message.link?.url, !links.contains(url) { links += [url, url + " "] }
    }
    self.links = links

    var shipping: [Int64] = [0, 595 * max(1, unit / 100), 1]
    for rules in [mechanics, promise] {
      if case .amountOff(let amount)? = rules.benefit.shippingReward {
        shipping += [amount.minorUnits - 1, amount.minorUnits, amount.minorUnits + 1]
      }
    }
    shippingAmounts = Self.unique(shipping.filter { $0 >= 0 && $0 <= 1_000_000_000_000 })
    poolPlays = Self.poolPlays(
      campaign, baselineCustomer: baselineCustomer, baselineTime: baselineTime)
    if let first = poolPlays.first {
      // The baseline: the first drawn recipient with their own code, inside its window.
      baselineCode = first.typed
      baselineCustomer = first.customer
      baselineTime = first.at
    }
  }

  /// How many partners a combination scenario can load with the campaign: every other campaign of its file.
  package var partnerCount: Int {
    context.campaigns.count - (position == nil ? 0 : 1)
  }

  /// The index in `context.campaigns` of partner `partner` (0 ..< `partnerCount`).
  ///
  /// - Parameter partner: The partner's index among the partners.
  /// - Returns: Its index in the file's context.
  package func partnerPosition(_ partner: Int) -> Int {
    guard let position, partner >= position else { return partner }
    return partner + 1
  }

  /// Whether `partner` is a valid partner index.
  ///
  /// - Parameter partner: A partner index.
  /// - Returns: Whether it names a partner.
  package func hasPartner(_ partner: Int) -> Bool {
    partner >= 0 && partner < partnerCount
  }

  /// The campaign of a partner.
  ///
  /// - Parameter partner: The partner's index (see ``hasPartner(_:)``).
  /// - Returns: The partner campaign.
  package func partnerCampaign(_ partner: Int) -> Campaign {
    context.campaigns[partnerPosition(partner)]
  }

  /// The code a combination scenario types for a partner, or `nil` for an automatic partner.
  ///
  /// - Parameter partner: The partner's index (see ``hasPartner(_:)``).
  /// - Returns: The code.
  package func partnerCode(_ partner: Int) -> String? {
    context.codes[partnerPosition(partner)]
  }

  /// The shared promise oracle of a partner.
  ///
  /// - Parameter partner: The partner's index (see ``hasPartner(_:)``).
  /// - Returns: Its oracle.
  package func partnerOracle(_ partner: Int) -> PromiseOracle {
    context.oracles[partnerPosition(partner)]
  }

  /// Money and unit thresholds of one set of rules.
  private static func collectThresholds(
    _ rules: Rules, money: inout [Int64], quantities: inout [Int64]
  ) {
    if let minimum = rules.conditions.minSubtotal { money.append(minimum.minorUnits) }
    if let minimum = rules.conditions.minQuantity { quantities.append(minimum) }
    if let cap = rules.maxDiscount { money.append(cap.minorUnits) }
    if let items = rules.maxItems { quantities += [items, items + 1] }
    switch rules.benefit {
    case .amountOff(let amount): money.append(amount.minorUnits)
    case .amountOffEach(let amount):
      // A unit priced just below, at and just above the amount off each: where "never below zero" bites.
      money.append(amount.minorUnits)
    case .fixedPrice(let price, let quantity):
      money.append(price.minorUnits)
      quantities += [quantity, 2 * quantity]
    case .buyGet(let buy, let get, _): quantities += [buy + get, 2 * (buy + get), buy]
    case .tiers(let tiers):
      for tier in tiers {
        switch tier.threshold {
        case .subtotal(let minimum): money.append(minimum.minorUnits)
        case .quantity(let count): quantities.append(count)
        }
      }
    case .percentOff, .shipping, .gift: break
    case .combined(let lines, _):
      var lineRules = rules
      lineRules.benefit = lines
      lineRules.conditions = .none
      lineRules.maxDiscount = nil
      lineRules.maxItems = nil
      collectThresholds(lineRules, money: &money, quantities: &quantities)
    }
    if let budget = rules.limits.budget { money.append(budget.minorUnits) }
  }

  /// The products baskets are made of.
  ///
  /// With a catalog, the catalog's products and nothing else: the catalog is the shop's whole assortment, so a
  /// basket holding a product, category or tag it lacks is one no customer can make (and a promise and a
  /// checkout that agree on it prove nothing). A target that names no catalog product then has no target
  /// products at all, and the pools fall back to the other products; the static audit reports the campaign as
  /// `unreachable`.
  ///
  /// Without a catalog, invented products (marked ``GeneratedProduct/isInvented``): one for every name the
  /// targets use, products that are both included and excluded (`GEN-MIX-…`), and unrelated ones
  /// (`GEN-OTHER-…`).
  private static func products(campaign: Campaign, catalog: Catalog?, unit: Int64)
    -> [GeneratedProduct]
  {
    let base = 2_500 * max(1, unit / 100)
    var result = [GeneratedProduct]()
    var skus = Set<String>()
    if let catalog {
      for product in catalog.products where !skus.contains(product.sku) {
        let price = product.price.money(in: campaign.mechanics.currency)?.minorUnits ?? base
        result.append(
          GeneratedProduct(
            sku: product.sku, name: product.name, categories: product.categories,
            tags: product.tags, price: min(max(price, 0), 1_000_000_000), campaign: campaign))
        skus.insert(product.sku)
      }
      return result
    }
    var number: Int64 = 0
    func add(_ sku: String, _ categories: [String], _ tags: [String]) {
      guard !skus.contains(sku) else { return }
      number += 1
      skus.insert(sku)
      result.append(
        GeneratedProduct(
          sku: sku, name: sku.lowercased(), categories: categories, tags: tags,
          price: base * (1 + number % 4) / 2 + number % 3 * (unit / 2), campaign: campaign,
          isInvented: true))
    }
    let targets = [campaign.mechanics.target, campaign.promise.rules.target]
    for target in targets {
      for selector in [target.include, target.exclude] {
        for sku in selector.skus { add(sku, [], []) }
        for category in selector.categories { add("GEN-CAT-\(category)", [category], []) }
        for tag in selector.tags { add("GEN-TAG-\(tag)", [], [tag]) }
      }
      // A product the include names and the exclude also names: excluded, whatever the include says.
      for category in target.include.categories.prefix(2) {
        for excluded in target.exclude.categories.prefix(2) {
          add("GEN-MIX-\(category)-\(excluded)", [category, excluded], [])
        }
        for excluded in target.exclude.tags.prefix(2) {
          add("GEN-MIX-\(category)-\(excluded)", [category], [excluded])
        }
      }
    }
    add("GEN-OTHER-A", ["gen-other"], [])
    add("GEN-OTHER-B", ["gen-misc"], ["gen-tag"])
    return result
  }

  /// A moment inside both windows (or near the messages when the windows are open).
  private static func baselineTime(_ first: Window, _ second: Window, messages: [Message])
    -> Instant
  {
    let day: Int64 = 86_400_000_000
    let starts = [first.starts, second.starts].compactMap { $0 }.max()
    let ends = [first.ends, second.ends].compactMap { $0 }.min()
    switch (starts, ends) {
    case (let start?, let end?):
      let middle = start.microsecondsSinceEpoch / 2 + end.microsecondsSinceEpoch / 2
      return start < end ? Instant(microsecondsSinceEpoch: middle) : start
    case (let start?, nil): return start.adding(seconds: 86_400) ?? start
    case (nil, let end?): return Instant(microsecondsSinceEpoch: end.microsecondsSinceEpoch - day)
    case (nil, nil):
      // 2026-06-15T12:00:00Z, or the first message's send time.
      return messages.lazy.compactMap(\.sentAt).first
        ?? Instant(microsecondsSinceEpoch: 1_781_524_800_000_000)
    }
  }

  /// Moments before, at and after every start and end, the last second and microsecond of each window, message
  /// send times and daylight-saving changes near the window.
  private static func times(
    windows: [Window], zone: Zone, baseline: Instant, messages: [Message]
  ) -> [Instant] {
    var result = [baseline]
    func add(_ microseconds: Int64?) {
      guard let microseconds else { return }
      let instant = Instant(microsecondsSinceEpoch: microseconds)
      if !result.contains(instant) { result.append(instant) }
    }
    let hour: Int64 = 3_600_000_000
    for window in windows {
      if let start = window.starts?.microsecondsSinceEpoch {
        add(start - 1)
        add(start)
        add(start + 1_000_000)
        add(start - hour)
      }
      if let end = window.ends?.microsecondsSinceEpoch {
        add(end - 1_000_000)
        add(end - 1)
        add(end)
        add(end + hour)
      }
    }
    // A customer in another time zone reads the dates on their own clock: the same wall-clock boundary
    // 5 and 9 hours either side (New York or Los Angeles against London, and the reverse).
    for window in windows {
      for boundary in [window.starts, window.ends].compactMap({ $0?.microsecondsSinceEpoch }) {
        for shift in [-9 * hour, -5 * hour, 5 * hour, 9 * hour] { add(boundary + shift) }
      }
    }
    for message in messages { add(message.sentAt?.microsecondsSinceEpoch) }
    let day: Int64 = 86_400_000_000
    let lower =
      windows.compactMap(\.starts).min()?.microsecondsSinceEpoch
      ?? baseline.microsecondsSinceEpoch - 90 * day
    let upper =
      windows.compactMap(\.ends).max()?.microsecondsSinceEpoch
      ?? baseline.microsecondsSinceEpoch + 90 * day
    let span = min(upper, lower + 400 * day)
    let changes = zone.transitions(
      from: Instant(microsecondsSinceEpoch: lower), to: Instant(microsecondsSinceEpoch: span))
    for change in changes.prefix(4) {
      add(change.microsecondsSinceEpoch - 1_000_000)
      add(change.microsecondsSinceEpoch)
      add(change.microsecondsSinceEpoch + 3_600_000_000)
    }
    return result
  }

  /// Guests, customers in each segment and each listed customer, a stranger, returning customers; and the one
  /// the promise accepts.
  private static func customers(_ campaign: Campaign) -> (
    [Checkout.Customer?], Checkout.Customer?
  ) {
    let promise = campaign.promise.rules
    var segments = [String]()
    var ids = [String]()
    let audiences =
      [promise.audience, campaign.mechanics.audience] + campaign.messages.map(\.audience)
    for audience in audiences.compactMap({ $0 }) {
      for segment in audience.segments where !segments.contains(segment) {
        segments.append(segment)
      }
      for id in audience.customers where !ids.contains(id) { ids.append(id) }
    }
    var result: [Checkout.Customer?] = [nil]
    for segment in segments.prefix(8) {
      result.append(Checkout.Customer(id: "gen-customer", segments: [segment], orderCount: 0))
      result.append(Checkout.Customer(id: "gen-customer", segments: [segment], orderCount: 3))
    }
    for id in ids.prefix(8) {
      result.append(Checkout.Customer(id: id, segments: [], orderCount: 1))
    }
    result.append(
      Checkout.Customer(id: "gen-stranger", segments: ["gen-other-segment"], orderCount: 0))
    result.append(Checkout.Customer(id: "gen-returning", segments: [], orderCount: 5))
    let baseline: Checkout.Customer
    if let audience = promise.audience {
      if let segment = audience.segments.first {
        baseline = Checkout.Customer(id: "gen-customer", segments: [segment], orderCount: 0)
      } else {
        baseline = Checkout.Customer(id: audience.customers.first, segments: [], orderCount: 0)
      }
    } else {
      baseline = Checkout.Customer(id: "gen-customer", segments: [], orderCount: 0)
    }
    result.append(baseline)
    return (result, baseline)
  }

  /// The values without repeats, in order of first appearance.
  private static func unique(_ values: [Int64]) -> [Int64] {
    var result = [Int64]()
    for value in values where !result.contains(value) { result.append(value) }
    return result
  }
}
