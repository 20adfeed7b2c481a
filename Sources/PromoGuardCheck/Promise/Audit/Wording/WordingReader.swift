import PromoGuard

/// Reads the facts a published text states (its start and end, zones, currencies, limits, exclusions,
/// combining, first order, channels) with the phrases of one language.
///
/// Conservative: a fact is read only where the words around it say what it is; any other word is left alone.
/// One pass over the tokens, trying each phrase list at each token: linear in the length of the text (at most
/// its first 64 KiB are read). A class, so that its many phrase lists are shared, not copied, by each step.
final class WordingReader: Sendable {
  /// The tokens of the text.
  let tokens: [WordingToken]
  /// The phrases of the text's language.
  let phrases: WordingPhrases
  /// The phrases of `phrases` made into indexes.
  let lists: Lists

  /// A reader of `text` in English.
  init(text: String) {
    self.tokens = WordingToken.tokens(of: text)
    self.phrases = .english
    self.lists = Lists.english
  }

  /// A reader of `text` in the language of `phrases`.
  init(text: String, phrases: WordingPhrases) {
    self.tokens = WordingToken.tokens(of: text)
    self.phrases = phrases
    self.lists = Lists(phrases)
  }

  /// A phrase as token texts.
  typealias Pattern = [String]

  /// Phrases with their meanings, found by their first token so that each token of the text costs one
  /// lookup per list, not one comparison per phrase.
  struct PhraseIndex<Meaning: Sendable>: Sendable {
    /// The phrases starting with each token text (`#` for a number), longest first.
    var byFirstToken: [String: [(Pattern, Meaning)]] = [:]

    /// An index of `entries`.
    init(_ entries: [(String, Meaning)]) {
      let patterns = entries.map { (WordingToken.tokens(of: $0.0).map(\.text), $0.1) }
        .sorted { $0.0.count > $1.0.count }
      for (pattern, meaning) in patterns {
        guard let first = pattern.first else { continue }
        byFirstToken[first, default: []].append((pattern, meaning))
      }
    }

    /// The phrases that may start at a token.
    ///
    /// - Parameters:
    ///   - text: The token's text.
    ///   - isNumber: Whether the token is a whole number, which phrases starting with `#` match.
    /// - Returns: The phrases starting with the token's text, then those starting with `#`.
    func candidates(_ text: String, isNumber: Bool) -> [(Pattern, Meaning)] {
      let exact = byFirstToken[text] ?? []
      guard isNumber, let numbered = byFirstToken["#"] else { return exact }
      return exact + numbered
    }
  }

  /// An index of phrases without meanings.
  static func patterns(_ phrases: [String]) -> PhraseIndex<Void> {
    PhraseIndex(phrases.map { ($0, ()) })
  }

  /// An index of phrases with their meanings.
  static func patterns<Meaning: Sendable>(_ entries: [WordingPhrases.Entry<Meaning>])
    -> PhraseIndex<Meaning>
  {
    PhraseIndex(entries.map { ($0.phrase, $0.meaning) })
  }

  /// The facts the text states, in the order it states them.
  func facts() -> [WordingFact] {
    var facts = [WordingFact]()
    var index = 0
    while index < tokens.count {
      if let (fact, end) = fact(at: index, lists) {
        facts.append(contentsOf: fact)
        index = max(end, index + 1)
      } else {
        index += 1
      }
    }
    return facts
  }

  /// The phrase lists, each made into patterns once per reading.
  struct Lists: Sendable {
    /// The English phrase lists, made once.
    static let english = Lists(.english)

