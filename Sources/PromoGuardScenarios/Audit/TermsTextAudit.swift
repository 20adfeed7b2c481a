import PromoGuard

/// The published wording (`terms.text`) against the structured terms: percentages and amounts off, caps,
/// minimum spends and quantities, starts, ends and time zones, currencies, limits, exclusions, combining,
/// first orders and channels that the wording states and the terms contradict (`termsDrift`).
///
/// Conservative: a number or phrase is compared only when the words around it say what it is ("20% off",
/// "$10 off", "orders over $50", "until 30 September 2026", "once per customer"); anything else is left
/// alone, and a fact the wording does not state is never a finding. The phrases come from
/// ``WordingPhrases``; the facts other than amounts and percentages are read by ``WordingReader``. At most
/// the first 64 KiB of the text are read.
struct TermsTextAudit {
  /// The campaign.
  let audited: AuditedCampaign

  /// The findings, in the order the wording states them.
  func findings() -> [Finding] {
    guard let terms = audited.campaign.terms, let fullText = terms.text else { return [] }
    let text = String(WordingToken.readablePrefix(of: fullText))
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
    for mention in Self.amounts(in: text, currency: rules.currency) {
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
    case .amountOff, .fixedPrice, .shipping(.amountOff): return []
    }
  }

  /// Every amount off a benefit gives.
  static func amounts(of benefit: Benefit) -> Set<Money> {
    switch benefit {
    case .amountOff(let amount): return [amount]
    case .tiers(let tiers):
      return Set(
        tiers.compactMap {
          if case .amountOff(let amount) = $0.reward { return amount }
          return nil
        })
    case .shipping(.amountOff(let amount)): return [amount]
    case .percentOff, .fixedPrice, .buyGet, .shipping(.percentOff): return []
    }
  }

  /// The minimum spend of each tier of a tiered benefit.
  static func tierMinimums(of benefit: Benefit) -> Set<Money> {
    guard case .tiers(let tiers) = benefit else { return [] }
    return Set(tiers.map(\.minSubtotal))
  }

  // MARK: - What the wording says

  /// What an amount in the wording is.
  enum AmountMeaning {
    /// "$10 off".
    case amountOff
    /// "spend $50", "orders over $50", "minimum spend of $50".
    case minimumSpend
    /// "up to $30 off", "a maximum discount of $30".
    case cap
  }

  /// Words that, right before an amount, make it a cap on the discount.
  static var capLeads: [String] { WordingPhrases.english.capLeads }

  /// An amount in the wording and what the words around it make it.
  struct AmountMention {
    /// The amount.
    var amount: Money
    /// What it is.
    var meaning: AmountMeaning
  }

  /// Words that, right before an amount, make it a minimum spend.
  static var minimumSpendLeads: [String] { WordingPhrases.english.minimumSpendLeads }

  /// The amounts in the campaign's currency ("$10", "$1,250.00", "USD 10", "10.00 USD"; "$10" for any
  /// dollar) that the words around them attribute.
  static func amounts(in text: String, currency: Currency) -> [AmountMention] {
    let number = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/
    let symbols = self.symbols(of: currency)
    var mentions = [AmountMention]()
    let lowered = text.lowercased()
    for match in lowered.matches(of: number) {
      // A bounded look around each number keeps the reading linear in the text's length.
      let before = lowered[lowered.startIndex..<match.range.lowerBound].suffix(64)
      let after = lowered[match.range.upperBound...].prefix(16)
      let code = currency.code.lowercased()
      var lead = before
      if let symbol = symbols.first(where: {
        before.hasSuffix($0) && !(before.dropLast($0.count).last?.isLetter ?? false)
      }) {
        lead = before.dropLast(symbol.count)
      } else if before.hasSuffix(code + " ") {
        lead = before.dropLast(code.count + 1)
      } else if after.hasPrefix(" " + code) {
        lead = before
      } else {
        continue
      }
      let digits = Substring(match.output.1.filter { $0 != "," })
      guard let minorUnits = decimal(digits, decimals: currency.minorUnitExponent) else {
        continue
      }
      let amount = Money(minorUnits: minorUnits, currency: currency)
      var rest = after
      if rest.hasPrefix(" " + code) { rest = rest.dropFirst(code.count + 1) }
      let words = lead.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if capLeads.contains(where: { words.hasSuffix($0) && wordBoundary(words, $0) }) {
        mentions.append(AmountMention(amount: amount, meaning: .cap))
        continue
      }
      if rest.hasPrefix(" off") {
        mentions.append(AmountMention(amount: amount, meaning: .amountOff))
        continue
      }
      if minimumSpendLeads.contains(where: { words.hasSuffix($0) && wordBoundary(words, $0) }) {
        mentions.append(AmountMention(amount: amount, meaning: .minimumSpend))
      }
    }
    return mentions
  }

  /// The symbols written before an amount in `currency`, longest first: its own ("£"), those the phrase
  /// table gives it ("US$", "C$"), a bare "$" for any dollar and "¥" for yen and yuan.
  static func symbols(of currency: Currency) -> [String] {
    var symbols = currency.symbol.map { [$0] } ?? []
    for entry in WordingPhrases.english.currencySymbols
    where entry.meaning.names(currency) && !symbols.contains(entry.phrase) {
      symbols.append(entry.phrase)
    }
    return symbols.sorted { $0.count > $1.count }
  }

  /// Whether `suffix` at the end of `words` starts at a word boundary ("to" in "to", not in "into").
  static func wordBoundary(_ words: String, _ suffix: String) -> Bool {
    let start = words.dropLast(suffix.count)
    guard let last = start.last else { return true }
    return !(last.isLetter || last.isNumber) || !(suffix.first?.isLetter ?? false)
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
