extension Quote {
  /// The keys of a quote, in the order ``jsonText(pretty:)`` writes them.
  static let jsonKeys = [
    "currency", "subtotal", "discount", "shipping", "shippingDiscount", "total", "lines", "applied",
    "codes", "gifts", "nearMisses",
  ]
  static let lineKeys = ["sku", "quantity", "unitPrice", "subtotal", "discount", "total"]
  static let appliedKeys = ["campaign", "code", "discount", "shippingDiscount"]
  static let codeKeys = ["entered", "campaign", "status", "message", "detail", "via"]
  static let nearMissKeys = ["campaign", "condition", "required", "actual", "missing", "message"]

  /// Reads a quote in the quote format `jsonText(pretty:)` writes, as another checkout answers it through
  /// `promoguard evaluate --stream`'s protocol, reporting every problem with its place.
  ///
  /// Amounts may be negative (a broken checkout's quote is judged, not refused). A code's `status` may be
  /// `"refused"` when the checkout cannot say why; its `message` is kept as the checkout wrote it. A code's
  /// `detail` is optional and only its `reasons` are read. Per-campaign line shares are not part of the format,
  /// so ``AppliedCampaign/lineDiscounts`` stays empty.
  ///
  /// ```swift
  /// let node = try JSONReader.parse(bytes)
  /// switch Quote.decode(node, path: "quote", file: "<evaluator>") { … }
  /// ```
  ///
  /// - Parameters:
  ///   - node: The quote object.
  ///   - path: Its JSON path, for diagnostics (`"quote"`).
  ///   - file: The name diagnostics give the source.
  /// - Returns: The quote, or every problem found.
  package static func decode(_ node: JSONNode, path: String, file: String) -> Result<
    Quote, LoadError
  > {
    let context = DecodingContext(file: file)
    let quote = decode(node, path: path, context: context)
    guard context.diagnostics.isEmpty, let quote else {
      return .failure(LoadError(diagnostics: context.finishedDiagnostics()))
    }
    return .success(quote)
  }