    /// Start leads.
    var startLeads: PhraseIndex<Void>
    /// End leads.
    var endLeads: PhraseIndex<Void>
    /// Zone names.
    var zones: PhraseIndex<WordingZone>
    /// Noon.
    var noon: PhraseIndex<Void>
    /// Midnight.
    var midnight: PhraseIndex<Void>
    /// Before noon ("am").
    var beforeNoon: PhraseIndex<Void>
    /// After noon ("pm").
    var afterNoon: PhraseIndex<Void>
    /// Currency symbols.
    var currencySymbols: PhraseIndex<WordingCurrency>
    /// Limits per customer.
    var perCustomerLimits: PhraseIndex<Void>
    /// Limits in total.
    var totalLimits: PhraseIndex<Void>
    /// Exclusion leads.
    var exclusionLeads: PhraseIndex<Void>
    /// Exclusion trails.
    var exclusionTrails: PhraseIndex<Void>
    /// Claims of every product.
    var everything: PhraseIndex<Void>
    /// Not combinable.
    var notCombinable: PhraseIndex<Void>
    /// Combinable.
    var combinable: PhraseIndex<Void>
    /// First order.
    var firstOrder: PhraseIndex<Void>
    /// One channel only.
    var channelOnly: PhraseIndex<String>
    /// Percent signs.
    var percentSigns: PhraseIndex<Void>
    /// Caps before an amount.
    var capLeads: PhraseIndex<Void>
    /// Minimum spends before an amount.
    var minimumSpendLeads: PhraseIndex<Void>
    /// "Off" after an amount.
    var amountOffTrails: PhraseIndex<Void>
    /// Maximum spends before an amount.
    var maximumSpendLeads: PhraseIndex<Void>
    /// "Off each" after an amount.
    var amountOffEachTrails: PhraseIndex<Void>
    /// Spends counted on the whole order.
    var wholeOrderSpends: PhraseIndex<Void>
    /// Discounts from a number of items.
    var quantitySteps: PhraseIndex<Void>
    /// Minimum quantities.
    var minimumQuantities: PhraseIndex<Void>
    /// Ceilings before a percentage.
    var percentageCeilingLeads: PhraseIndex<Void>
    /// A channel named.
    var channelMentions: PhraseIndex<String>
    /// Free shipping (issue 11).
    var freeShipping = PhraseIndex<Void>([])
    /// A promotion budget (issue 11).
    var budget = PhraseIndex<Void>([])
    /// A gift with purchase (issue 11).
    var gift = PhraseIndex<Void>([])
    /// One use per code (issue 10).
    var codeSingleUse = PhraseIndex<Void>([])
    /// A code used again and again.
    var codeReusable = PhraseIndex<Void>([])
    /// A code's life after the email.
    var codeValidFor = PhraseIndex<PromiseDuration>([])
    /// A code for its recipient only.
    var codePersonal = PhraseIndex<Void>([])
    /// A code to pass on.
    var codeShareable = PhraseIndex<Void>([])

