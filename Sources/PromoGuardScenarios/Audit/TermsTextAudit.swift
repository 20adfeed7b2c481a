import PromoGuard

/// The published wording (`terms.text`) against the structured terms: percentages and amounts off, minimum
/// spends and quantities, and start and end dates that the wording states and the terms contradict
/// (`termsDrift`).
///
/// Conservative: a number is compared only when the words around it say what it is ("20% off", "$10 off",
/// "orders over $50", "until 30 September 2026"); any other number is left alone.
struct TermsTextAudit {
  /// The campaign.
  let audited: AuditedCampaign

  /// The findings, in the order the wording states them.
  func findings() -> [Finding] {
    guard let terms = audited.campaign.terms, let text = terms.text else { return [] }
    let rules = terms.rules
    var found = [Finding]()
    func drift(_ key: String, _ summary: String) {
      found.append(audited.finding(.termsDrift, at: key, summary))
    }
    let promised = AuditPhrases.benefit(rules.benefit)
    for percentage in Self.percentagesOff(in: text)
    where !Self.percentages(of: rules.benefit).contains(percentage) {
      drift(
        "terms.text",
        "the published wording says \(percentage) off (terms.text) but the structured terms give "
          + "\(promised) (terms.benefit)")
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
    for quantity in Self.minimumQuantities(in: text) where rules.conditions.minQuantity != quantity
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
    for mention in Self.dates(in: text) {
      if let summary = dateDisagreement(mention, rules: rules) { drift("terms.text", summary) }
    }
    return found
  }

  private func dateDisagreement(_ mention: DateMention, rules: Rules) -> String? {
    let zone = rules.zone
    func date(_ instant: Instant) -> CalendarDate {
      let fields = Timestamp.localFields(of: instant, in: zone)
      return CalendarDate(year: fields.year, month: fields.month, day: fields.day)
    }
    switch mention.role {
    case .start:
      guard let starts = rules.window.starts else {
        return
          "the published wording says the offer starts on \(mention.date) (terms.text) but the "
          + "structured terms state no start (terms.starts)"
      }
      guard date(starts) != mention.date else { return nil }
      return "the published wording says the offer starts on \(mention.date) (terms.text) but the "
        + "structured terms start \(AuditPhrases.time(starts, in: zone)) (terms.starts)"
    case .end:
      guard let ends = rules.window.ends else {
        return "the published wording says the offer ends on \(mention.date) (terms.text) but the "
          + "structured terms state no end (terms.ends)"
      }
      // "Until 30 September" and "ends 1 October" both describe an end at midnight on 1 October.
      let (before, overflows) = ends.microsecondsSinceEpoch.subtractingReportingOverflow(1)
      let lastMoment = overflows ? ends : Instant(microsecondsSinceEpoch: before)
      guard date(ends) != mention.date, date(lastMoment) != mention.date else { return nil }
      return "the published wording says the offer ends on \(mention.date) (terms.text) but the "
        + "structured terms end \(AuditPhrases.time(ends, in: zone)) (terms.ends)"
    }
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

  /// The percentages the wording gives off: "20% off", "save 20%", "a 20% discount", "20 percent on
  /// knitwear".
  ///
  /// A percentage is skipped when the words make it something else: followed by "of" ("100% of proceeds") or
  /// just after a tax or rate word ("VAT at 20%", "20% APR").
  static func percentagesOff(in text: String) -> [Percentage] {
    let pattern = /(\d{1,3}(?:\.\d{1,4})?)\s*(%|percent\b)(\s+\w+)?/.ignoresCase()
    let lowered = text.lowercased()
    return lowered.matches(of: pattern).compactMap { match in
      let next = match.output.3.map { $0.trimmingPrefix(while: \.isWhitespace) } ?? ""
      let before = lowered[..<match.range.lowerBound].suffix(12)
      guard next != "of", next != "apr", next != "vat", next != "tax",
        !["vat", "tax", "apr", "rate"].contains(where: { before.contains($0) })
      else { return nil }
      // "12.5" read with 4 decimals is 125_000, which is 12.5% in millionths of the whole.
      return decimal(match.output.1, decimals: 4).map(Percentage.init(millionths:))
    }
  }

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
  static let capLeads = [
    "up to", "maximum", "max", "max.", "at most", "capped at", "no more than", "maximum of",
    "maximum discount of", "max discount of", "a maximum of",
  ]

  /// An amount in the wording and what the words around it make it.
  struct AmountMention {
    /// The amount.
    var amount: Money
    /// What it is.
    var meaning: AmountMeaning
  }

  /// Words that, right before an amount, make it a minimum spend.
  static let minimumSpendLeads = [
    "spend", "spend at least", "spend over", "spend more than", "spends", "spending",
    "minimum spend of", "minimum spend", "minimum order of", "minimum order value of",
    "minimum purchase of", "a minimum of", "orders over", "orders of", "orders above",
    "orders of at least", "order over", "order of", "order above", "purchases over",
    "purchases of", "purchase over", "purchase of", "baskets over", "basket over",
    "minimum basket of",
  ]

  /// The amounts in the campaign's currency ("$10", "$1,250.00", "USD 10", "10.00 USD") that the words
  /// around them attribute.
  static func amounts(in text: String, currency: Currency) -> [AmountMention] {
    let number = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/
    var mentions = [AmountMention]()
    let lowered = text.lowercased()
    for match in lowered.matches(of: number) {
      let before = lowered[lowered.startIndex..<match.range.lowerBound]
      let after = lowered[match.range.upperBound...]
      let code = currency.code.lowercased()
      var lead = before
      if let symbol = currency.symbol, before.hasSuffix(symbol) {
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

  /// The minimum quantities written as "at least 3 items" or "minimum of 3 items".
  static func minimumQuantities(in text: String) -> [Int64] {
    let pattern =
      /(?:at least|minimum of|a minimum of|min\.?)\s+(\d{1,9})\s+(?:items|units|products|pieces)/
      .ignoresCase()
    return text.matches(of: pattern).compactMap { Int64($0.output.1) }
  }

  /// A calendar date in the wording.
  struct CalendarDate: Hashable, CustomStringConvertible {
    /// The year.
    var year: Int
    /// The month, 1 to 12.
    var month: Int
    /// The day of the month.
    var day: Int

    /// "30 September 2026".
    var description: String {
      let names = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
      ]
      let name = names.indices.contains(month - 1) ? names[month - 1] : "month \(month)"
      return "\(day) \(name) \(year)"
    }
  }

  /// Whether a date in the wording is when the offer starts or when it ends.
  enum DateRole {
    /// "from", "starts", "valid from".
    case start
    /// "until", "ends", "expires", "through".
    case end
  }

  /// A date in the wording and what the words before it make it.
  struct DateMention {
    /// The date.
    var date: CalendarDate
    /// Start or end.
    var role: DateRole
  }

  /// Words that, right before a date, make it the start.
  static let startLeads = [
    "from", "starts", "starts on", "starting", "starting on", "begins", "begins on",
    "valid from", "available from",
  ]
  /// Words that, right before a date, make it the end.
  static let endLeads = [
    "until", "till", "to", "through", "thru", "ends", "ends on", "ending", "ending on", "expires",
    "expires on", "valid until", "valid to", "valid through", "no later than",
    "up to and including",
    "-", "–",
  ]

  /// The start and end dates the wording states, each with a day, month name and year.
  static func dates(in text: String) -> [DateMention] {
    let months = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    let dayFirst =
      /(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?,?\s+(\d{4})/
    let monthFirst =
      /(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/
    let iso = /(\d{4})-(\d{2})-(\d{2})/
    let lowered = text.lowercased()
    var found = [(range: Range<String.Index>, date: CalendarDate)]()
    func month(_ name: Substring) -> Int? {
      months.firstIndex(of: String(name.prefix(3))).map { $0 + 1 }
    }
    for match in lowered.matches(of: dayFirst) {
      guard let day = Int(match.output.1), let month = month(match.output.2),
        let year = Int(match.output.3)
      else { continue }
      found.append((match.range, CalendarDate(year: year, month: month, day: day)))
    }
    for match in lowered.matches(of: monthFirst) {
      guard let day = Int(match.output.2), let month = month(match.output.1),
        let year = Int(match.output.3)
      else { continue }
      found.append((match.range, CalendarDate(year: year, month: month, day: day)))
    }
    for match in lowered.matches(of: iso) {
      guard let year = Int(match.output.1), let month = Int(match.output.2),
        let day = Int(match.output.3)
      else { continue }
      found.append((match.range, CalendarDate(year: year, month: month, day: day)))
    }
    found.sort { $0.range.lowerBound < $1.range.lowerBound }
    var mentions = [DateMention]()
    for item in found where (1...12).contains(item.date.month) && (1...31).contains(item.date.day) {
      let before = lowered[lowered.startIndex..<item.range.lowerBound]
      var lastWords = before.split(whereSeparator: \.isWhitespace).suffix(5).map {
        $0.trimmingSuffix(",")
      }
      // "until Wednesday, 30 September 2026": the weekday does not change what the date is.
      if let last = lastWords.last, weekdays.contains(String(last)) { lastWords.removeLast() }
      let words = lastWords.joined(separator: " ")
      if endLeads.contains(where: { words.hasSuffix($0) && wordBoundary(words, $0) }) {
        mentions.append(DateMention(date: item.date, role: .end))
      } else if startLeads.contains(where: { words.hasSuffix($0) && wordBoundary(words, $0) }) {
        mentions.append(DateMention(date: item.date, role: .start))
      }
    }
    return mentions
  }

  /// Weekday names, skipped between a lead word and its date.
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun",
  ]

  /// Whether `suffix` at the end of `words` starts at a word boundary ("to" in "to", not in "into").
  private static func wordBoundary(_ words: String, _ suffix: String) -> Bool {
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

extension Substring {
  /// The text without `character` at its end, if it ends with it.
  fileprivate func trimmingSuffix(_ character: Character) -> Substring {
    last == character ? dropLast() : self
  }
}
