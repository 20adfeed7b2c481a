import PromoGuard

extension PromiseDiff {
  /// Minimum spend, minimum quantity and first order.
  mutating func compareConditions(_ old: Conditions, _ new: Conditions) {
    switch (old.minSubtotal, new.minSubtotal) {
    case (nil, let minimum?):
      record(.reduction, .conditions, "minSubtotal", "minimum spend of \(minimum.formatted) added")
    case (let minimum?, nil):
      record(.increase, .conditions, "minSubtotal", "minimum spend of \(minimum.formatted) removed")
    case (let before?, let after?) where before != after:
      recordAmount(
        .conditions, "minSubtotal", "minimum spend", before, after, higherIsBetter: false)
    default: break
    }
    let (before, after) = (old.minQuantity ?? 0, new.minQuantity ?? 0)
    if before != after {
      let summary =
        before == 0
        ? "minimum quantity of \(EnglishList.count(after, "item")) added"
        : after == 0
          ? "minimum quantity of \(EnglishList.count(before, "item")) removed"
          : "minimum quantity \(after > before ? "raised" : "lowered") from \(EnglishList.number(before)) to "
            + EnglishList.count(after, "item")
      record(after > before ? .reduction : .increase, .conditions, "minQuantity", summary)
    }
    if old.firstOrder != new.firstOrder {
      record(
        new.firstOrder ? .reduction : .increase, .conditions, "firstOrder",
        new.firstOrder ? "now only for a first order" : "no longer only for a first order")
    }
  }

  /// What the offer applies to: `include` narrowed or widened, exclusions added or removed.
  mutating func compareTargets(_ old: Rules, _ new: Rules) {
    let (before, after) = (old.target, new.target)
    // With an item cap the cheapest target units are discounted first, so newly eligible cheap items can lower
    // the discount of a basket: widening is then not certainly an increase.
    let widening: PromiseChange.Direction =
      old.maxItems == nil && new.maxItems == nil ? .increase : .reduction
    let capNote =
      widening == .reduction
      ? " (with an item cap the cheapest items count first, so some baskets can get less)" : ""
    switch (before.include.isEmpty, after.include.isEmpty) {
    case (true, false):
      record(
        .reduction, .target, "include",
        "target narrowed from every item to \(TermsText.products(after.include))")
    case (false, true):
      record(widening, .target, "include", "target widened to every item" + capNote)
    case (false, false):
      let removed = Self.difference(before.include, after.include)
      let added = Self.difference(after.include, before.include)
      if !removed.isEmpty {
        record(
          .reduction, .target, "include",
          "target narrowed: \(TermsText.products(removed)) no longer included")
      }
      if !added.isEmpty {
        record(
          widening, .target, "include",
          "target widened: \(TermsText.products(added)) now included" + capNote)
      }
    case (true, true): break
    }
    let excluded = Self.difference(after.exclude, before.exclude)
    let readmitted = Self.difference(before.exclude, after.exclude)
    if !excluded.isEmpty {
      record(.reduction, .target, "exclude", "exclusion added: \(TermsText.products(excluded))")
    }
    if !readmitted.isEmpty {
      record(
        widening, .target, "exclude",
        "exclusion removed: \(TermsText.products(readmitted))" + capNote)
    }
  }

  /// What `a` names that `b` does not.
  static func difference(_ a: ProductSelector, _ b: ProductSelector) -> ProductSelector {
    ProductSelector(
      skus: a.skus.filter { !b.skus.contains($0) },
      categories: a.categories.filter { !b.categories.contains($0) },
      tags: a.tags.filter { !b.tags.contains($0) })
  }

  /// Who may use it: everyone, segments, named customers.
  mutating func compareAudiences(_ old: Audience?, _ new: Audience?) {
    switch (old, new) {
    case (nil, let audience?):
      record(
        .reduction, .audience, "audience narrowed from all customers to \(Self.describe(audience))")
    case (let audience?, nil):
      record(
        .increase, .audience, "audience widened from \(Self.describe(audience)) to all customers")
    case (let before?, let after?):
      let removedSegments = before.segments.filter { !after.segments.contains($0) }
      let addedSegments = after.segments.filter { !before.segments.contains($0) }
      // Customer lists can be long (one per voucher): look them up in sets.
      let (oldCustomers, newCustomers) = (Set(before.customers), Set(after.customers))
      let removedCustomers = before.customers.filter { !newCustomers.contains($0) }
      let addedCustomers = after.customers.filter { !oldCustomers.contains($0) }
      if !removedSegments.isEmpty {
        record(
          .reduction, .audience, "segments",
          "audience narrowed: \(Self.listed(removedSegments, "segment")) removed")
      }
      if !removedCustomers.isEmpty {
        record(
          .reduction, .audience, "customers",
          "audience narrowed: \(Self.listed(removedCustomers, "customer account")) removed")
      }
      if !addedSegments.isEmpty {
        record(
          .increase, .audience, "segments",
          "audience widened: \(Self.listed(addedSegments, "segment")) added")
      }
      if !addedCustomers.isEmpty {
        record(
          .increase, .audience, "customers",
          "audience widened: \(Self.listed(addedCustomers, "customer account")) added")
      }
    case (nil, nil): break
    }
  }

  /// "members of vip and the customer account c-42".
  static func describe(_ audience: Audience) -> String {
    var parts = [String]()
    if !audience.segments.isEmpty {
      parts.append("members of " + EnglishList.joined(audience.segments, "or"))
    }
    if !audience.customers.isEmpty { parts.append(listed(audience.customers, "customer account")) }
    return EnglishList.joined(parts)
  }

  /// Where it may be used.
  mutating func compareChannels(_ old: [String]?, _ new: [String]?) {
    switch (old, new) {
    case (nil, let channels?):
      record(
        .reduction, .channels,
        "channels narrowed from every channel to \(EnglishList.joined(channels))")
    case (let channels?, nil):
      record(
        .increase, .channels,
        "channels widened from \(EnglishList.joined(channels)) to every channel")
    case (let before?, let after?):
      let removed = before.filter { !after.contains($0) }
      let added = after.filter { !before.contains($0) }
      if !removed.isEmpty {
        record(.reduction, .channels, "channels narrowed: \(EnglishList.joined(removed)) removed")
      }
      if !added.isEmpty {
        record(.increase, .channels, "channels widened: \(EnglishList.joined(added)) added")
      }
    case (nil, nil): break
    }
  }
}