    /// The lists of `phrases` as patterns.
    init(_ phrases: WordingPhrases) {
      startLeads = WordingReader.patterns(phrases.startLeads)
      endLeads = WordingReader.patterns(phrases.endLeads)
      zones = WordingReader.patterns(phrases.zones)
      noon = WordingReader.patterns(phrases.noon)
      midnight = WordingReader.patterns(phrases.midnight)
      beforeNoon = WordingReader.patterns(phrases.beforeNoon)
      afterNoon = WordingReader.patterns(phrases.afterNoon)
      currencySymbols = WordingReader.patterns(phrases.currencySymbols)
      perCustomerLimits = WordingReader.patterns(phrases.perCustomerLimits)
      totalLimits = WordingReader.patterns(phrases.totalLimits)
      exclusionLeads = WordingReader.patterns(phrases.exclusionLeads)
      exclusionTrails = WordingReader.patterns(phrases.exclusionTrails)
      everything = WordingReader.patterns(phrases.everything)
      notCombinable = WordingReader.patterns(phrases.notCombinable)
      combinable = WordingReader.patterns(phrases.combinable)
      firstOrder = WordingReader.patterns(phrases.firstOrder)
      channelOnly = WordingReader.patterns(phrases.channelOnly)
      percentSigns = WordingReader.patterns(phrases.percentSigns)
      capLeads = WordingReader.patterns(phrases.capLeads)
      minimumSpendLeads = WordingReader.patterns(phrases.minimumSpendLeads)
      amountOffTrails = WordingReader.patterns(phrases.amountOffTrails)
      maximumSpendLeads = WordingReader.patterns(phrases.maximumSpendLeads)
      amountOffEachTrails = WordingReader.patterns(phrases.amountOffEachTrails)
      wholeOrderSpends = WordingReader.patterns(phrases.wholeOrderSpends)
      quantitySteps = WordingReader.patterns(phrases.quantitySteps)
      minimumQuantities = WordingReader.patterns(phrases.minimumQuantities)
      percentageCeilingLeads = WordingReader.patterns(phrases.percentageCeilingLeads)
      channelMentions = WordingReader.patterns(phrases.channelMentions)
      freeShipping = WordingReader.patterns(phrases.freeShipping)
      budget = WordingReader.patterns(phrases.budget)
      gift = WordingReader.patterns(phrases.gift)
      codeSingleUse = WordingReader.patterns(phrases.codeSingleUse)
      codeReusable = WordingReader.patterns(phrases.codeReusable)
      codeValidFor = WordingReader.patterns(phrases.codeValidFor)
      codePersonal = WordingReader.patterns(phrases.codePersonal)
      codeShareable = WordingReader.patterns(phrases.codeShareable)
    }
  }

  // MARK: - One fact

  /// The facts starting at `index` and the index after them, or `nil` when none starts there.
  private func fact(at index: Int, _ lists: Lists) -> ([WordingFact], Int)? {
    for (role, leads) in [(WordingMoment.Role.end, lists.endLeads), (.start, lists.startLeads)] {
      if let lead = firstMatch(leads, at: index),
        let (moment, end) = moment(from: lead.end, role: role, lists)
      {
        // "Say hello to Friday": a bare weekday after a short lead is no end.
        let isWeak = lead.end == index + 1 && ["to", "-", "–", "from"].contains(tokens[index].text)
        if moment.month == nil, moment.clock == .wholeDay, isWeak { continue }
        // "Delivery from 2 January": the moment of something else; read past it.
        let isOther = (max(0, index - 3)..<index).contains {
          phrases.otherSubjects.contains(tokens[$0].text)
        }
        return (isOther ? [] : [.moment(moment)], end)
      }
    }
    if let (percentage, end) = percentage(at: index, lists) { return ([percentage], end) }
    if let match = firstMatch(lists.minimumQuantities, at: index), let count = match.number {
      return ([.minimumQuantity(count)], match.end)
    }
    if let match = firstMatch(lists.quantitySteps, at: index), let count = match.number {
      return ([.quantityStep(count, phrase: written(index..<match.end))], match.end)
    }
    if let (zone, end) = zone(at: index, lists),
      end > index + 1
        || (index > 0 && phrases.zoneAbbreviationLeads.contains(tokens[index - 1].text))
    {
      return ([.zone(zone)], end)
    }
    if let (facts, end) = currency(at: index, lists) { return (facts, end) }
    if let match = firstMatch(lists.perCustomerLimits, at: index), !afterCurrency(index) {
      return ([.perCustomerLimit(match.number ?? 1, phrase: written(index..<match.end))], match.end)
    }
    if let match = firstMatch(lists.totalLimits, at: index), !afterCurrency(index) {
      return ([.totalLimit(match.number ?? 1, phrase: written(index..<match.end))], match.end)
    }
    if let match = firstMatch(lists.exclusionLeads, at: index) {
      let (items, end) = products(after: match.end)
      return (items, end)
    }
    if let match = firstMatch(lists.exclusionTrails, at: index) {
      return (products(before: index), match.end)
    }
    for (combines, patterns) in [(false, lists.notCombinable), (true, lists.combinable)] {
      guard var end = firstMatch(patterns, at: index)?.end else { continue }
      // "Not valid with any other" reads better with the noun after it: "... other offer".
      if end < tokens.count, phrases.offerNouns.contains(tokens[end].text) { end += 1 }
      return ([.combinable(combines, phrase: written(index..<end))], end)
    }
    if let match = firstMatch(lists.firstOrder, at: index) {
      return ([.firstOrder(phrase: written(index..<match.end))], match.end)
    }
    if let found = kindFact(at: index, lists) { return found }
    if let found = codeFact(at: index, lists) { return found }
    if let (end, _, channel) = firstEntry(lists.channelOnly, at: index) {
      return ([.channelOnly(channel, phrase: written(index..<end))], end)
    }
    if let (end, _, channel) = firstEntry(lists.channelMentions, at: index) {
      // "Online only, not in store", "not valid on the website or in store": a denied channel is not one the
      // offer can be used in. A negation reaches to the end of its clause (punctuation ends it, "/" and "&"
      // do not).
      var isDenied = false
      for before in stride(from: index - 1, through: max(0, index - 8), by: -1) {
        let token = tokens[before]
        if token.kind == .symbol, token.text != "/", token.text != "&" { break }
        if phrases.negations.contains(token.text) {
          isDenied = true
          break
        }
      }
      // Quote the channel's own words: "online", not "online or".
      var (first, last) = (index, end)
      while first < last - 1, phrases.channelConnectors.contains(tokens[first].text) { first += 1 }
      while last > first + 1, phrases.channelConnectors.contains(tokens[last - 1].text) {
        last -= 1
      }
      return (isDenied ? [] : [.channelMention(channel, phrase: written(first..<last))], end)
    }
    // Only right after an amount ("spend $50 on anything"): "valid on anything in the shop" says what the
    // offer covers, not where a spend is counted.
    if index >= 2, tokens[index - 1].kind == .number, afterCurrency(index - 1),
      let match = firstMatch(lists.wholeOrderSpends, at: index)
    {
      return ([.wholeOrderSpend(phrase: written(index..<match.end))], match.end)
    }
    if let match = firstMatch(lists.everything, at: index), !isQualified(after: match.end) {
      return ([.everything(phrase: written(index..<match.end))], match.end)
    }
    return nil
  }

