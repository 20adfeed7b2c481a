import PromoGuard

extension PromiseDiff {
  /// Caps on the discount: `maxDiscount` and `maxItems`.
  mutating func compareCaps(_ old: Rules, _ new: Rules) {
    switch (old.maxDiscount, new.maxDiscount) {
    case (nil, let cap?):
      record(.reduction, .maxDiscount, "discount cap of \(cap.formatted) added")
    case (let cap?, nil):
      record(.increase, .maxDiscount, "discount cap of \(cap.formatted) removed")
    case (let before?, let after?) where before != after:
      recordAmount(.maxDiscount, nil, "discount cap", before, after, higherIsBetter: true)
    default: break
    }
    switch (old.maxItems, new.maxItems) {
    case (nil, let cap?):
      record(.reduction, .maxItems, "item cap of \(EnglishList.count(cap, "item")) added")
    case (let cap?, nil):
      record(.increase, .maxItems, "item cap of \(EnglishList.count(cap, "item")) removed")
    case (let before?, let after?) where before != after:
      record(
        after < before ? .reduction : .increase, .maxItems,
        "item cap \(after < before ? "lowered" : "raised") from \(EnglishList.count(before, "item")) "
          + "to \(EnglishList.count(after, "item"))")
    default: break
    }
  }

  /// Records a changed amount: lowered or raised, and whether that is good for customers; amounts in different
  /// currencies are a change of neither kind (the currency change itself is the reduction).
  mutating func recordAmount(
    _ field: TermsField, _ detail: String?, _ what: String, _ before: Money, _ after: Money,
    higherIsBetter: Bool
  ) {
    guard before.currency == after.currency else {
      record(
        .other, field, detail, "\(what) changed from \(before.formatted) to \(after.formatted)")
      return
    }
    let raised = after.minorUnits > before.minorUnits
    record(
      raised == higherIsBetter ? .increase : .reduction, field, detail,
      "\(what) \(raised ? "raised" : "lowered") from \(before.formatted) to \(after.formatted)")
  }

  /// Combinability, activation, code matching, currency, rounding, name and wording.
  mutating func compareOffer(_ old: Terms, _ new: Terms) {
    if old.combinable != new.combinable {
      // Without a stated `combinable`, the promise reads it from `stacking.exclusive`.
      let stated = self.new.terms?.stated.contains(.combinable) ?? false
      record(
        old.combinable ? .reduction : .increase, stated ? .combinable : .stacking,
        stated ? nil : "exclusive",
        old.combinable
          ? "no longer combinable with other offers" : "now combinable with other offers")
    }
    compareActivation(old.rules.activation, new.rules.activation)
    if old.rules.codeMatching != new.rules.codeMatching {
      let isStricter = new.rules.codeMatching == .exact
      record(
        isStricter ? .reduction : .increase, .codeMatching,
        "code matching changed from \(old.rules.codeMatching.rawValue) to "
          + "\(new.rules.codeMatching.rawValue)"
          + (isStricter
            ? ": a code typed in another case or with spaces or dashes is now refused"
            : ": case, spaces and dashes no longer matter"))
    }
    if old.rules.currency != new.rules.currency {
      record(
        .reduction, .currency,
        "currency changed from \(old.rules.currency.code) to \(new.rules.currency.code): orders in "
          + "\(old.rules.currency.code) no longer qualify")
    }
    if old.rules.rounding != new.rules.rounding {
      record(
        .other, .rounding,
        "rounding changed from \(old.rules.rounding.rawValue) to \(new.rules.rounding.rawValue) "
          + "(at most one minor unit)")
    }
    let (oldName, newName) = (old.name ?? self.old.name, new.name ?? self.new.name)
    if oldName != newName {
      record(.other, .name, "name changed from \"\(oldName)\" to \"\(newName)\"")
    }
    if old.text != new.text {
      record(.other, .text, "published wording changed")
    }
  }

  /// Automatic or codes, and which codes.
  mutating func compareActivation(_ old: Activation, _ new: Activation) {
    switch (old, new) {
    case (.automatic, .codes(let codes)):
      record(
        .reduction, .activation,
        "now needs a code (\(Self.listed(codes, "code"))): it was applied automatically")
    case (.codes, .automatic):
      record(.increase, .activation, "now applied automatically: no code needed")
    case (.codes(let before), .codes(let after)):
      let (oldKeys, newKeys) = (Set(before.map(CodeKey.relaxed)), Set(after.map(CodeKey.relaxed)))
      let removed = before.filter { !newKeys.contains(CodeKey.relaxed($0)) }
      let added = after.filter { !oldKeys.contains(CodeKey.relaxed($0)) }
      if !removed.isEmpty {
        record(.reduction, .activation, "codes", "\(Self.listed(removed, "code")) withdrawn")
      }
      if !added.isEmpty {
        record(.increase, .activation, "codes", "\(Self.listed(added, "code")) added")
      }
    case (.automatic, .automatic): break
    case (.pool(let before), .pool(let after)):
      if before.file != after.file {
        record(
          .other, .activation, "pool", "the pool file changed from \(before.file) to \(after.file)")
      }
    case (.pool, _), (_, .pool):
      record(.other, .activation, "pool", "now \(Self.kind(new)): it was \(Self.kind(old))")
    }
  }

  /// "a code pool", "codes" or "automatic", for a change between activation kinds.
  static func kind(_ activation: Activation) -> String {
    switch activation {
    case .automatic: return "applied automatically"
    case .codes: return "activated by codes"
    case .pool: return "activated by a code pool"
    }
  }

  /// "code SEPT20", "codes A and B", or "12 codes" when there are more than five.
  static func listed(_ names: [String], _ noun: String) -> String {
    if names.count > 5 { return EnglishList.count(Int64(names.count), noun) }
    return (names.count == 1 ? noun : noun + "s") + " " + EnglishList.joined(names)
  }
}
