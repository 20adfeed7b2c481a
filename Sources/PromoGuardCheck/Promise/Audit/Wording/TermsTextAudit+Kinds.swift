import PromoGuard

extension TermsTextAudit {
  /// A maximum spend ("orders up to $200") or an amount off each unit ("$5 off every pair") against the
  /// structured terms; `nil` when they agree.
  static func kindSummary(_ mention: AmountMention, rules: Rules) -> String? {
    switch mention.meaning {
    case .maximumSpend:
      guard rules.conditions.maxSubtotal != mention.amount else { return nil }
      let structured =
        rules.conditions.maxSubtotal.map {
          "a maximum spend of \($0.formatted) (terms.conditions.maxSubtotal)"
        } ?? "no maximum spend (terms.conditions)"
      return "the published wording limits the offer to orders up to \(mention.amount.formatted) "
        + "(terms.text) but the structured terms state \(structured)"
    case .amountOffEach:
      if case .amountOffEach(let amount) = rules.benefit, amount == mention.amount { return nil }
      return
        "the published wording says \(mention.amount.formatted) off each item (terms.text) but "
        + "the structured terms give \(AuditPhrases.benefit(rules.benefit)) (terms.benefit)"
    case .amountOff, .cap, .minimumSpend:
      return nil
    }
  }

  /// A spend counted on the whole order or a discount from a number of items against the structured terms;
  /// `nil` when they agree (or the fact is of another kind).
  static func kindSummary(_ fact: WordingFact, rules: Rules) -> String? {
    switch fact {
    case .wholeOrderSpend(let phrase):
      // With every line a target, the order and the target are the same lines.
      guard rules.conditions.scope == .target, !rules.target.isEverything else { return nil }
      return
        "the published wording counts the spend \"\(phrase)\" (terms.text), but the structured "
        + "terms measure the conditions on the offer's items only (terms.conditions.scope)"
    case .quantityStep(let count, let phrase):
      var counts = Set<Int64>()
      if let minimum = rules.conditions.minQuantity { counts.insert(minimum) }
      switch rules.benefit {
      case .tiers(let tiers): counts.formUnion(tiers.compactMap(\.minQuantity))
      case .buyGet(let buy, let get, _): counts.formUnion([buy, buy + get])
      case .fixedPrice(_, let quantity): counts.insert(quantity)
      default: break
      }
      guard !counts.contains(count) else { return nil }
      return "the published wording says \"\(phrase)\" (terms.text), but the structured terms give "
        + "no discount from \(AuditPhrases.plural(count, "item", "items")) (terms.benefit, "
        + "terms.conditions.minQuantity)"
    default:
      return nil
    }
  }
}