  /// A percentage off at `index` ("20% off", "12.5 percent"), with the index after its sign.
  ///
  /// A percentage followed by "of" ("5% of proceeds") or shortly after a rate word ("VAT at 19%") is not a
  /// discount; one right after "up to" is a ceiling.
  private func percentage(at index: Int, _ lists: Lists) -> (WordingFact, Int)? {
    let token = tokens[index]
    guard token.kind == .number, index + 1 < tokens.count,
      let end = firstMatch(lists.percentSigns, at: index + 1)?.end,
      // "12.5" read with 4 decimals is 125_000, which is 12.5% in millionths of the whole.
      let millionths = TermsTextAudit.decimal(Substring(token.text), decimals: 4)
    else { return nil }
    if end < tokens.count, phrases.percentageNotDiscountAfter.contains(tokens[end].text) {
      return nil
    }
    if (max(0, index - 3)..<index).contains(where: {
      phrases.percentageNotDiscountBefore.contains(tokens[$0].text)
    }) {
      return nil
    }
    let isCeiling = endsWith(lists.percentageCeilingLeads, at: index)
    return (.percentage(Percentage(millionths: millionths), isCeiling: isCeiling), end)
  }

  /// Whether a claim of every product is narrowed by the words after it ("everything in bedding").
  private func isQualified(after end: Int) -> Bool {
    guard end < tokens.count else { return false }
    return ["in", "from", "on", "at", "within", "you", "we", "that", "but", "except", "excluding"]
      .contains(tokens[end].text)
  }

  /// Whether the token before `index` is a currency symbol ("$10 per customer" is no limit).
  private func afterCurrency(_ index: Int) -> Bool {
    index > 0 && ["$", "£", "€", "¥"].contains(tokens[index - 1].text)
  }

