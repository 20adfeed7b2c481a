package import PromoGuard

/// Stackable campaigns of different benefit kinds that share a priority.
///
/// Their order is then decided by their ids, and customers can feel it ($30 off then 10% off is not 10% off
/// then $30 off). A warning of `promoguard lint`, never a finding.
package enum PriorityTieAudit {
  /// The warnings, by campaign id: each campaign of a tie gets one line per other campaign it ties with.
  ///
  /// Two campaigns tie when both are stackable (not exclusive), in one currency, with the same
  /// `stacking.priority`, and their benefits are of different kinds (percent off, amount off, amount off
  /// each unit, fixed price, buy/get, tiers, combined, gift); a shipping-only benefit never ties (it touches
  /// no line). For two percentages or amounts off whole orders the warning shows both orders' discounts on an
  /// example basket.
  ///
  /// - Parameter files: The files loaded together.
  /// - Returns: The warnings, by campaign id.
  package static func warnings(files: [CampaignFile]) -> [String: [Diagnostic]] {
    var warnings = [String: [Diagnostic]]()
    for file in files {
      tie(file.campaigns, catalog: file.catalog, into: &warnings)
    }
    return warnings
  }

  /// The ties among the campaigns of one file.
  ///
  /// A shop's campaigns live together in one file; files loaded side by side are often different shops. With a
  /// catalog, campaigns whose targets share no product never
  /// discount the same line, so their order cannot matter.
  private static func tie(
    _ all: [Campaign], catalog: Catalog?, into warnings: inout [String: [Diagnostic]]
  ) {
    // Each campaign's mechanics and benefit kind read once: the pairs below compare plain values, so a file of
    // thousands of campaigns costs a few instructions per pair.
    var campaigns = [(campaign: Campaign, rules: Rules)]()
    var keys = [(priority: Int64, kind: String, currency: Currency)]()
    for campaign in all {
      let rules = campaign.mechanics
      guard !rules.stacking.exclusive, let kind = kind(rules.benefit) else { continue }
      campaigns.append((campaign, rules))
      keys.append((rules.stacking.priority, kind, rules.currency))
    }
    for index in keys.indices {
      let key = keys[index]
      for secondIndex in (index + 1)..<keys.count {
        let other = keys[secondIndex]
        guard key.priority == other.priority, key.kind != other.kind,
          key.currency == other.currency
        else { continue }
        let first = campaigns[index]
        let second = campaigns[secondIndex]
        let (a, b) = first.campaign.id < second.campaign.id ? (first, second) : (second, first)
        guard overlap(a.rules.window, b.rules.window),
          catalog.map({ shareAProduct(a.rules.target, b.rules.target, in: $0) }) ?? true
        else { continue }
        let message =
          "stackable campaigns \"\(a.campaign.id)\" (\(TermsText.phrase(a.rules.benefit))) and "
          + "\"\(b.campaign.id)\" (\(TermsText.phrase(b.rules.benefit))) share priority "
          + "\(a.rules.stacking.priority), so \"\(a.campaign.id)\" applies first only because its id "
          + "sorts first\(example(a.rules, b.rules)) — give them different priorities "
          + "(stacking.priority) so the order is a decision"
        for campaign in [a.campaign, b.campaign] {
          let place = campaign.fieldLocations["stacking"] ?? campaign.location
          warnings[campaign.id, default: []].append(
            Diagnostic(
              file: place.file, line: place.line, column: place.column, path: "stacking.priority",
              message: message))
        }
      }
    }
  }

  /// Whether some product of the catalog is a target of both.
  static func shareAProduct(_ a: Target, _ b: Target, in catalog: Catalog) -> Bool {
    catalog.products.contains {
      a.contains(sku: $0.sku, categories: $0.categories, tags: $0.tags)
        && b.contains(sku: $0.sku, categories: $0.categories, tags: $0.tags)
    }
  }

  /// Whether two windows share a moment (an open end reaches forever).
  static func overlap(_ a: Window, _ b: Window) -> Bool {
    if let end = a.ends, let start = b.starts, end <= start { return false }
    if let end = b.ends, let start = a.starts, end <= start { return false }
    return true
  }

  /// The kind of a benefit that discounts lines, or `nil` for a shipping-only benefit.
  static func kind(_ benefit: Benefit) -> String? {
    switch benefit {
    case .percentOff: "percentOff"
    case .amountOff: "amountOff"
    // An amount off each unit: $5 off each then 10% off is not 10% off then $5 off each.
    case .amountOffEach: "amountOffEach"
    case .fixedPrice: "fixedPrice"
    case .buyGet: "buyGet"
    case .tiers: "tiers"
    case .shipping: nil
    case .combined: "combined"
    case .gift: "gift"
    }
  }

  /// "; on a $100.00 basket, a then b takes $37.00 off, b then a $40.00": only for two percentages or
  /// amounts off every line without conditions, maximum or item cap (where the arithmetic is plain); else
  /// empty.
  static func example(_ a: Rules, _ b: Rules) -> String {
    guard a.target.isEverything, b.target.isEverything, a.conditions == .none,
      b.conditions == .none, a.maxDiscount == nil, b.maxDiscount == nil, a.maxItems == nil,
      b.maxItems == nil
    else { return "" }
    var scale: Int64 = 1
    for _ in 0..<a.currency.minorUnitExponent { scale *= 10 }
    let basket = 100 * scale
    func off(_ benefit: Benefit, _ amount: Int64) -> Int64? {
      switch benefit {
      case .percentOff(let percent):
        // amount × millionths / 10^6 (millionths of the whole), rounded half up: the example's arithmetic.
        return (amount * percent.millionths + 500_000) / 1_000_000
      case .amountOff(let money): return min(money.minorUnits, amount)
      default: return nil
      }
    }
    guard let a1 = off(a.benefit, basket), let b1 = off(b.benefit, basket - a1),
      let b2 = off(b.benefit, basket), let a2 = off(a.benefit, basket - b2),
      a1 + b1 != a2 + b2
    else { return "" }
    func money(_ minorUnits: Int64) -> String {
      Money(minorUnits: minorUnits, currency: a.currency).formatted
    }
    return "; on a \(money(basket)) basket, that order takes \(money(a1 + b1)) off, the other "
      + "\(money(a2 + b2))"
  }
}
