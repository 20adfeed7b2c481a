import PromoGuard

/// The published wording (`terms.text`) against the structured terms: percentages and amounts off, caps,
/// minimum spends and quantities, starts, ends and time zones, currencies, limits, exclusions, combining,
/// first orders and channels that the wording states and the terms contradict (`termsDrift`).
///
/// Conservative: a number or phrase is compared only when the words around it say what it is ("20% off",
/// "$10 off", "orders over $50", "until 30 September 2026", "once per customer"); anything else is left
/// alone, and a fact the wording does not state is never a finding. ``WordingReader`` reads every fact
/// with the phrases of ``WordingPhrases``; this type only compares. At most the first 64 KiB of the text are
/// read.
struct TermsTextAudit {
  /// The campaign.
  let audited: AuditedCampaign

  /// The findings, family by family (percentages, amounts, quantities, starts and ends, then the other
  /// facts), each family in the order the wording states them; a summary is reported once.
  func findings() -> [Finding] {
    guard let terms = audited.campaign.terms, let text = terms.text else { return [] }
    let rules = terms.rules
    var found = [Finding]()
    var reported = Set<String>()
    func drift(_ key: String, _ summary: String) {
      guard reported.insert(summary).inserted else { return }
      found.append(audited.finding(.termsDrift, at: key, summary))
    }
    let facts = WordingReader(text: text).facts()
    let promised = AuditPhrases.benefit(rules.benefit)
    let given = Self.percentages(of: rules.benefit)
    for case .percentage(let percentage, let isCeiling) in facts {
      if isCeiling, let highest = given.max() {
        guard percentage != highest else { continue }
        drift(
          "terms.text",
          "the published wording says up to \(percentage) off (terms.text) but the structured terms "
            + "give at most \(highest) off (terms.benefit)")
      } else if !given.contains(percentage) {
        drift(
          "terms.text",
          "the published wording says \(percentage) off (terms.text) but the structured terms give "
            + "\(promised) (terms.benefit)")
      }
    }
    for mention in Self.amounts(in: facts, currency: rules.currency) {
      switch mention.meaning {
      case .amountOff:
        if !Self.amounts(of: rules.benefit).contains(mention.amount) {
          drift(
            "terms.text",
            "the published wording says \(mention.amount.formatted) off (terms.text) but the "
              + "structured terms give \(promised) (terms.benefit)")
        }
      case .cap:
        guard rules.maxDiscount != mention.amount,
          !Self.amounts(of: rules.benefit).contains(mention.amount)
        else { continue }
        let structured =
          rules.maxDiscount.map { "cap it at \($0.formatted) (terms.maxDiscount)" }
          ?? "state no cap (terms.maxDiscount)"
        drift(
          "terms.text",
          "the published wording caps the discount at \(mention.amount.formatted) (terms.text) but "
            + "the structured terms \(structured)")
      case .maximumSpend, .amountOffEach:
        if let summary = Self.kindSummary(mention, rules: rules) { drift("terms.text", summary) }
      case .minimumSpend:
        // A tier's minimum is a minimum spend too ("spend $100, get 20% off").
        guard rules.conditions.minSubtotal != mention.amount,
          !Self.tierMinimums(of: rules.benefit).contains(mention.amount)
        else { continue }
        let structured =
          rules.conditions.minSubtotal.map {
            "a minimum spend of \($0.formatted) (terms.conditions.minSubtotal)"
          } ?? "no minimum spend (terms.conditions)"
        drift(
          "terms.text",
          "the published wording states a minimum spend of \(mention.amount.formatted) "
            + "(terms.text) but the structured terms state \(structured)")
      }
    }
    for case .minimumQuantity(let quantity) in facts where rules.conditions.minQuantity != quantity
    {
      let structured =
        rules.conditions.minQuantity.map {
          "at least \(AuditPhrases.plural($0, "item", "items")) (terms.conditions.minQuantity)"
        } ?? "no minimum quantity (terms.conditions)"
      drift(
        "terms.text",
        "the published wording requires at least \(AuditPhrases.plural(quantity, "item", "items")) "
          + "(terms.text) but the structured terms require \(structured)")
    }
    for summary in Self.momentSummaries(facts, rules: rules) { drift("terms.text", summary) }
    for summary in Self.factSummaries(facts, terms: terms) { drift("terms.text", summary) }
    return found
  }