  // MARK: - Matching

  /// The end of `pattern` matched at `index` and the number `#` matched, or `nil`.
  ///
  /// - Parameters:
  ///   - pattern: The phrase as token texts.
  ///   - index: Where it must start.
  ///   - tight: Whether the tokens after the first must follow with no space ("US$").
  /// - Returns: The index after the match and the number matched by `#`, or `nil` when it does not match.
  func match(_ pattern: Pattern, at index: Int, tight: Bool = false) -> (
    end: Int, number: Int64?
  )? {
    guard !pattern.isEmpty else { return nil }
    var position = index
    var number: Int64?
    for part in pattern {
      guard position < tokens.count else { return nil }
      if tight, position > index, tokens[position].spaceBefore { return nil }
      if part == "#" {
        guard let value = wholeNumber(at: position) else { return nil }
        number = value
      } else if tokens[position].text != part {
        return nil
      }
      position += 1
    }
    return (position, number)
  }

  /// The first phrase of `index` that matches at `index` of the text, with its meaning.
  func firstEntry<Meaning>(_ phrases: PhraseIndex<Meaning>, at index: Int, tight: Bool = false) -> (
    end: Int, number: Int64?, meaning: Meaning
  )? {
    let token = tokens[index]
    let isNumber = token.kind != .symbol && wholeNumber(at: index) != nil
    for (pattern, meaning) in phrases.candidates(token.text, isNumber: isNumber) {
      if let found = match(pattern, at: index, tight: tight) {
        return (found.end, found.number, meaning)
      }
    }
    return nil
  }

  /// The first phrase of `phrases` that matches at `index`.
  func firstMatch(_ phrases: PhraseIndex<Void>, at index: Int) -> (end: Int, number: Int64?)? {
    firstEntry(phrases, at: index).map { ($0.end, $0.number) }
  }

  /// A whole number written at `index` in digits ("1,000") or as a word ("one").
  func wholeNumber(at index: Int) -> Int64? {
    let token = tokens[index]
    switch token.kind {
    case .number:
      guard !token.text.contains(".") else { return nil }
      return Int64(String(token.text.filter { $0 != "," }))
    case .word:
      return phrases.numberWords[token.text]
    case .symbol:
      return nil
    }
  }

  /// The tokens in `range` as written, separated as they were.
  func written(_ range: Range<Int>) -> String {
    var text = ""
    for index in range where index < tokens.count {
      if index > range.lowerBound, tokens[index].spaceBefore { text += " " }
      text += tokens[index].original
    }
    return text
  }

  // MARK: - Zones and currencies

  /// A zone named at `index`, with the index after it.
  ///
  /// A short upper-case abbreviation ("ET", "EST") counts only when written in capitals: "est." in a sentence
  /// is not a zone.
  func zone(at index: Int, _ lists: Lists) -> (WordingZone, Int)? {
    guard let (end, _, zone) = firstEntry(lists.zones, at: index) else { return nil }
    if end == index + 1 {
      let original = tokens[index].original
      guard original == original.uppercased() else { return nil }
    }
    return (zone, end)
  }

