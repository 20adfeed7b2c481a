import PromoGuard

/// Terms against mechanics, clause by clause: `termsDrift` for every way checkout is stricter than the
/// published terms, `leak` for every way it is more generous.
///
/// Only campaigns that give `terms` are compared: without terms the promise is the mechanics.
struct TermsMechanicsAudit {
  /// The campaign.
  let audited: AuditedCampaign

  private var mechanics: Rules { audited.campaign.mechanics }

  /// The findings, in clause order, before their witnesses are searched.
  func findings() -> [Finding] { claims().map(\.finding) }

  /// The findings, in clause order, each with the witness that must stand behind it: the clause at fault and
  /// which way it differs from the terms (``WitnessSearch``).
  func claims() -> [StaticClaim] {
    guard let terms = audited.campaign.terms else { return [] }
    var found = [StaticClaim]()
    let promised = terms.rules
    func drift(_ key: String, _ summary: String) {
      found.append(
        StaticClaim(
          finding: audited.finding(.termsDrift, at: key, summary),
          witness: Clause(key: key).map { .clause($0, .stricter) }))
    }
    func leak(_ key: String, _ summary: String) {
      found.append(
        StaticClaim(
          finding: audited.finding(.leak, at: key, summary),
          witness: Clause(key: key).map { .clause($0, .moreGenerous) }))
    }

    // Amounts in two currencies cannot be compared: then minimum spends and caps are left alone.
    let sameCurrency = mechanics.currency == promised.currency
    if !sameCurrency {
      drift(
        "currency",
        "the mechanics take \(mechanics.currency.code) (currency) while the terms promise "
          + "\(promised.currency.code) (terms.currency): checkouts in \(promised.currency.code) are "
          + "refused")
    }
    window(promised, drift: drift, leak: leak)
    activation(promised, terms: terms, drift: drift, leak: leak)
    audience(promised, drift: drift, leak: leak)
    channels(promised, drift: drift, leak: leak)

    let money: (Money) -> String = { $0.formatted }
    bound(
      "conditions.minSubtotal",
      sameCurrency ? mechanics.conditions.minSubtotal.map(\.minorUnits) : nil,
      sameCurrency ? promised.conditions.minSubtotal.map(\.minorUnits) : nil,
      higherIsStricter: true,
      present: {
        "require a minimum spend of \(money(Money(minorUnits: $0, currency: promised.currency)))"
      },
      absent: "have no minimum spend", drift: drift, leak: leak)
    bound(
      "conditions.minQuantity", mechanics.conditions.minQuantity,
      promised.conditions.minQuantity, higherIsStricter: true,
      present: { "require at least \(AuditPhrases.plural($0, "item", "items"))" },
      absent: "have no minimum quantity", drift: drift, leak: leak)
    if mechanics.conditions.firstOrder && !promised.conditions.firstOrder {
      drift(
        "conditions.firstOrder",
        "the mechanics require a first order (conditions.firstOrder) that the terms do not state")
    } else if !mechanics.conditions.firstOrder && promised.conditions.firstOrder {
      leak(
        "conditions.firstOrder",
        "the mechanics accept any order (conditions.firstOrder) while the terms promise the discount "
          + "on a first order only (terms.conditions.firstOrder)")
    }
    spendLimits(promised, sameCurrency: sameCurrency, drift: drift, leak: leak)
    target(promised, drift: drift, leak: leak)
    benefit(promised, drift: drift, leak: leak)
    itemPick(promised, drift: drift, leak: leak)
    bound(
      "maxDiscount", sameCurrency ? mechanics.maxDiscount.map(\.minorUnits) : nil,
      sameCurrency ? promised.maxDiscount.map(\.minorUnits) : nil,
      higherIsStricter: false,
      present: {
        "cap the discount at \(money(Money(minorUnits: $0, currency: promised.currency)))"
      },
      absent: "have no cap on the discount", drift: drift, leak: leak)
    bound(
      "maxItems", mechanics.maxItems, promised.maxItems, higherIsStricter: false,
      present: { "discount at most \(AuditPhrases.plural($0, "item", "items"))" },
      absent: "discount any number of items", drift: drift, leak: leak)
    bound(
      "limits.total", mechanics.limits.total, promised.limits.total, higherIsStricter: false,
      present: { "allow \(AuditPhrases.plural($0, "redemption", "redemptions")) in total" },
      absent: "have no total limit", drift: drift, leak: leak)
    bound(
      "limits.perCustomer", mechanics.limits.perCustomer, promised.limits.perCustomer,
      higherIsStricter: false,
      present: { "allow \(AuditPhrases.plural($0, "redemption", "redemptions")) per customer" },
      absent: "have no per-customer limit", drift: drift, leak: leak)
    // A budget is a limit: a lower one (or one the terms do not state) is stricter.
    bound(
      "limits.budget", sameCurrency ? mechanics.limits.budget.map(\.minorUnits) : nil,
      sameCurrency ? promised.limits.budget.map(\.minorUnits) : nil, higherIsStricter: false,
      present: {
        "stop when the discounts given reach a budget of "
          + money(Money(minorUnits: $0, currency: promised.currency))
      },
      absent: "have no promotion budget", drift: drift, leak: leak)
    if mechanics.stacking.exclusive && terms.combinable {
      let says =
        terms.stated.contains(.combinable)
        ? "the terms say it combines with other offers (terms.combinable)"
        : "the terms do not say it is exclusive, so it combines with other offers (terms.combinable)"
      drift(
        "stacking",
        "the mechanics make the campaign exclusive (stacking.exclusive) while \(says)")
    } else if !mechanics.stacking.exclusive && !terms.combinable {
      leak(
        "terms.combinable",
        "the mechanics let the campaign combine with other offers (stacking.exclusive) while the "
          + "terms say it does not combine (terms.combinable)")
    }
    return found
  }