  // MARK: - What the structured terms say

  /// Every percentage a benefit gives.
  static func percentages(of benefit: Benefit) -> Set<Percentage> {
    switch benefit {
    case .percentOff(let percentage): return [percentage]
    case .buyGet(_, _, let percentage): return [percentage]
    case .tiers(let tiers):
      return Set(
        tiers.compactMap {
          if case .percentOff(let percentage) = $0.reward { return percentage }
          return nil
        })
    case .shipping(.percentOff(let percentage)): return [percentage]
    case .amountOff, .amountOffEach, .fixedPrice, .shipping(.amountOff), .gift: return []
    case .combined(let lines, let shipping):
      return percentages(of: lines).union(percentages(of: .shipping(shipping)))
    }
  }

  /// Every amount off a benefit gives.
  static func amounts(of benefit: Benefit) -> Set<Money> {
    switch benefit {
    case .amountOff(let amount), .amountOffEach(let amount): return [amount]
    case .tiers(let tiers):
      return Set(
        tiers.compactMap {
          if case .amountOff(let amount) = $0.reward { return amount }
          return nil
        })
    case .shipping(.amountOff(let amount)): return [amount]
    case .percentOff, .fixedPrice, .buyGet, .shipping(.percentOff), .gift: return []
    case .combined(let lines, let shipping):
      return amounts(of: lines).union(amounts(of: .shipping(shipping)))
    }
  }

  /// The minimum spend of each tier of a tiered benefit.
  static func tierMinimums(of benefit: Benefit) -> Set<Money> {
    guard case .tiers(let tiers) = benefit else { return [] }
    return Set(tiers.compactMap(\.minSubtotal))
  }

  // MARK: - What the wording says

  /// What an amount in the wording is.
  typealias AmountMeaning = WordingFact.AmountMeaning

  /// An amount in the wording and what the words around it make it.
  struct AmountMention {
    /// The amount.
    var amount: Money
    /// What it is.
    var meaning: AmountMeaning
  }

  /// The amounts in the campaign's currency ("$10", "$1,250.00", "USD 10", "10.00 USD"; "$10" for any
  /// dollar) that the words around them attribute.
  static func amounts(in text: String, currency: Currency) -> [AmountMention] {
    amounts(in: WordingReader(text: text).facts(), currency: currency)
  }

  /// The amounts among `facts` written in `currency` (or a symbol that may mean it).
  static func amounts(in facts: [WordingFact], currency: Currency) -> [AmountMention] {
    facts.compactMap { fact in
      guard case .amount(let digits, let written, let meaning) = fact, written.names(currency),
        let minorUnits = decimal(Substring(digits), decimals: currency.minorUnitExponent)
      else { return nil }
      return AmountMention(
        amount: Money(minorUnits: minorUnits, currency: currency), meaning: meaning)
    }
  }

  /// A decimal numeral as a whole number of `10^-decimals`, or `nil` when it has more decimals or is too
  /// large.
  static func decimal(_ text: Substring, decimals: Int) -> Int64? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard let whole = parts.first, parts.count <= 2, whole.count <= 15,
      let wholeValue = Int64(whole)
    else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    let significant = String(fraction.reversed().drop { $0 == "0" }.reversed())
    guard significant.count <= decimals, decimals <= 4 else { return nil }
    let padded = significant + String(repeating: "0", count: decimals - significant.count)
    var scale: Int64 = 1
    for _ in 0..<decimals { scale *= 10 }
    let (scaled, overflows) = wholeValue.multipliedReportingOverflow(by: scale)
    let (value, sumOverflows) = scaled.addingReportingOverflow(
      padded.isEmpty ? 0 : Int64(padded) ?? 0)
    return overflows || sumOverflows ? nil : value
  }
}