  /// A currency written right before or after an amount at `index`, with the amount when the words around
  /// it say what it is, and the index after the symbol or code.
  private func currency(at index: Int, _ lists: Lists) -> ([WordingFact], Int)? {
    // Where the number is, where the words before it end and where the words after it start.
    let (currency, number, leadEnd, trail, written): (WordingCurrency, Int, Int, Int, String)
    if let (end, _, symbol) = firstEntry(lists.currencySymbols, at: index, tight: true),
      end < tokens.count, tokens[end].kind == .number
    {
      (currency, number, leadEnd, trail) = (symbol, end, index, end + 1)
      written = self.written(index..<(end + 1))
    } else {
      let token = tokens[index]
      guard token.kind == .word, token.original.count == 3,
        token.original == token.original.uppercased(), Currency(code: token.original) != nil
      else { return nil }
      if index + 1 < tokens.count, tokens[index + 1].kind == .number {
        (currency, number, leadEnd, trail) = (.code(token.original), index + 1, index, index + 2)
        written = self.written(index..<(index + 2))
      } else if index > 0, tokens[index - 1].kind == .number {
        (currency, number, leadEnd, trail) = (
          .code(token.original), index - 1, index - 1, index + 1
        )
        written = self.written((index - 1)..<(index + 1))
      } else {
        return nil
      }
    }
    var facts: [WordingFact] = [.currency(currency, written: written)]
    if let meaning = amountMeaning(leadEnd: leadEnd, trail: trail, lists) {
      let digits = String(tokens[number].text.filter { $0 != "," })
      facts.append(.amount(digits: digits, currency: currency, meaning: meaning))
    }
    return (facts, max(trail - 1, index + 1))
  }

  /// What the words around an amount make it: a cap ("up to $30"), an amount off ("$10 off") or a minimum
  /// spend ("orders over $50"), in that order; `nil` when they say nothing.
  private func amountMeaning(leadEnd: Int, trail: Int, _ lists: Lists) -> WordingFact.AmountMeaning?
  {
    // "Orders up to $200" before "up to $200": a maximum spend, not a cap on the discount.
    if endsWith(lists.maximumSpendLeads, at: leadEnd) { return .maximumSpend }
    if endsWith(lists.capLeads, at: leadEnd) { return .cap }
    if trail < tokens.count, firstMatch(lists.amountOffEachTrails, at: trail) != nil {
      return .amountOffEach
    }
    if trail < tokens.count, firstMatch(lists.amountOffTrails, at: trail) != nil {
      return .amountOff
    }
    if endsWith(lists.minimumSpendLeads, at: leadEnd) { return .minimumSpend }
    return nil
  }

  /// Whether one of `phrases` ends right before `end`.
  func endsWith(_ phrases: PhraseIndex<Void>, at end: Int) -> Bool {
    phrases.byFirstToken.values.contains { patterns in
      patterns.contains { pattern, _ in
        let start = end - pattern.count
        return start >= 0 && match(pattern, at: start)?.end == end
      }
    }
  }

  // MARK: - Products

  /// The products listed after an exclusion lead ("excluding sale items and gift cards"), with the index
  /// after the list.
  private func products(after start: Int) -> ([WordingFact], Int) {
    var end = start
    while end < tokens.count, end - start < 16, isProductToken(tokens[end]) { end += 1 }
    return (productItems(start..<end), end)
  }

  /// The products listed before an exclusion trail ("gift cards and sale items are excluded").
  private func products(before trail: Int) -> [WordingFact] {
    var start = trail
    while start > 0, trail - start < 12, isProductToken(tokens[start - 1]) { start -= 1 }
    return productItems(start..<trail)
  }

  /// Whether a token may be part of a product list.
  private func isProductToken(_ token: WordingToken) -> Bool {
    switch token.kind {
    case .word: return !phrases.exclusionStops.contains(token.text)
    case .symbol: return phrases.listSeparators.contains(token.text)
    case .number: return false
    }
  }

  /// The product names of a list, split at separators, without filler words or things that are not products.
  private func productItems(_ range: Range<Int>) -> [WordingFact] {
    var items = [WordingFact]()
    var words = [Int]()
    func flush() {
      let name = words.map { tokens[$0].text }.filter { !phrases.productFillers.contains($0) }
      if !name.isEmpty, !name.contains(where: phrases.notProducts.contains),
        let first = words.first, let last = words.last
      {
        items.append(
          .exclusion(name: name.joined(separator: " "), written: written(first..<(last + 1))))
      }
      words = []
    }
    for index in range {
      if phrases.listSeparators.contains(tokens[index].text) {
        flush()
      } else {
        words.append(index)
      }
    }
    flush()
    return items
  }
}
