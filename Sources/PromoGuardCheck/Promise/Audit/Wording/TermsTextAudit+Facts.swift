import PromoGuard

extension TermsTextAudit {
  /// The disagreements of the wording's currencies, limits, exclusions, combining, first order and channels.
  ///
  /// Each is compared with the structured terms and reported as a summary. Silence is never a finding: a fact
  /// the wording does not state is not compared.
  static func factSummaries(_ facts: [WordingFact], terms: Terms) -> [String] {
    let rules = terms.rules
    var summaries = [String]()
    var reportedCurrencies = Set<WordingCurrency>()
    let excluded = Set(
      facts.compactMap { fact -> String? in
        if case .exclusion(let name, _) = fact { return productKey(name) }
        return nil
      })
    for fact in facts {
      switch fact {
      case .moment, .zone, .percentage, .minimumQuantity, .amount:
        continue
      case .wholeOrderSpend, .quantityStep:
        if let summary = kindSummary(fact, rules: rules) { summaries.append(summary) }
      case .currency(let currency, let written):
        // One finding per currency: the first amount written in it names it.
        guard !reportedCurrencies.contains(currency),
          let summary = currencySummary(currency, written: written, rules)
        else { continue }
        reportedCurrencies.insert(currency)
        summaries.append(summary)
      case .perCustomerLimit(let count, let phrase):
        guard rules.limits.perCustomer != count else { continue }
        let structured =
          rules.limits.perCustomer.map {
            "allow \(uses($0)) per customer (terms.limits.perCustomer)"
          } ?? "set no limit per customer (terms.limits)"
        summaries.append(
          "the published wording says \"\(phrase)\" (terms.text), but the structured terms "
            + structured)
      case .totalLimit(let count, let phrase):
        guard rules.limits.total != count else { continue }
        let structured =
          rules.limits.total.map {
            "allow \(grouped($0)) redemptions in total (terms.limits.total)"
          } ?? "set no limit on redemptions in total (terms.limits)"
        summaries.append(
          "the published wording says \"\(phrase)\" (terms.text), but the structured terms "
            + structured)
      case .exclusion(let name, let written):
        let exclude = rules.target.exclude
        let names = exclude.skus + exclude.categories + exclude.tags
        guard !names.contains(where: { productKey($0) == productKey(name) }) else { continue }
        let structured =
          exclude.isEmpty
          ? "exclude nothing (terms.target)"
          : "exclude only \(AuditPhrases.selector(exclude)) (terms.target.exclude)"
        summaries.append(
          "the published wording excludes \"\(written)\" (terms.text), but the structured terms "
            + structured + ": customers are told those products get no discount")
      case .everything(let phrase):
        let target = rules.target
        if !target.include.isEmpty {
          summaries.append(
            "the published wording says the offer covers \"\(phrase)\" (terms.text), but the "
              + "structured terms cover only \(AuditPhrases.selector(target.include)) "
              + "(terms.target.include)")
        }
        let unstated = ProductSelector(
          skus: target.exclude.skus.filter { !excluded.contains(productKey($0)) },
          categories: target.exclude.categories.filter { !excluded.contains(productKey($0)) },
          tags: target.exclude.tags.filter { !excluded.contains(productKey($0)) })
        if !unstated.isEmpty {
          summaries.append(
            "the published wording says the offer covers \"\(phrase)\" (terms.text), but the "
              + "structured terms exclude \(AuditPhrases.selector(unstated)) "
              + "(terms.target.exclude), which the wording does not mention")
        }
      case .combinable(let combines, let phrase):
        guard combines != terms.combinable else { continue }
        let structured =
          terms.combinable
          ? "let the offer combine with other offers (terms.combinable)"
          : "say it does not combine with other offers (terms.combinable)"
        summaries.append(
          "the published wording says \"\(phrase)\" (terms.text), but the structured terms "
            + structured)
      case .firstOrder(let phrase):
        guard !rules.conditions.firstOrder else { continue }
        summaries.append(
          "the published wording says \"\(phrase)\" (terms.text), but the structured terms do "
            + "not require a first order (terms.conditions.firstOrder)")
      case .channelOnly(let channel, let phrase):
        let allowed = rules.channels.map { $0.map { $0.lowercased() } }
        if let allowed, !allowed.isEmpty,
          allowed.allSatisfy({ Self.channelAliases[channel, default: [channel]].contains($0) })
        {
          continue
        }
        let structured =
          rules.channels.map {
            "allow \(channelList($0)) (terms.channels)"
          } ?? "allow every channel (terms.channels)"
        summaries.append(
          "the published wording says \"\(phrase)\" (terms.text), but the structured terms "
            + structured)
      case .freeShipping, .budget, .gift:
        if let summary = kindSummary(fact, terms: terms) { summaries.append(summary) }
      case .codeUse, .codeValidFor, .codeOwner:
        if let summary = codeSummary(fact, pool: PoolPromise(promiseOf: terms)) {
          summaries.append(summary)
        }
      case .channelMention(let channel, let phrase):
        guard let allowed = rules.channels,
          !allowed.contains(where: {
            Self.channelAliases[channel, default: [channel]].contains($0.lowercased())
          })
        else { continue }
        summaries.append(
          "the published wording says the offer can be used \"\(phrase)\" (terms.text), but the "
            + "structured terms allow only \(channelList(allowed)) (terms.channels)")
      }
    }
    return summaries
  }