  private static func decode(_ node: JSONNode, path: String, context: DecodingContext) -> Quote? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: jsonKeys,
        what: "a quote like {\"currency\": \"USD\", \"subtotal\": \"149.00\", \"discount\": …}",
        context: context)
    else { return nil }
    guard
      let currency = reader.required("currency", hint: "give the quote's currency").flatMap({
        context.currency($0, path: reader.path("currency"))
      })
    else { return nil }
    func amount(_ key: String, in reader: ObjectReader, default value: Money? = nil) -> Money? {
      guard let node = reader.value(key) else {
        if let value { return value }
        _ = reader.required(key, hint: "give the amount as a decimal string like \"12.50\"")
        return nil
      }
      return signedMoney(node, path: reader.path(key), currency: currency, context: context)
    }
    let subtotal = amount("subtotal", in: reader)
    let discount = amount("discount", in: reader)
    let shipping = amount("shipping", in: reader)
    let shippingDiscount = amount("shippingDiscount", in: reader)
    let total = amount("total", in: reader)
    let lines = list("lines", of: reader, context: context) { element, elementPath -> Line? in
      line(element, path: elementPath, currency: currency, context: context)
    }
    let applied = list("applied", of: reader, context: context) {
      element, elementPath -> AppliedCampaign? in
      guard
        let entry = ObjectReader(
          element, path: elementPath, allowed: appliedKeys,
          what: "an applied campaign like {\"campaign\": \"sept-20\", \"discount\": \"29.80\"}",
          context: context)
      else { return nil }
      let campaign = entry.required("campaign", hint: "give the campaign's id").flatMap {
        context.nonEmptyString($0, path: entry.path("campaign"), what: "the campaign id")
      }
      let code = entry.value("code").flatMap {
        context.string($0, path: entry.path("code"), what: "the code")
      }
      let zero = Money(minorUnits: 0, currency: currency)
      guard let campaign, let discount = amount("discount", in: entry),
        let shippingDiscount = amount("shippingDiscount", in: entry, default: zero)
      else { return nil }
      return AppliedCampaign(
        campaignID: CampaignID(campaign), campaignName: campaign, code: code.map { PromoCode($0) },
        discount: discount,
        shippingDiscount: shippingDiscount, lineDiscounts: [])
    }
    let codes = list("codes", of: reader, context: context) {
      element, elementPath -> CodeResult? in
      codeResult(element, path: elementPath, currency: currency, context: context)
    }
    // Optional: another checkout need not say which automatic offers came close.
    let nearMisses: [NearMiss]? =
      reader.value("nearMisses") == nil
      ? []
      : list("nearMisses", of: reader, context: context) { element, elementPath -> NearMiss? in
        nearMiss(element, path: elementPath, currency: currency, context: context)
      }
    let gifts = decodeGifts(of: reader, context: context)
    guard let subtotal, let discount, let shipping, let shippingDiscount, let total, let lines,
      var applied, var codes, let nearMisses, let gifts
    else { return nil }
    // One campaign's line shares are the lines' discounts; with several, the format does not say.
    if applied.count == 1, var only = applied.first {
      only.lineDiscounts = lines.map(\.discount.minorUnits)
      applied = [only]
    }
    for index in codes.indices where codes[index].status == .applied {
      let campaign = applied.first { $0.campaignID == codes[index].campaignID }
      codes[index].discount = campaign.map {
        (try? $0.discount.adding($0.shippingDiscount)) ?? $0.discount
      }
    }
    var quote = Quote(
      currency: currency, subtotal: subtotal, discount: discount, shipping: shipping,
      shippingDiscount: shippingDiscount, total: total, lines: lines, applied: applied,
      codes: codes, nearMisses: nearMisses)
    quote.gifts = gifts
    return quote
  }

  /// One element of `nearMisses`: amounts for `minSubtotal` and `tier`, units for the other conditions.
  private static func nearMiss(
    _ node: JSONNode, path: String, currency: Currency, context: DecodingContext
  ) -> NearMiss? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: nearMissKeys,
        what:
          "a near miss like {\"campaign\": \"winter-sale\", \"condition\": \"minSubtotal\", "
          + "\"missing\": \"8.00\", …}",
        context: context)
    else { return nil }
    let campaign = reader.required("campaign", hint: "give the campaign's id").flatMap {
      context.nonEmptyString($0, path: reader.path("campaign"), what: "the campaign id")
    }
    let condition = reader.required("condition", hint: "give the condition, like \"minSubtotal\"")
      .flatMap {
        context.nonEmptyString($0, path: reader.path("condition"), what: "the condition")
      }
    let message = reader.value("message").flatMap {
      context.string($0, path: reader.path("message"), what: "the message")
    }
    guard let campaign, let condition else { return nil }
    let isMoney = condition == "minSubtotal" || condition == "tier"
    var numbers = [Int64]()
    for key in ["required", "actual", "missing"] {
      let hint = isMoney ? "give the amount as a decimal string like \"8.00\"" : "give the units"
      guard let node = reader.required(key, hint: hint) else { continue }
      let number =
        isMoney
        ? signedMoney(node, path: reader.path(key), currency: currency, context: context)?
          .minorUnits
        : context.wholeNumber(
          node, path: reader.path(key), what: "the number of units", range: 0...Int64.max)
      if let number { numbers.append(number) }
    }
    guard numbers.count == 3 else { return nil }
    return NearMiss(
      campaignID: CampaignID(campaign), campaignName: campaign,
      shortfall: CodeDetail.Shortfall(
        condition: condition, required: numbers[0], actual: numbers[1], missing: numbers[2],
        isMoney: isMoney),
      message: message ?? "")
  }

  /// The elements of the list at `key`, each read by `element`; `nil` when the list or any element is bad.
  private static func list<Element>(
    _ key: String, of reader: ObjectReader, context: DecodingContext,
    _ element: (JSONNode, String) -> Element?
  ) -> [Element]? {
    guard let node = reader.required(key, hint: "give the list, [] when empty") else { return nil }
    guard case .array(let elements) = node.value else {
      context.report(
        "expected a list, found \(FoundValue.describe(node))", at: node.position,
        path: reader.path(key))
      return nil
    }
    var result = [Element]()
    result.reserveCapacity(elements.count)
    var isComplete = true
    for (index, item) in elements.enumerated() {
      if let value = element(item, JSONPathText.element(reader.path(key), index)) {
        result.append(value)
      } else {
        isComplete = false
      }
    }
    return isComplete ? result : nil
  }

  private static func line(
    _ node: JSONNode, path: String, currency: Currency, context: DecodingContext
  ) -> Line? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: lineKeys,
        what: "a quote line like {\"sku\": \"SABLE-THROW\", \"quantity\": 1, \"unitPrice\": …}",
        context: context)
    else { return nil }
    let sku = reader.required("sku", hint: "give the line's SKU").flatMap {
      context.string($0, path: reader.path("sku"), what: "the SKU")
    }
    let quantity = reader.required("quantity", hint: "give the number of units").flatMap {
      context.wholeNumber(
        $0, path: reader.path("quantity"), what: "the quantity", range: 0...Int64.max)
    }
    var amounts = [Money]()
    for key in ["unitPrice", "subtotal", "discount", "total"] {
      guard
        let node = reader.required(key, hint: "give the amount as a decimal string like \"12.50\""),
        let money = signedMoney(node, path: reader.path(key), currency: currency, context: context)
      else { continue }
      amounts.append(money)
    }
    guard let sku, let quantity, amounts.count == 4 else { return nil }
    return Line(
      sku: SKU(sku), quantity: quantity, unitPrice: amounts[0], subtotal: amounts[1],
      discount: amounts[2], total: amounts[3])
  }

  private static func codeResult(
    _ node: JSONNode, path: String, currency: Currency, context: DecodingContext
  ) -> CodeResult? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: codeKeys,
        what:
          "a code result like {\"entered\": \"SEPT20\", \"status\": \"applied\", \"message\": …}",
        context: context)
    else { return nil }
    let entered = reader.required("entered", hint: "give the code as entered").flatMap {
      context.string($0, path: reader.path("entered"), what: "the code as entered")
    }
    let campaign = reader.value("campaign").flatMap {
      context.string($0, path: reader.path("campaign"), what: "the campaign id")
    }
    let status = reader.required("status", hint: "give the code's status").flatMap {
      node -> CodeStatus? in
      guard case .string(let name) = node.value,
        let status = name == CodeStatus.refused.rawValue ? .refused : CodeStatus(rawValue: name)
      else {
        let names = (CodeStatus.allStatuses + [.refused]).map(\.rawValue).joined(separator: ", ")
        context.report(
          "expected a status, one of \(names), found \(FoundValue.describe(node))",
          at: node.position, path: reader.path("status"))
        return nil
      }
      return status
    }
    let message = reader.value("message").flatMap {
      context.string($0, path: reader.path("message"), what: "the message")
    }
    var via = Quote.CodeResult.Via.typed
    if let node = reader.value("via") {
      guard case .string(let name) = node.value, let value = Quote.CodeResult.Via(rawValue: name)
      else {
        context.report(
          "expected \"typed\" or \"link\", found \(FoundValue.describe(node))", at: node.position,
          path: reader.path("via"))
        return nil
      }
      via = value
    }
    var detail = CodeDetail()
    if let node = reader.value("detail"), case .object(let object) = node.value,
      let reasons = object.first("reasons"), case .array(let names) = reasons.value.value
    {
      detail.reasons = names.compactMap { name in
        guard case .string(let text) = name.value else { return nil }
        return text == CodeStatus.refused.rawValue ? .refused : CodeStatus(rawValue: text)
      }
    }
    guard let entered, let status else { return nil }
    if detail.reasons.isEmpty && status != .applied { detail.reasons = [status] }
    return CodeResult(
      entered: PromoCode(entered), campaignID: campaign.map { CampaignID($0) }, status: status,
      via: via, detail: detail,
      campaignName: nil, discount: nil, currency: currency, reportedMessage: message ?? "")
  }

  /// An amount of `currency`, which may be negative (`"-0.01"`).
  private static func signedMoney(
    _ node: JSONNode, path: String, currency: Currency, context: DecodingContext
  ) -> Money? {
    let text: String
    switch node.value {
    case .string(let string): text = string
    case .number(let number): text = number.text
    default:
      context.report(
        "expected an amount like \"12.50\", found \(FoundValue.describe(node))", at: node.position,
        path: path)
      return nil
    }
    let isNegative = text.hasPrefix("-")
    switch Money.parse(isNegative ? String(text.dropFirst()) : text, currency: currency) {
    case .success(let money):
      return isNegative ? Money(minorUnits: 0 - money.minorUnits, currency: currency) : money
    case .failure(let error):
      context.report(error.message, at: node.position, path: path)
      return nil
    }
  }
}
