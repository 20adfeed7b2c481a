import PromoGuard

/// Reach: whether a real basket — one built from the file's catalog, within checkout's limits — can get the
/// discount.
///
/// Runs only for a file with a catalog, which is then the shop's whole assortment. Two rules:
///
/// 1. **Names.** Every SKU, category and tag the mechanics' and the terms' `target` name must be carried by some
///    catalog product. A name in `include` that nothing carries is `unreachable` (that part of the offer reaches
///    nobody); a name in `exclude` that nothing carries is `leak` (the exclusion keeps nothing out, so what it
///    was meant to keep out is discounted — or, in the terms, promised). The summary suggests the catalog names
///    the writer most likely meant (``NameSuggestion``), with their product counts.
/// 2. **The campaign.** When no basket of catalog products can satisfy the mechanics' target, conditions and
///    benefit together, the campaign is `unreachable`: no product is a target; a minimum quantity or a group
///    (`buy`/`get`, `fixedPrice`) larger than a checkout holds or than `maxItems` lets count; every target product
///    costs nothing; a minimum spend or lowest tier above what a checkout of target products can cost; a fixed
///    price no group of target products costs more than. One finding, for the first of these reasons.
///
/// All amounts are exact integers; products of counts and prices saturate at `Int64.max` instead of wrapping.
struct ReachAudit {
  /// The campaign.
  let audited: AuditedCampaign
  /// Its file's catalog.
  let catalog: CatalogIndex
  /// How much one checkout can hold.
  var limits = Limits.checkout

  /// The most units of one offer a shopper plausibly buys in one order: a minimum spend that even this many of the
  /// dearest target product does not reach is unreachable in practice (usually a lost decimal point).
  static let plausibleUnits: Int64 = 50

  /// How much one checkout can hold: the limits checkout itself enforces.
  struct Limits: Sendable, Hashable {
    /// The most lines one checkout may have.
    var maximumLines: Int64
    /// The most units on one line.
    var maximumQuantity: Int64

    /// Checkout's limits (`CheckoutDecoder`): 10,000 lines of at most 1,000,000 units each.
    ///
    /// A product may be on more than one line, so one product reaches every count the limits allow.
    static let checkout = Limits(
      maximumLines: Int64(CheckoutDecoder.maximumLines),
      maximumQuantity: CheckoutDecoder.maximumQuantity)

    /// The most units of target products one checkout can hold: lines × units per line, saturating.
    var maximumUnits: Int64 { ReachAudit.saturatingProduct(maximumLines, maximumQuantity) }
  }

  /// The findings: names of the mechanics' target, then of the terms' target (include before exclude; SKUs,
  /// categories, tags), then whether the campaign can be reached at all.
  func findings() -> [Finding] {
    var found = names(of: audited.campaign.mechanics.target, prefix: "", isTerms: false)
    if let terms = audited.campaign.terms, terms.stated.contains(.target) {
      found += names(of: terms.rules.target, prefix: "terms.", isTerms: true)
    }
    if let finding = campaignReach() { found.append(finding) }
    return found
  }

  // MARK: - Names

  /// A finding for each name of `target` that no catalog product carries.
  private func names(of target: Target, prefix: String, isTerms: Bool) -> [Finding] {
    var found = [Finding]()
    for (part, selector) in [("include", target.include), ("exclude", target.exclude)] {
      let isInclude = part == "include"
      for kind in ProductNameKind.allCases {
        let field = "\(prefix)target.\(part).\(kind.key)"
        for (index, name) in kind.names(in: selector).enumerated()
        where catalog.names(kind).count(of: name) == 0 {
          let consequence: String
          switch (isInclude, isTerms) {
          case (true, false): consequence = "checkout discounts no product by this name"
          case (true, true):
            consequence = "the terms promise the discount on no product by this name"
          case (false, false):
            consequence =
              "the exclusion keeps nothing out, so checkout discounts what it was meant to exclude"
          case (false, true):
            consequence =
              "the terms exclude nothing by it, so they promise the discount on what it was meant "
              + "to exclude"
          }
          found.append(
            audited.finding(
              isInclude ? .unreachable : .leak, at: "\(field).\(index)",
              "\(field): \"\(name)\" matches no product in the catalog — "
                + hint(for: name, kind: kind) + "; " + consequence))
        }
      }
    }
    return found
  }

