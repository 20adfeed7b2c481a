/// Decodes a benefit: exactly one of percent off, amount off, fixed price, buy/get, tiers or shipping.
package struct BenefitDecoder {
  /// Where diagnostics go.
  let context: DecodingContext

  /// The keys of a benefit.
  package static let keys = [
    "percentOff", "amountOff", "fixedPrice", "quantity", "buy", "get", "tiers", "shipping",
    "amountOffEach",
    "gift",
  ]
  /// The keys of a shipping discount.
  package static let rewardKeys = ["percentOff", "amountOff"]
  /// The keys of a tier.
  package static let tierKeys = ["minSubtotal", "minQuantity", "percentOff", "amountOff"]

  private static let example =
    "a benefit like {\"percentOff\": 20}, {\"amountOff\": \"10.00\"}, {\"amountOffEach\": \"5.00\"}, "
    + "{\"fixedPrice\": \"25.00\", \"quantity\": 3}, {\"buy\": 2, \"get\": 1}, {\"tiers\": [...]} "
    + "or {\"shipping\": {\"percentOff\": 100}}"

  /// The benefit written at `node`, its amounts in `currency`.
  func benefit(_ node: JSONNode, path: String, currency: Currency) -> Benefit? {
    if case .array = node.value { return combined(node, path: path, currency: currency) }
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.keys, what: Self.example, context: context)
    else { return nil }
    let present = Self.keys.filter { reader.isWritten($0) }
    func only(_ allowed: Set<String>, kind: String) -> Bool {
      let extra = present.filter { !allowed.contains($0) }
      guard extra.isEmpty else {
        context.report(
          "a \(kind) benefit cannot also have "
            + extra.map { "\"\($0)\"" }.joined(separator: ", ")
            + " — a benefit gives exactly one kind of discount; make another campaign for the other",
          at: node.position, path: path)
        return false
      }
      return true
    }
    if reader.isWritten("gift") {
      guard only(["gift"], kind: "gift"), let giftNode = reader.required("gift", hint: "") else {
        return nil
      }
      return gift(giftNode, path: reader.path("gift")).map(Benefit.gift)
    }
    if reader.isWritten("tiers") {
      guard only(["tiers"], kind: "tiered"), let tiersNode = reader.required("tiers", hint: "")
      else { return nil }
      return tiers(tiersNode, path: reader.path("tiers"), currency: currency)
    }
    if reader.isWritten("amountOffEach") {
      guard only(["amountOffEach"], kind: "per-unit"),
        let amountNode = reader.required("amountOffEach", hint: "")
      else { return nil }
      return amountOffEach(amountNode, path: reader.path("amountOffEach"), currency: currency)
    }
    if reader.isWritten("shipping") {
      guard only(["shipping"], kind: "shipping"),
        let shippingNode = reader.required("shipping", hint: "")
      else { return nil }
      return reward(
        shippingNode, path: reader.path("shipping"), currency: currency, what: "a shipping discount"
      ).map(Benefit.shipping)
    }
    if reader.isWritten("buy") || reader.isWritten("get") {
      guard only(["buy", "get", "percentOff"], kind: "buy/get") else { return nil }
      let hint = "a buy/get benefit needs both, like {\"buy\": 2, \"get\": 1}"
      let buy = reader.required("buy", hint: hint).flatMap {
        context.wholeNumber(
          $0, path: reader.path("buy"), what: "buy", range: 1...RulesDecoder.maximumCount)
      }
      let get = reader.required("get", hint: hint).flatMap {
        context.wholeNumber(
          $0, path: reader.path("get"), what: "get", range: 1...RulesDecoder.maximumCount)
      }
      var percentOff = Percentage.hundred
      if let node = reader.value("percentOff") {
        guard let parsed = context.percentage(node, path: reader.path("percentOff")) else {
          return nil
        }
        percentOff = parsed
      }
      guard let buy, let get else { return nil }
      return .buyGet(buy: buy, get: get, percentOff: percentOff)
    }
    if reader.isWritten("fixedPrice") {
      guard only(["fixedPrice", "quantity"], kind: "fixed-price"),
        let priceNode = reader.required("fixedPrice", hint: "give the price of a group")
      else { return nil }
      let price = context.money(priceNode, path: reader.path("fixedPrice"), currency: currency)
      var quantity: Int64? = 1
      if let node = reader.value("quantity") {
        quantity = context.wholeNumber(
          node, path: reader.path("quantity"), what: "quantity",
          range: 1...RulesDecoder.maximumCount)
      }
      guard let price, let quantity else { return nil }
      return .fixedPrice(price, quantity: quantity)
    }
    if reader.isWritten("quantity") {
      context.report(
        "\"quantity\" goes with \"fixedPrice\" (\"3 for $25\": {\"fixedPrice\": \"25.00\", "
          + "\"quantity\": 3}) — add fixedPrice or remove quantity",
        at: reader.keyPosition("quantity") ?? node.position, path: path)
      return nil
    }
    guard let reward = reward(node, reader: reader, currency: currency, what: Self.example)
    else { return nil }
    switch reward {
    case .percentOff(let percentage): return .percentOff(percentage)
    case .amountOff(let amount): return .amountOff(amount)
    }
  }

  /// A percentage or an amount off (tiers and shipping).
  func reward(_ node: JSONNode, path: String, currency: Currency, what: String)
    -> Benefit.Reward?
  {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.rewardKeys,
        what: "\(what) like {\"percentOff\": 100} or {\"amountOff\": \"5.00\"}", context: context)
    else { return nil }
    return reward(node, reader: reader, currency: currency, what: what)
  }

  private func reward(
    _ node: JSONNode, reader: ObjectReader, currency: Currency, what: String
  ) -> Benefit.Reward? {
    switch (reader.value("percentOff"), reader.value("amountOff")) {
    case (.some, .some):
      context.report(
        "give either \"percentOff\" or \"amountOff\", not both", at: node.position,
        path: reader.path)
      return nil
    case (.some(let percentNode), nil):
      return context.percentage(percentNode, path: reader.path("percentOff")).map {
        .percentOff($0)
      }
    case (nil, .some(let amountNode)):
      guard
        let amount = context.money(amountNode, path: reader.path("amountOff"), currency: currency)
      else { return nil }
      guard amount.minorUnits > 0 else {
        context.report(
          "an amount off of 0 gives nothing — give the amount customers save",
          at: amountNode.position, path: reader.path("amountOff"))
        return nil
      }
      return .amountOff(amount)
    case (nil, nil):
      if !reader.hasUnknownKeys {
        context.report(
          "expected \(what), found an empty object", at: node.position, path: reader.path)
      }
      return nil
    }
  }

  private func tiers(_ node: JSONNode, path: String, currency: Currency) -> Benefit? {
    guard case .array(let elements) = node.value, !elements.isEmpty else {
      context.report(
        "expected a list of tiers like [{\"minSubtotal\": \"50.00\", \"percentOff\": 10}], found "
          + FoundValue.describe(node),
        at: node.position, path: path)
      return nil
    }
    var tiers = [Benefit.Tier]()
    var isValid = true
    for (index, element) in elements.enumerated() {
      let tierPath = JSONPathText.element(path, index)
      guard
        let reader = ObjectReader(
          element, path: tierPath, allowed: Self.tierKeys,
          what: "a tier like {\"minSubtotal\": \"50.00\", \"percentOff\": 10}", context: context)
      else {
        isValid = false
        continue
      }
      guard let threshold = tierThreshold(reader, element: element, currency: currency) else {
        isValid = false
        _ = reward(element, reader: reader, currency: currency, what: "a tier's discount")
        continue
      }
      let reward = reward(element, reader: reader, currency: currency, what: "a tier's discount")
      guard let reward else {
        isValid = false
        continue
      }
      let tier = Benefit.Tier(threshold: threshold, reward: reward)
      if let first = tiers.first, first.isByQuantity != tier.isByQuantity {
        let key = tier.isByQuantity ? "minQuantity" : "minSubtotal"
        let firstKey = first.isByQuantity ? "minQuantity" : "minSubtotal"
        context.report(
          "this tier uses \"\(key)\" but the first tier uses \"\(firstKey)\" — all tiers of one "
            + "benefit use the same measure: write \"\(firstKey)\" here, or make every tier use "
            + "\"\(key)\"",
          at: reader.keyPosition(key) ?? element.position, path: reader.path(key))
        isValid = false
      } else if let previous = tiers.last, tier.minimum <= previous.minimum {
        let key = tier.isByQuantity ? "minQuantity" : "minSubtotal"
        context.report(
          "tiers must go up: this tier starts at \(Self.describe(tier)), not above the tier "
            + "before it (\(Self.describe(previous))) — list tiers from the smallest "
            + "\(key) to the largest",
          at: reader.value(key)?.position ?? element.position,
          path: reader.path(key))
        isValid = false
      }
      tiers.append(tier)
    }
    return isValid ? .tiers(tiers) : nil
  }

  /// A tier's threshold in words: "$50.00" or "3 units".
  private static func describe(_ tier: Benefit.Tier) -> String {
    switch tier.threshold {
    case .subtotal(let money): return money.formatted
    case .quantity(let count): return count == 1 ? "1 unit" : "\(count) units"
    }
  }

  /// A tier's `minSubtotal` or `minQuantity` (exactly one).
  private func tierThreshold(_ reader: ObjectReader, element: JSONNode, currency: Currency)
    -> Benefit.Tier.Threshold?
  {
    switch (reader.value("minSubtotal"), reader.value("minQuantity")) {
    case (.some, .some):
      context.report(
        "give either \"minSubtotal\" or \"minQuantity\", not both — a tier starts at a spend "
          + "(\"minSubtotal\": \"50.00\") or at a number of units (\"minQuantity\": 3)",
        at: element.position, path: reader.path)
      return nil
    case (.some(let node), nil):
      return context.money(node, path: reader.path("minSubtotal"), currency: currency).map {
        .subtotal($0)
      }
    case (nil, .some(let node)):
      return context.wholeNumber(
        node, path: reader.path("minQuantity"), what: "minQuantity",
        range: 1...RulesDecoder.maximumCount
      ).map { .quantity($0) }
    case (nil, nil):
      _ = reader.required(
        "minSubtotal",
        hint: "give the subtotal from which this tier applies (\"minSubtotal\": \"50.00\") or the "
          + "number of units (\"minQuantity\": 3)")
      return nil
    }
  }

  /// `amountOffEach`: an amount above zero.
  private func amountOffEach(_ node: JSONNode, path: String, currency: Currency) -> Benefit? {
    guard let amount = context.money(node, path: path, currency: currency) else { return nil }
    guard amount.minorUnits > 0 else {
      context.report(
        "an amount off each item of 0 gives nothing — give what every item costs less, like "
          + "\"amountOffEach\": \"5.00\"",
        at: node.position, path: path)
      return nil
    }
    return .amountOffEach(amount)
  }
}
