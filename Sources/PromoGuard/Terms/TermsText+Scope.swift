extension TermsText {
  /// What the offer applies to and excludes, its conditions, who may use it and where.
  static func scopeLines(_ rules: Rules) -> [String] {
    var lines = [String]()
    if !rules.target.include.isEmpty {
      lines.append("Applies only to \(products(rules.target.include)).")
    }
    if !rules.target.exclude.isEmpty {
      lines.append("Excludes \(products(rules.target.exclude)).")
    }
    let wholeOrder = rules.conditions.scope == .order
    if let minimum = rules.conditions.minSubtotal {
      let on =
        wholeOrder
        ? " on anything in your order" : rules.target.isEverything ? "" : " on eligible items"
      lines.append("Requires a minimum spend of \(minimum.formatted)\(on), before discounts.")
    }
    if let quantity = rules.conditions.minQuantity, quantity > 0 {
      let noun = wholeOrder || rules.target.isEverything ? "item" : "eligible item"
      let counted = wholeOrder ? " in your order" : ""
      lines.append("Requires at least \(EnglishList.count(quantity, noun))\(counted).")
    }
    if let maximum = rules.conditions.maxSubtotal {
      let on = wholeOrder || rules.target.isEverything ? "" : " of eligible items"
      lines.append(
        "Valid only on orders up to \(maximum.formatted)\(on), before discounts (inclusive).")
    }
    if rules.conditions.firstOrder {
      lines.append("Valid on your first order only.")
    }
    lines.append(audience(rules.audience))
    if rules.requiresCustomer {
      lines.append("You must be signed in to your account to use it.")
    }
    if let channels = rules.channels {
      lines.append("Valid only on \(EnglishList.joined(channels)).")
    }
    return lines
  }

  /// Products in words: "items in the category throws and the product SABLE-THROW".
  ///
  /// - Parameter selector: Products by category, tag and SKU.
  /// - Returns: The categories, then the tags, then the SKUs, joined as an English list.
  package static func products(_ selector: ProductSelector) -> String {
    var parts = [String]()
    if !selector.categories.isEmpty {
      parts.append(
        (selector.categories.count == 1 ? "items in the category " : "items in the categories ")
          + EnglishList.joined(selector.categories))
    }
    if !selector.tags.isEmpty {
      parts.append("items tagged " + EnglishList.joined(selector.tags, "or"))
    }
    if !selector.skus.isEmpty {
      parts.append(
        (selector.skus.count == 1 ? "the product " : "the products ")
          + EnglishList.joined(selector.skus))
    }
    return EnglishList.joined(parts)
  }

  /// Who may use the offer: everyone, members of segments, named customer accounts.
  static func audience(_ audience: Audience?) -> String {
    guard let audience else { return "Open to all customers." }
    var parts = [String]()
    if !audience.segments.isEmpty {
      parts.append("members of " + EnglishList.joined(audience.segments, "or"))
    }
    switch audience.customers.count {
    case 0: break
    case 1: parts.append("the customer account " + audience.customers.joined())
    case 2...maximumListed:
      parts.append("the customer accounts " + EnglishList.joined(audience.customers))
    default:
      parts.append(
        EnglishList.number(Int64(audience.customers.count)) + " named customer accounts")
    }
    return "Open only to " + parts.joined(separator: " and to ") + "."
  }

  /// The most names (customer accounts, codes) listed one by one; more are counted.
  static let maximumListed = 5
}