  /// A bound that is absent or a number: a minimum (higher is stricter) or a limit (lower is stricter).
  func bound(
    _ key: String, _ actual: Int64?, _ promised: Int64?, higherIsStricter: Bool,
    present: (Int64) -> String, absent: String,
    drift: (String, String) -> Void, leak: (String, String) -> Void
  ) {
    switch (actual, promised) {
    case (nil, nil):
      return
    case (.some(let value), nil):
      if higherIsStricter {
        drift(key, "the mechanics \(present(value)) (\(key)) that the terms do not state")
      } else {
        drift(key, "the mechanics \(present(value)) (\(key)), a limit the terms do not state")
      }
    case (nil, .some(let value)):
      leak(key, "the mechanics \(absent) (\(key)) while the terms \(present(value)) (terms.\(key))")
    case (.some(let value), .some(let promisedValue)):
      guard value != promisedValue else { return }
      let isStricter = higherIsStricter ? value > promisedValue : value < promisedValue
      let summary =
        "the mechanics \(present(value)) (\(key)), "
        + (isStricter ? "stricter" : "more generous")
        + " than the terms, which \(present(promisedValue)) (terms.\(key))"
      if isStricter { drift(key, summary) } else { leak(key, summary) }
    }
  }

  private func window(
    _ promised: Rules, drift: (String, String) -> Void, leak: (String, String) -> Void
  ) {
    let zone = mechanics.zone
    let actual = mechanics.window
    let promise = promised.window
    func time(_ instant: Instant) -> String { AuditPhrases.time(instant, in: zone) }
    switch (actual.starts, promise.starts) {
    case (.some(let starts), nil):
      drift(
        "starts",
        "the mechanics start \(time(starts)) (starts) while the terms state no start date")
    case (nil, .some(let promisedStart)):
      leak(
        "starts",
        "the mechanics have no start (starts) while the terms start \(time(promisedStart)) "
          + "(terms.starts)")
    case (.some(let starts), .some(let promisedStart)) where starts > promisedStart:
      drift(
        "starts",
        "the mechanics start \(time(starts)) (starts), later than the terms' "
          + "\(time(promisedStart)) (terms.starts)")
    case (.some(let starts), .some(let promisedStart)) where starts < promisedStart:
      leak(
        "starts",
        "the mechanics start \(time(starts)) (starts), earlier than the terms' "
          + "\(time(promisedStart)) (terms.starts)")
    default:
      break
    }
    switch (actual.ends, promise.ends) {
    case (.some(let ends), nil):
      drift("ends", "the mechanics end \(time(ends)) (ends) while the terms state no end date")
    case (nil, .some(let promisedEnd)):
      leak(
        "ends",
        "the mechanics never end (ends) while the terms end \(time(promisedEnd)) (terms.ends)")
    case (.some(let ends), .some(let promisedEnd)) where ends < promisedEnd:
      drift(
        "ends",
        "the mechanics end \(time(ends)) (ends), earlier than the terms' \(time(promisedEnd)) "
          + "(terms.ends)")
    case (.some(let ends), .some(let promisedEnd)) where ends > promisedEnd:
      leak(
        "ends",
        "the mechanics end \(time(ends)) (ends), later than the terms' \(time(promisedEnd)) "
          + "(terms.ends)")
    default:
      break
    }
  }

