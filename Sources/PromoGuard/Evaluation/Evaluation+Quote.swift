extension Evaluation {
  /// The quote for the evaluation's final state.
  func quote() -> Quote {
    let currency = checkout.currency
    func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: currency) }
    var lines = [Quote.Line]()
    lines.reserveCapacity(checkout.lines.count)
    var discount: Int64 = 0
    let checkoutLines = checkout.lines
    // Read through `checkoutLines[index]`: binding each line would copy it.
    for index in checkoutLines.indices {
      let lineDiscount = original.original[index] - basket.current[index]
      discount += lineDiscount
      lines.append(
        Quote.Line(
          sku: checkoutLines[index].sku, quantity: checkoutLines[index].quantity,
          unitPrice: checkoutLines[index].unitPrice,
          subtotal: money(original.original[index]), discount: money(lineDiscount),
          total: money(basket.current[index])))
    }
    let shippingDiscount = original.originalShipping - basket.currentShipping
    var applied = [Quote.AppliedCampaign]()
    for index in appliedOrder {
      let candidate = candidates[index]
      let outcome = candidate.outcome ?? RoundedDiscount(total: 0, shares: [])
      let isShipping = candidate.campaign.rules.benefit.isShipping
      var lineDiscounts = [Int64](repeating: 0, count: checkout.lines.count)
      for share in outcome.shares { lineDiscounts[share.line] = share.amount }
      applied.append(
        Quote.AppliedCampaign(
          campaignID: candidate.campaign.id, campaignName: candidate.campaign.name,
          code: candidate.code, discount: money(isShipping ? 0 : outcome.total - outcome.shipping),
          shippingDiscount: money(isShipping ? outcome.total : outcome.shipping),
          lineDiscounts: lineDiscounts))
    }
    // A loop rather than `entries.indices.map(codeResult)`: the method reference copied the whole evaluation.
    var codes = [Quote.CodeResult]()
    codes.reserveCapacity(entries.count)
    for index in entries.indices { codes.append(codeResult(index)) }
    var quote = Quote(
      currency: currency, subtotal: money(original.subtotal), discount: money(discount),
      shipping: money(original.originalShipping), shippingDiscount: money(shippingDiscount),
      total: money(original.subtotal - discount + original.originalShipping - shippingDiscount),
      lines: lines, applied: applied, codes: codes)
    quote.gifts = gifts
    return quote
  }

  private func codeResult(_ index: Int) -> Quote.CodeResult {
    let entry = entries[index]
    var result = Quote.CodeResult(
      entered: entry.entered, campaignID: entry.code?.campaign.id, status: .applied, via: entry.via,
      detail: CodeDetail(), campaignName: entry.code?.campaign.name, discount: nil,
      currency: checkout.currency)
    guard let code = entry.code else {
      result.status = .unknownCode
      result.detail.reasons = [.unknownCode]
      return result
    }
    var reasons = StatusSet()
    var detail = CodeDetail()
    if entry.isBeyondLimit {
      let eligibility = entry.eligibility
      reasons = eligibility?.reasons ?? []
      detail = eligibility?.detail ?? detail
      reasons.insert(.tooManyCodes)
      detail.position = index + 1
      detail.maximumCodes = CampaignSet.maximumCountedCodes
    } else if let candidateIndex = entry.candidate
      ?? entry.firstEntry.flatMap({
        entries[$0].candidate
      })
    {
      let candidate = candidates[candidateIndex]
      reasons = candidate.eligibility.reasons
      detail = candidate.eligibility.detail ?? detail
      detail.winners = candidate.winners.map(\.id)
      detail.winnerNames = candidate.winners.map(\.name)
      if candidate.isApplied, !entry.isDuplicate, let outcome = candidate.outcome {
        result.discount = Money(minorUnits: outcome.total, currency: checkout.currency)
      }
    }
    if entry.isDuplicate, let first = entry.firstEntry {
      reasons.insert(.duplicate)
      detail.duplicateOf = first
      detail.duplicateEntered = entries[first].entered
    }
    if reasons.isEmpty && result.discount == nil {
      // A counted entry always has a candidate; this keeps `applied` meaning a discount regardless.
      reasons.insert(.nothingToDiscount)
    }
    detail.reasons = reasons.statuses
    result.status = reasons.first
    result.detail = detail
    result.campaignID = code.campaign.id
    return result
  }
}