  /// What the catalog has instead: the nearest names of the same kind, else the same name as another kind,
  /// else that nothing is close.
  private func hint(for name: String, kind: ProductNameKind) -> String {
    let nearest = NameSuggestion.nearest(to: name, among: catalog.names(kind))
    if !nearest.isEmpty {
      return "the catalog has "
        + Self.joined(nearest.map { "\"\($0.name)\" (\(Self.products($0.products)))" })
    }
    for other in ProductNameKind.allCases where other != kind {
      let count = catalog.names(other).count(of: name)
      if count > 0 {
        return "the catalog has it as a \(other.noun) (\(Self.products(count))): list it under "
          + other.key
      }
    }
    return "no \(kind.noun) in the catalog is close"
  }

  // MARK: - The campaign

  /// A catalog product the mechanics target, with its price in the campaign's currency (`nil` when the price
  /// cannot be written in it).
  private struct TargetProduct {
    /// The product.
    var product: Catalog.Product
    /// Its price in minor units.
    var price: Int64?
  }

  /// The `unreachable` finding when no basket of catalog products can get the discount.
  private func campaignReach() -> Finding? {
    let rules = audited.campaign.mechanics
    let currency = rules.currency
    var targets = [TargetProduct]()
    for product in catalog.products
    where rules.target.contains(
      sku: product.sku, categories: product.categories, tags: product.tags)
    {
      targets.append(
        TargetProduct(product: product, price: product.price.money(in: currency)?.minorUnits))
    }
    guard !targets.isEmpty else {
      let (key, why) = noTargetReason(rules.target)
      return audited.finding(.unreachable, at: key, "nobody can get the discount: " + why)
    }
    guard let (key, why) = limitReason(rules, targets: targets) else { return nil }
    return audited.finding(
      .unreachable, at: key,
      "nobody can get the discount: \(why) — the catalog's matching products are "
        + matchingProducts(targets, currency: currency))
  }

  /// Why no catalog product is a target, and the clause to point at.
  private func noTargetReason(_ target: Target) -> (key: String, why: String) {
    guard !catalog.products.isEmpty else {
      return ("target", "the catalog has no products, so no basket holds anything to discount")
    }
    let include = target.include
    let included = catalog.products.filter {
      include.isEmpty || include.matches(sku: $0.sku, categories: $0.categories, tags: $0.tags)
    }
    if included.isEmpty {
      let items = AuditPhrases.selectorItems(include)
      return (
        "target.include",
        "no product in the catalog carries " + (items.count == 1 ? "" : "any of ")
          + Self.joined(items) + " (target.include), so no basket holds anything to discount"
      )
    }
    let whom =
      include.isEmpty
      ? "every product in the catalog"
      : "every product the target includes (\(Self.products(included.count)))"
    return (
      "target.exclude",
      "\(whom) is also excluded by \(AuditPhrases.selector(target.exclude)) (target.exclude), so no "
        + "basket holds anything to discount"
    )
  }