  private func activation(
    _ promised: Rules, terms: Terms, drift: (String, String) -> Void,
    leak: (String, String) -> Void
  ) {
    switch (mechanics.activation, promised.activation) {
    case (.codes(let codes), .automatic):
      drift(
        "activation",
        "the mechanics need one of the codes \(AuditPhrases.quotedList(codes)) (activation) while "
          + "the terms promise the discount automatically (terms.activation)")
    case (.automatic, .codes(let codes)):
      leak(
        "activation",
        "the mechanics apply automatically (activation) while the terms require one of the codes "
          + "\(AuditPhrases.quotedList(codes)) (terms.activation)")
    case (.codes(let codes), .codes(let promisedCodes)):
      let key: (String) -> String = {
        mechanics.codeMatching == .exact ? CodeKey.exact($0) : CodeKey.relaxed($0)
      }
      let accepted = Set(codes.map(key))
      let missing = promisedCodes.filter { !accepted.contains(key($0)) }
      if !missing.isEmpty {
        drift(
          "activation.codes",
          "the terms give the code\(missing.count == 1 ? "" : "s") "
            + "\(AuditPhrases.quotedList(missing)) (terms.activation) that checkout does not accept "
            + "(activation.codes)")
      }
      let promisedKeys = Set(promisedCodes.map(CodeKey.relaxed))
      let extra = codes.filter { !promisedKeys.contains(CodeKey.relaxed($0)) }
      if !extra.isEmpty {
        leak(
          "activation.codes",
          "checkout also accepts the code\(extra.count == 1 ? "" : "s") "
            + "\(AuditPhrases.quotedList(extra)) (activation.codes) that the terms do not give "
            + "(terms.activation)")
      }
      if mechanics.codeMatching == .exact && promised.codeMatching != .exact {
        drift(
          "codeMatching",
          "the mechanics match codes exactly (codeMatching), refusing a code typed in lower case or "
            + "with spaces or dashes, while the terms do not say codes must be typed exactly "
            + "(terms.codeMatching)")
      }
    case (.automatic, .automatic):
      break
    case (.pool(let pool), .automatic):
      drift(
        "activation",
        "the mechanics need a code from the pool \(pool.file) (activation) while the terms promise the "
          + "discount automatically (terms.activation)")
    case (.automatic, .pool(let pool)):
      leak(
        "activation",
        "the mechanics apply automatically (activation) while the terms require a code from the pool "
          + "\(pool.file) (terms.activation)")
    case (.pool(let pool), .pool(let promisedPool)):
      if pool.file != promisedPool.file {
        drift(
          "activation.pool",
          "the terms give codes from \(promisedPool.file) (terms.activation) while checkout reads "
            + "\(pool.file) (activation.pool)")
      }
    case (.pool, .codes), (.codes, .pool):
      // Fixed codes against a pool: left to the pool-aware audit.
      break
    }
  }

  private func audience(
    _ promised: Rules, drift: (String, String) -> Void, leak: (String, String) -> Void
  ) {
    switch (mechanics.audience, promised.audience) {
    case (nil, nil):
      return
    case (.some(let audience), nil):
      drift(
        "audience",
        "the mechanics admit only \(AuditPhrases.audience(audience)) (audience), a restriction the "
          + "terms do not state")
    case (nil, .some(let promisedAudience)):
      leak(
        "audience",
        "the mechanics admit everyone (audience) while the terms are for "
          + "\(AuditPhrases.audience(promisedAudience)) only (terms.audience)")
    case (.some(let audience), .some(let promisedAudience)):
      // A customer may belong to a segment as well as be listed: a missing customer is certain only when
      // the other side names no segments.
      let missingSegments = promisedAudience.segments.filter { !audience.segments.contains($0) }
      let missingCustomers =
        audience.segments.isEmpty
        ? promisedAudience.customers.filter { !audience.customers.contains($0) } : []
      if !missingSegments.isEmpty || !missingCustomers.isEmpty {
        drift(
          "audience",
          "the mechanics leave out "
            + AuditPhrases.audience(
              Audience(segments: missingSegments, customers: missingCustomers))
            + " (audience), whom the terms admit (terms.audience)")
      }
      let extraSegments = audience.segments.filter { !promisedAudience.segments.contains($0) }
      let extraCustomers =
        promisedAudience.segments.isEmpty
        ? audience.customers.filter { !promisedAudience.customers.contains($0) } : []
      if !extraSegments.isEmpty || !extraCustomers.isEmpty {
        leak(
          "audience",
          "the mechanics also admit "
            + AuditPhrases.audience(Audience(segments: extraSegments, customers: extraCustomers))
            + " (audience), whom the terms do not (terms.audience)")
      }
    }
  }

