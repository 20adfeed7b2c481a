/// Decodes the mechanics vocabulary, shared by a campaign's mechanics and its `terms`.
package struct RulesDecoder {
  /// Where diagnostics go.
  let context: DecodingContext

  /// What fills the fields an object leaves out.
  enum Defaults {
    /// A campaign's mechanics: `currency`, `activation` and `benefit` are required.
    case mechanics
    /// A campaign's terms: period, time zone, currency, activation and rounding are the campaign's.
    case terms(campaign: Rules)
  }

  /// The rules written in `reader`, or `nil` when any of them is bad (every problem reported).
  ///
  /// - Parameters:
  ///   - reader: The campaign or terms object.
  ///   - defaults: What fills omitted fields.
  ///   - locations: Receives where each field was written, keyed by `prefix` + key.
  ///   - prefix: `""` for mechanics, `"terms."` for terms.
  /// - Returns: The rules, or `nil`.
  func rules(
    _ reader: ObjectReader, defaults: Defaults, locations: inout [String: FileLocation],
    prefix: String
  ) -> Rules? {
    let before = context.diagnostics.count
    for key in Self.ruleKeys {
      if let position = reader.keyPosition(key) {
        locations[prefix + key] = context.location(position)
      }
    }
    let inherited: Rules?
    if case .terms(let campaign) = defaults { inherited = campaign } else { inherited = nil }

    var currency = inherited?.currency
    if let node = reader.value("currency") {
      currency = context.currency(node, path: reader.path("currency"))
    } else if inherited == nil {
      _ = reader.required(
        "currency",
        hint: "add the ISO 4217 code of the campaign's prices, like \"currency\": \"USD\"")
    }
    var zone = inherited?.zone ?? .utc
    if let node = reader.value("timeZone") {
      zone = context.zone(node, path: reader.path("timeZone")) ?? zone
    }
    let window = self.window(reader, zone: zone, inherited: inherited?.window)
    var activation = inherited?.activation
    var pendingPool: PendingPool?
    if let node = reader.value("activation") {
      switch self.activation(node, path: reader.path("activation")) {
      case .ready(let ready): activation = ready
      case .pool(let pending):
        activation = nil
        pendingPool = pending
      case nil: activation = nil
      }
    } else if inherited == nil {
      _ = reader.required(
        "activation",
        hint:
          "say how customers get the discount: {\"codes\": [\"SEPT20\"]} or {\"automatic\": true}"
      )
    }
    let codeMatching = reader.value("codeMatching").flatMap {
      self.codeMatching($0, path: reader.path("codeMatching"))
    }
    if let pendingPool {
      activation = pool(
        pendingPool, matching: codeMatching ?? inherited?.codeMatching ?? .relaxed, zone: zone)
    }
    let audience = reader.value("audience").flatMap {
      self.audience($0, path: reader.path("audience"))
    }
    let channels = reader.value("channels").flatMap {
      context.stringList(
        $0, path: reader.path("channels"), what: "channels such as \"web\"", allowEmpty: false)
    }
    let conditions = reader.value("conditions").flatMap { node in
      currency.flatMap { currency in
        self.conditions(node, path: reader.path("conditions"), currency: currency)
      }
    }
    var target: Target?
    if let node = reader.value("target") {
      target = self.target(node, path: reader.path("target"))
      recordTargetLocations(node, prefix: prefix + "target", locations: &locations)
    }
    let benefitNode = reader.required(
      "benefit",
      hint: "say what the campaign gives, for example \"benefit\": {\"percentOff\": 20}")
    let benefit = benefitNode.flatMap { node in
      currency.flatMap { currency in
        BenefitDecoder(context: context).benefit(
          node, path: reader.path("benefit"), currency: currency)
      }
    }
    let maxDiscount = reader.value("maxDiscount").flatMap { node in
      currency.flatMap { context.money(node, path: reader.path("maxDiscount"), currency: $0) }
    }
    if let maxDiscount, maxDiscount.minorUnits == 0, let node = reader.value("maxDiscount") {
      context.report(
        "a maxDiscount of 0 would refuse every discount — give the largest discount allowed, "
          + "or leave maxDiscount out",
        at: node.position, path: reader.path("maxDiscount"))
    }
    let maxItems = reader.value("maxItems").flatMap {
      self.maxItems($0, path: reader.path("maxItems"))
    }
    let limits = reader.value("limits").flatMap {
      self.limits($0, path: reader.path("limits"), currency: currency)
    }
    let stacking = reader.value("stacking").flatMap {
      self.stacking($0, path: reader.path("stacking"))
    }
    var rounding = inherited?.rounding ?? .halfUp
    if let node = reader.value("rounding") {
      rounding = self.rounding(node, path: reader.path("rounding")) ?? rounding
    }

    guard context.diagnostics.count == before, let currency, let activation, let benefit,
      let window
    else { return nil }
    return Rules(
      currency: currency, zone: zone, window: window, activation: activation,
      codeMatching: codeMatching ?? .relaxed, audience: audience, channels: channels,
      conditions: conditions ?? .none, target: target ?? .everything, benefit: benefit,
      maxDiscount: maxDiscount, maxItems: maxItems?.count,
      maxItemsPick: maxItems?.pick ?? .cheapest, limits: limits ?? .none,
      stacking: stacking ?? .default, rounding: rounding)
  }

  /// The keys of the mechanics vocabulary.
  package static let ruleKeys = [
    "currency", "timeZone", "starts", "ends", "activation", "codeMatching", "audience", "channels",
    "conditions", "target", "benefit", "maxDiscount", "maxItems", "limits", "stacking", "rounding",
  ]

  /// The keys of an activation.
  package static let activationKeys = ["codes", "automatic", "pool"]
  /// The keys of an audience.
  package static let audienceKeys = ["segments", "customers"]
  /// The keys of the conditions.
  package static let conditionsKeys = [
    "minSubtotal", "minQuantity", "firstOrder", "maxSubtotal", "scope",
  ]
  /// The keys of a `maxItems` object.
  package static let maxItemsKeys = ["count", "pick"]
  /// The keys of a target.
  package static let targetKeys = ["include", "exclude"]
  /// The keys of a product selector.
  package static let selectorKeys = ["skus", "categories", "tags"]
  /// The keys of the limits.
  package static let limitsKeys = ["total", "perCustomer", "budget"]
  /// The keys of the stacking.
  package static let stackingKeys = ["exclusive", "priority"]

  /// The largest count accepted for quantities, limits and group sizes.
  static let maximumCount: Int64 = 1_000_000_000

  private func window(_ reader: ObjectReader, zone: Zone, inherited: Window?) -> Window? {
    var starts = inherited?.starts
    var ends = inherited?.ends
    var isValid = true
    if let node = reader.value("starts") {
      starts = localTime(node, path: reader.path("starts"), zone: zone)
      isValid = isValid && starts != nil
    }
    if let node = reader.value("ends") {
      ends = localTime(node, path: reader.path("ends"), zone: zone)
      isValid = isValid && ends != nil
    }
    guard isValid else { return nil }
    if let starts, let ends, starts >= ends {
      let node = reader.value("ends") ?? reader.value("starts")
      context.report(
        "the campaign ends (\(Timestamp.iso8601(ends, in: zone))) before or when it starts "
          + "(\(Timestamp.iso8601(starts, in: zone))) — \"ends\" is the first moment after the "
          + "campaign and must be later than \"starts\"",
        at: node?.position ?? reader.position, path: reader.path(node == nil ? "starts" : "ends"))
      return nil
    }
    return Window(starts: starts, ends: ends)
  }

  /// The instant of `starts` or `ends`, with a warning when it is a local time daylight saving skipped or
  /// repeated, saying which moment was used.
  private func localTime(_ node: JSONNode, path: String, zone: Zone) -> Instant? {
    guard let resolved = context.timestamp(node, path: path, zone: zone) else { return nil }
    if case .string(let text) = node.value,
      let note = resolved.localTimeNote(written: text, in: zone)
    {
      context.warn(note, at: node.position, path: path)
    }
    return resolved.instant
  }

  private func activation(_ node: JSONNode, path: String) -> DecodedActivation? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.activationKeys,
        what:
          "{\"codes\": [\"SEPT20\"]}, {\"pool\": {\"file\": \"codes.csv\"}} or {\"automatic\": true}",
        context: context)
    else { return nil }
    if let poolNode = reader.value("pool") {
      guard !reader.has("codes"), !reader.has("automatic") else {
        context.report(
          "give one of \"codes\", \"pool\" or \"automatic\", not several — a pool campaign applies when one "
            + "of the pool's codes is entered",
          at: node.position, path: path)
        return nil
      }
      return poolOptions(poolNode, path: reader.path("pool")).map { .pool($0) }
    }
    switch (reader.value("codes"), reader.value("automatic")) {
    case (.some, .some):
      context.report(
        "give either \"codes\" or \"automatic\", not both — a campaign with codes applies only when "
          + "a code is entered",
        at: node.position, path: path)
      return nil
    case (.some(let codesNode), nil):
      guard
        let codes = context.stringList(
          codesNode, path: reader.path("codes"), what: "codes", allowEmpty: false,
          maximum: Self.maximumCodesPerCampaign)
      else { return nil }
      for (index, code) in codes.enumerated() where code.unicodeScalars.count > 64 {
        context.report(
          "the code is \(code.unicodeScalars.count) characters long — codes are at most 64",
          at: elementPosition(codesNode, index),
          path: JSONPathText.element(reader.path("codes"), index))
      }
      return .ready(.codes(codes))
    case (nil, .some(let automaticNode)):
      guard
        let automatic = context.bool(
          automaticNode, path: reader.path("automatic"), what: "automatic")
      else { return nil }
      guard automatic else {
        context.report(
          "\"automatic\": false does not say how the campaign applies — write "
            + "\"automatic\": true, or give \"codes\"",
          at: automaticNode.position, path: reader.path("automatic"))
        return nil
      }
      return .ready(.automatic)
    case (nil, nil):
      if !reader.hasUnknownKeys {
        context.report(
          "expected {\"codes\": [\"SEPT20\"]}, {\"pool\": {\"file\": \"codes.csv\"}} or {\"automatic\": true}, "
            + "found an empty activation",
          at: node.position, path: path)
      }
      return nil
    }
  }

  /// The most codes one campaign may have.
  static let maximumCodesPerCampaign = 100_000

  private func elementPosition(_ node: JSONNode, _ index: Int) -> SourcePosition {
    if case .array(let elements) = node.value, elements.indices.contains(index) {
      return elements[index].position
    }
    return node.position
  }

  private func codeMatching(_ node: JSONNode, path: String) -> CodeMatching? {
    guard let text = context.string(node, path: path, what: "\"relaxed\" or \"exact\"") else {
      return nil
    }
    if let matching = CodeMatching(rawValue: text) { return matching }
    context.report(
      "expected \"relaxed\" or \"exact\", found \(FoundValue.quoted(text))", at: node.position,
      path: path)
    return nil
  }

  private func rounding(_ node: JSONNode, path: String) -> RoundingRule? {
    let names = RoundingRule.allCases.map(\.rawValue)
    guard let text = context.string(node, path: path, what: "a rounding rule") else { return nil }
    if let rule = RoundingRule(rawValue: text) { return rule }
    let hint = NearestName.suggestion(for: text, among: names).map { " — did you mean \"\($0)\"?" }
    context.report(
      "expected one of \(names.map { "\"\($0)\"" }.joined(separator: ", ")), found \(FoundValue.quoted(text))"
        + (hint ?? ""),
      at: node.position, path: path)
    return nil
  }

  /// An audience: `{"segments": [...]}` and/or `{"customers": [...]}`.
  func audience(_ node: JSONNode, path: String) -> Audience? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.audienceKeys,
        what: "an audience like {\"segments\": [\"email-subscribers\"]}", context: context)
    else { return nil }
    let segments = reader.value("segments").flatMap {
      context.stringList($0, path: reader.path("segments"), what: "segments", allowEmpty: true)
    }
    let customers = reader.value("customers").flatMap {
      context.stringList(
        $0, path: reader.path("customers"), what: "customer ids", allowEmpty: true,
        maximum: 1_000_000)
    }
    if (reader.has("segments") && segments == nil) || (reader.has("customers") && customers == nil)
    {
      return nil
    }
    if (segments ?? []).isEmpty && (customers ?? []).isEmpty {
      context.report(
        "this audience names nobody — list \"segments\" or \"customers\", or leave the audience out "
          + "to let everyone use it",
        at: node.position, path: path)
      return nil
    }
    return Audience(segments: segments ?? [], customers: customers ?? [])
  }

  private func conditions(_ node: JSONNode, path: String, currency: Currency) -> Conditions? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.conditionsKeys,
        what: "conditions like {\"minSubtotal\": \"50.00\"}", context: context)
    else { return nil }
    let before = context.diagnostics.count
    let minSubtotal = reader.value("minSubtotal").flatMap {
      context.money($0, path: reader.path("minSubtotal"), currency: currency)
    }
    let minQuantity = reader.value("minQuantity").flatMap {
      context.wholeNumber(
        $0, path: reader.path("minQuantity"), what: "minQuantity", range: 0...Self.maximumCount)
    }
    let firstOrder = reader.value("firstOrder").flatMap {
      context.bool($0, path: reader.path("firstOrder"), what: "firstOrder")
    }
    let maxSubtotal = reader.value("maxSubtotal").flatMap { node in
      self.maxSubtotal(
        node, path: reader.path("maxSubtotal"), currency: currency, minimum: minSubtotal)
    }
    let scope = reader.value("scope").flatMap { self.scope($0, path: reader.path("scope")) }
    guard context.diagnostics.count == before else { return nil }
    return Conditions(
      minSubtotal: minSubtotal, minQuantity: minQuantity, firstOrder: firstOrder ?? false,
      maxSubtotal: maxSubtotal, scope: scope ?? .target)
  }

  private func target(_ node: JSONNode, path: String) -> Target? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.targetKeys,
        what: "a target like {\"include\": {\"categories\": [\"throws\"]}}", context: context)
    else { return nil }
    let before = context.diagnostics.count
    let include = reader.value("include").flatMap { selector($0, path: reader.path("include")) }
    let exclude = reader.value("exclude").flatMap { selector($0, path: reader.path("exclude")) }
    guard context.diagnostics.count == before else { return nil }
    return Target(include: include ?? ProductSelector(), exclude: exclude ?? ProductSelector())
  }

  /// Records where each product name of a target is written: `target.include.categories` for the key and
  /// `target.include.categories.0` for its first name, so findings about one name point at it.
  private func recordTargetLocations(
    _ node: JSONNode, prefix: String, locations: inout [String: FileLocation]
  ) {
    guard case .object(let object) = node.value else { return }
    for member in object.members where member.key == "include" || member.key == "exclude" {
      let selectorPath = prefix + "." + member.key
      locations[selectorPath] = context.location(member.keyPosition)
      guard case .object(let selector) = member.value.value else { continue }
      for list in selector.members {
        let listPath = selectorPath + "." + list.key
        locations[listPath] = context.location(list.keyPosition)
        guard case .array(let elements) = list.value.value else { continue }
        for (index, element) in elements.enumerated() {
          locations[listPath + ".\(index)"] = context.location(element.position)
        }
      }
    }
  }

  /// Products by `skus`, `categories` and `tags`.
  func selector(_ node: JSONNode, path: String) -> ProductSelector? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.selectorKeys,
        what: "products like {\"skus\": [\"SABLE-THROW\"], \"categories\": [\"throws\"]}",
        context: context)
    else { return nil }
    let before = context.diagnostics.count
    let skus = reader.value("skus").flatMap {
      context.stringList($0, path: reader.path("skus"), what: "SKUs", allowEmpty: true)
    }
    let categories = reader.value("categories").flatMap {
      context.stringList($0, path: reader.path("categories"), what: "categories", allowEmpty: true)
    }
    let tags = reader.value("tags").flatMap {
      context.stringList($0, path: reader.path("tags"), what: "tags", allowEmpty: true)
    }
    guard context.diagnostics.count == before else { return nil }
    return ProductSelector(skus: skus ?? [], categories: categories ?? [], tags: tags ?? [])
  }

  private func limits(_ node: JSONNode, path: String, currency: Currency?) -> Limits? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.limitsKeys,
        what: "limits like {\"perCustomer\": 1}", context: context)
    else { return nil }
    let before = context.diagnostics.count
    let total = reader.value("total").flatMap {
      context.wholeNumber(
        $0, path: reader.path("total"), what: "the total limit", range: 0...Int64.max)
    }
    let perCustomer = reader.value("perCustomer").flatMap {
      context.wholeNumber(
        $0, path: reader.path("perCustomer"), what: "the per-customer limit", range: 0...Int64.max)
    }
    let budget = reader.value("budget").flatMap { node in
      currency.flatMap { self.budget(node, path: reader.path("budget"), currency: $0) }
    }
    guard context.diagnostics.count == before else { return nil }
    return Limits(total: total, perCustomer: perCustomer, budget: budget)
  }

  private func stacking(_ node: JSONNode, path: String) -> Stacking? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.stackingKeys,
        what: "stacking like {\"exclusive\": true, \"priority\": 10}", context: context)
    else { return nil }
    let before = context.diagnostics.count
    let exclusive = reader.value("exclusive").flatMap {
      context.bool($0, path: reader.path("exclusive"), what: "exclusive")
    }
    let priority = reader.value("priority").flatMap {
      context.wholeNumber(
        $0, path: reader.path("priority"), what: "the priority",
        range: -Self.maximumCount...Self.maximumCount)
    }
    guard context.diagnostics.count == before else { return nil }
    return Stacking(exclusive: exclusive ?? false, priority: priority ?? 0)
  }

  /// `conditions.maxSubtotal`: above zero and not below `minSubtotal`.
  private func maxSubtotal(_ node: JSONNode, path: String, currency: Currency, minimum: Money?)
    -> Money?
  {
    guard let maximum = context.money(node, path: path, currency: currency) else { return nil }
    guard maximum.minorUnits > 0 else {
      context.report(
        "a maxSubtotal of 0 would refuse every basket that costs anything — give the largest "
          + "subtotal the offer holds for, like \"maxSubtotal\": \"200.00\", or leave it out",
        at: node.position, path: path)
      return nil
    }
    if let minimum, maximum.minorUnits < minimum.minorUnits {
      context.report(
        "maxSubtotal (\(maximum.formatted)) is below minSubtotal (\(minimum.formatted)): no basket "
          + "can meet both — raise maxSubtotal to at least \(minimum.formatted) or lower minSubtotal",
        at: node.position, path: path)
      return nil
    }
    return maximum
  }

  /// `conditions.scope`: `"target"` or `"order"`.
  private func scope(_ node: JSONNode, path: String) -> ConditionScope? {
    let names = ConditionScope.allCases.map(\.rawValue)
    guard let text = context.string(node, path: path, what: "\"target\" or \"order\"") else {
      return nil
    }
    if let scope = ConditionScope(rawValue: text) { return scope }
    let hint = NearestName.suggestion(for: text, among: names).map { " — did you mean \"\($0)\"?" }
    context.report(
      "expected \"target\" (conditions measured on the discounted items) or \"order\" (on the "
        + "whole basket), found \(FoundValue.quoted(text))" + (hint ?? ""),
      at: node.position, path: path)
    return nil
  }

  /// `maxItems`: a whole number (the cheapest units) or `{"count": n, "pick": "cheapest" | "mostExpensive"}`.
  private func maxItems(_ node: JSONNode, path: String) -> (count: Int64, pick: ItemPick)? {
    guard case .object = node.value else {
      return context.wholeNumber(node, path: path, what: "maxItems", range: 1...Self.maximumCount)
        .map { ($0, .cheapest) }
    }
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.maxItemsKeys,
        what: "maxItems like {\"count\": 2, \"pick\": \"cheapest\"}", context: context)
    else { return nil }
    let before = context.diagnostics.count
    let count = reader.required(
      "count",
      hint: "give how many units are discounted, like {\"count\": 2, \"pick\": \"cheapest\"}"
    ).flatMap {
      context.wholeNumber(
        $0, path: reader.path("count"), what: "maxItems count", range: 1...Self.maximumCount)
    }
    var pick = ItemPick.cheapest
    if let pickNode = reader.value("pick") {
      let names = ItemPick.allCases.map(\.rawValue)
      if let text = context.string(
        pickNode, path: reader.path("pick"), what: "\"cheapest\" or \"mostExpensive\"")
      {
        if let parsed = ItemPick(rawValue: text) {
          pick = parsed
        } else {
          let hint = NearestName.suggestion(for: text, among: names).map {
            " — did you mean \"\($0)\"?"
          }
          context.report(
            "expected \"cheapest\" or \"mostExpensive\" (which units the cap discounts), found "
              + FoundValue.quoted(text) + (hint ?? ""),
            at: pickNode.position, path: reader.path("pick"))
        }
      }
    }
    guard context.diagnostics.count == before, let count else { return nil }
    return (count, pick)
  }
}
