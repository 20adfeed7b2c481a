/// Terms and conditions in plain English, generated from a campaign's promise.
///
/// For a marketing manager to paste into an email footer: a title line (the name the terms give, else the
/// campaign's name), then one short sentence per clause, each on a line starting with "- ": the benefit, its
/// caps, what it applies to and excludes, conditions, who may use it, channels, the period with dates, times
/// and time zone, limits, whether it combines with other offers, and how to redeem it. Money is in the
/// campaign's currency (`Money.formatted`); an exclusive end is stated as its last second. The text is
/// deterministic and has no trailing spaces.
///
/// ```swift
/// TermsText(campaign: campaign).text
/// // 20% off your entire order
/// // - 20% off your order.
/// // - Open to all customers.
/// // - Valid from 1 September 2026 at 00:00 (America/New_York) until 30 September 2026 at 23:59:59
/// //   (America/New_York).
/// // - Can be combined with other offers.
/// // - To redeem, enter the code SEPT20 at checkout.
/// ```
package struct TermsText: Sendable, Hashable {
  /// The first line: the terms' name, else the campaign's name.
  package var title: String
  /// The clauses, each a line of text ("- 20% off your order."); sub-items start with "  - ".
  package var lines: [String]

  /// Writes the terms of `campaign`'s promise (its terms, or its mechanics when it has none).
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - catalog: Its file's catalog, whose product names a gift is written with ("a free Tote Bag
  ///     (TOTE-BAG)"); without one, a gift is written by its SKU.
  package init(campaign: Campaign, catalog: Catalog? = nil) {
    let promise = campaign.promise
    let rules = promise.rules
    title = promise.name ?? campaign.name
    var giftNames = [String: String]()
    if case .gift(let gift) = rules.benefit, let catalog {
      let wanted = Set(gift.skus)
      for product in catalog.products where wanted.contains(product.sku) {
        giftNames[product.sku] = giftNames[product.sku] ?? product.name
      }
    }
    var lines = Self.benefitLines(rules, giftNames: giftNames)
    lines += Self.scopeLines(rules)
    lines += Self.periodLines(rules)
    lines.append(
      promise.combinable
        ? "Can be combined with other offers." : "Cannot be combined with other offers.")
    lines += Self.redeemLines(rules, messages: campaign.messages)
    self.lines = lines.map { $0.hasPrefix("  - ") ? $0 : "- " + $0 }
  }

  /// The title and the clauses, one per line, without a trailing newline.
  package var text: String {
    ([title] + lines).joined(separator: "\n")
  }

  /// "your order" when every line is a target, else "eligible items".
  static func scope(_ rules: Rules) -> String {
    rules.target.isEverything ? "your order" : "eligible items"
  }
}