  private func channels(
    _ promised: Rules, drift: (String, String) -> Void, leak: (String, String) -> Void
  ) {
    switch (mechanics.channels, promised.channels) {
    case (nil, nil):
      return
    case (.some(let channels), nil):
      drift(
        "channels",
        "the mechanics allow only the channels \(AuditPhrases.quotedList(channels)) (channels) "
          + "while the terms allow every channel")
    case (nil, .some(let promisedChannels)):
      leak(
        "channels",
        "the mechanics allow every channel (channels) while the terms allow only "
          + "\(AuditPhrases.quotedList(promisedChannels)) (terms.channels)")
    case (.some(let channels), .some(let promisedChannels)):
      let missing = promisedChannels.filter { !channels.contains($0) }
      if !missing.isEmpty {
        drift(
          "channels",
          "the mechanics leave out the channel\(missing.count == 1 ? "" : "s") "
            + "\(AuditPhrases.quotedList(missing)) (channels) that the terms allow (terms.channels)"
        )
      }
      let extra = channels.filter { !promisedChannels.contains($0) }
      if !extra.isEmpty {
        leak(
          "channels",
          "the mechanics also allow the channel\(extra.count == 1 ? "" : "s") "
            + "\(AuditPhrases.quotedList(extra)) (channels) that the terms do not (terms.channels)")
      }
    }
  }

  private func target(
    _ promised: Rules, drift: (String, String) -> Void, leak: (String, String) -> Void
  ) {
    let include = mechanics.target.include
    let promisedInclude = promised.target.include
    if !include.isEmpty && promisedInclude.isEmpty {
      drift(
        "target.include",
        "the mechanics discount only \(AuditPhrases.selector(include)) (target.include) while the "
          + "terms cover every product")
    } else if include.isEmpty && !promisedInclude.isEmpty {
      leak(
        "target.include",
        "the mechanics discount every product (target.include) while the terms cover only "
          + "\(AuditPhrases.selector(promisedInclude)) (terms.target.include)")
    } else if !include.isEmpty {
      let missing = Self.difference(promisedInclude, include)
      if !missing.isEmpty {
        drift(
          "target.include",
          "the mechanics leave out \(AuditPhrases.selector(missing)) (target.include) that the "
            + "terms include (terms.target.include)")
      }
      let extra = Self.difference(include, promisedInclude)
      if !extra.isEmpty {
        leak(
          "target.include",
          "the mechanics also discount \(AuditPhrases.selector(extra)) (target.include) that the "
            + "terms do not include (terms.target.include)")
      }
    }
    let addedExclusions = Self.difference(mechanics.target.exclude, promised.target.exclude)
    if !addedExclusions.isEmpty {
      drift(
        "target.exclude",
        "the mechanics exclude \(AuditPhrases.selector(addedExclusions)) (target.exclude), an "
          + "exclusion the terms do not state")
    }
    let droppedExclusions = Self.difference(promised.target.exclude, mechanics.target.exclude)
    if !droppedExclusions.isEmpty {
      leak(
        "target.exclude",
        "the mechanics do not exclude \(AuditPhrases.selector(droppedExclusions)) (target.exclude), "
          + "which the terms exclude (terms.target.exclude)")
    }
  }

  private func benefit(
    _ promised: Rules, drift: (String, String) -> Void, leak: (String, String) -> Void
  ) {
    let actual = AuditPhrases.benefit(mechanics.benefit)
    let promise = AuditPhrases.benefit(promised.benefit)
    switch BenefitComparison.of(mechanics.benefit, against: promised.benefit) {
    case .same:
      break
    case .lower:
      drift(
        "benefit",
        "the mechanics give \(actual) (benefit), less than the \(promise) the terms promise "
          + "(terms.benefit)")
    case .higher:
      leak(
        "benefit",
        "the mechanics give \(actual) (benefit), more than the \(promise) the terms promise "
          + "(terms.benefit)")
    case .different:
      drift(
        "benefit",
        "the mechanics give \(actual) (benefit), a different benefit from the \(promise) the terms "
          + "promise (terms.benefit): some baskets get less than promised")
    }
  }

  /// The names in `selector` that `other` does not name.
  static func difference(_ selector: ProductSelector, _ other: ProductSelector) -> ProductSelector {
    ProductSelector(
      skus: selector.skus.filter { !other.skus.contains($0) },
      categories: selector.categories.filter { !other.categories.contains($0) },
      tags: selector.tags.filter { !other.tags.contains($0) })
  }
}