  /// Why the conditions or the benefit cannot be met by any basket of `targets`, and the clause to point at;
  /// `nil` when some basket can.
  private func limitReason(_ rules: Rules, targets: [TargetProduct]) -> (key: String, why: String)?
  {
    let currency = rules.currency
    let units = limits.maximumUnits
    let capacity =
      "one checkout holds at most \(Self.count(units)) units "
      + "(\(Self.count(limits.maximumLines)) lines of \(Self.count(limits.maximumQuantity)))"
    if let minimum = rules.conditions.minQuantity, minimum > units {
      return (
        "conditions.minQuantity",
        "it needs at least \(Self.count(minimum)) of the offer's items (conditions.minQuantity), but "
          + capacity
      )
    }
    let group: Int64?
    switch rules.benefit {
    case .buyGet(let buy, let get, _): group = Self.saturatingSum(buy, get)
    case .fixedPrice(_, let quantity): group = quantity
    default: group = nil
    }
    if let group {
      let offer = AuditPhrases.benefit(rules.benefit)
      if let maxItems = rules.maxItems, maxItems < group {
        return (
          "maxItems",
          "\(offer) (benefit) needs \(Self.count(group)) of the offer's items in one order, but the "
            + "campaign discounts at most \(AuditPhrases.plural(maxItems, "item", "items")) (maxItems)"
        )
      }
      if group > units {
        return (
          "benefit",
          "\(offer) (benefit) needs \(Self.count(group)) of the offer's items in one order, but "
            + capacity
        )
      }
    }
    // Amounts: only when every target product's price can be written in the campaign's currency.
    var highest: Int64 = 0
    for target in targets {
      guard let price = target.price else { return nil }
      highest = max(highest, price)
    }
    let money = { (minorUnits: Int64) in Money(minorUnits: minorUnits, currency: currency).formatted
    }
    if highest == 0, !rules.benefit.isShipping {
      return (
        "target",
        "every product it discounts costs \(money(0)), so there is nothing to take off"
      )
    }
    // With scope `order` any catalog product counts towards the spend, not only the offer's items.
    let wholeOrder = rules.conditions.scope == .order
    var spendHighest = highest
    if wholeOrder {
      for product in catalog.products {
        guard let price = product.price.money(in: currency)?.minorUnits else { return nil }
        spendHighest = max(spendHighest, price)
      }
    }
    let spentOn = wholeOrder ? "in one order" : "on the offer's items"
    let most = Self.saturatingProduct(units, spendHighest)
    var minimums = [(key: String, what: String, amount: Int64)]()
    if let minimum = rules.conditions.minSubtotal?.minorUnits {
      minimums.append(("conditions.minSubtotal", "(conditions.minSubtotal)", minimum))
    }
    if case .tiers(let tiers) = rules.benefit, let lowest = tiers.first?.minSubtotal?.minorUnits {
      minimums.append(("benefit", "for its lowest tier (benefit)", lowest))
    }
    for minimum in minimums where minimum.amount > most {
      return (
        minimum.key,
        "it needs a spend of \(money(minimum.amount)) \(spentOn) \(minimum.what), but "
          + "\(capacity), so they come to at most \(money(most)) at \(money(spendHighest)) each"
      )
    }
    let plausible = Self.saturatingProduct(Self.plausibleUnits, spendHighest)
    let dearest = wholeOrder ? "the dearest product" : "the dearest of them"
    for minimum in minimums where minimum.amount > plausible {
      return (
        minimum.key,
        "it needs a spend of \(money(minimum.amount)) \(spentOn) \(minimum.what), more than "
          + "\(Self.count(Self.plausibleUnits)) of \(dearest) at \(money(spendHighest)) each "
          + "(\(money(plausible))): a customer who buys \(Self.count(Self.plausibleUnits)) still does "
          + "not qualify — check the amount (a lost decimal point?), or list unreachable in "
          + "expectFindings for a wholesale offer"
      )
    }
    if case .fixedPrice(let price, let quantity) = rules.benefit,
      Self.saturatingProduct(quantity, highest) <= price.minorUnits
    {
      return (
        "benefit",
        "\(AuditPhrases.benefit(rules.benefit)) (benefit) is never a saving: the offer's items cost "
          + "at most \(money(highest)) each, so \(Self.count(quantity)) of them come to at most "
          + "\(money(Self.saturatingProduct(quantity, highest))), no more than the fixed price"
      )
    }
    return nil
  }

  /// The matching products, dearest first (then in catalog order): `"SOCK-RED" ($4.00)`, at most five.
  private func matchingProducts(_ targets: [TargetProduct], currency: Currency) -> String {
    let ordered = targets.enumerated().sorted { left, right in
      let a = left.element.price ?? -1
      let b = right.element.price ?? -1
      return a != b ? a > b : left.offset < right.offset
    }
    let shown = ordered.prefix(5).map { entry in
      let price =
        entry.element.price.map { Money(minorUnits: $0, currency: currency).formatted }
        ?? "price \(entry.element.product.price) not in \(currency.code)"
      return "\"\(entry.element.product.sku)\" (\(price))"
    }
    let more = targets.count - shown.count
    return more > 0 ? shown.joined(separator: ", ") + " and \(more) more" : Self.joined(shown)
  }

  // MARK: - Words and arithmetic

  /// "a", "a and b", "a, b and c".
  static func joined(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// "1 product", "3 products".
  static func products(_ count: Int) -> String {
    AuditPhrases.plural(Int64(count), "product", "products")
  }

  /// A count with thousands separators: "1,000,000".
  static func count(_ value: Int64) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result += "," }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }

  /// `a × b`, or `Int64.max` when that does not fit (both at least 0).
  static func saturatingProduct(_ a: Int64, _ b: Int64) -> Int64 {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? Int64.max : product
  }

  /// `a + b`, or `Int64.max` when that does not fit (both at least 0).
  static func saturatingSum(_ a: Int64, _ b: Int64) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int64.max : sum
  }
}