  /// The names a campaign file may give each channel.
  static let channelAliases: [String: Set<String>] = [
    "web": ["web", "online", "website", "ecommerce", "e-commerce"],
    "app": ["app", "mobile", "mobile-app", "ios", "android"],
    "store": ["store", "stores", "in-store", "instore", "retail", "pos"],
    "phone": ["phone", "telephone", "call-center", "callcenter", "call-centre"],
  ]

  /// Channels as a summary lists them: `"web", "app"`.
  private static func channelList(_ channels: [String]) -> String {
    channels.isEmpty ? "no channel" : AuditPhrases.quotedList(channels)
  }

  /// The disagreement of a currency the wording writes with the terms' currency.
  private static func currencySummary(
    _ currency: WordingCurrency, written: String, _ rules: Rules
  ) -> String? {
    guard !currency.names(rules.currency) else { return nil }
    let name: String
    switch currency {
    case .anyDollar: name = "dollars"
    case .yenOrYuan: name = "yen or yuan"
    case .code(let code): name = Currency(code: code)?.pluralName ?? code
    }
    return
      "the published wording states an amount in \(name) (\"\(written)\") (terms.text), but the "
      + "structured terms are in \(rules.currency.pluralName) (terms.currency)"
  }

  /// A product name folded for comparison: lower case, hyphens and underscores as spaces, plurals singular,
  /// filler words ("items", "all") left out; "Gift cards", "gift-card" and "gift_cards" are one key.
  static func productKey(_ name: String) -> String {
    let fillers = WordingPhrases.english.productFillers
    let words = String(name.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 })
      .split(separator: " ").map(String.init).filter { !fillers.contains($0) }
    return words.map(singular).joined(separator: " ")
  }

  /// An English plural made singular, simply: "cards" → "card", "accessories" → "accessory", "dresses" →
  /// "dress".
  private static func singular(_ word: String) -> String {
    if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
    for ending in ["sses", "ches", "shes", "xes"] where word.hasSuffix(ending) {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
    return word
  }

  /// "once", "2 uses".
  private static func uses(_ count: Int64) -> String {
    count == 1 ? "one use" : "\(grouped(count)) uses"
  }

  /// A whole number with thousands separators: "1,000".
  static func grouped(_ value: Int64) -> String {
    let digits = Array(String(value.magnitude))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return (value < 0 ? "-" : "") + text
  }
}
