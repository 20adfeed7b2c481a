extension Evaluation {
  /// Up to this many lines, the quote's lines and each applied campaign's line discounts are appended one by
  /// one; above, written in place into a new array.
  static let appendedLineDiscounts = 32

  /// The quote for the evaluation's final state.
  ///
  /// - Parameters:
  ///   - checkout: The checkout this evaluation was created for.
  ///   - campaigns: The campaigns (for the near misses' promises).
  /// - Returns: The quote.
  func quote(_ checkout: Checkout, campaigns: CampaignSet) -> Quote {
    let currency = checkout.currency
    func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: currency) }
    var discount: Int64 = 0
    let checkoutLines = checkout.lines
    // Read in place through buffers: binding each line would copy it, and the arrays' subscripts check
    // bounds on every read (the three have one entry per line). Few lines are appended; many are written in
    // place into the new array (no capacity and uniqueness check per line), which pays one run-time look-up
    // of the array type (see `appendedLineDiscounts`).
    let lines = checkoutLines.withUnsafeBufferPointer { checkoutLines in
      original.original.withUnsafeBufferPointer { amounts in
        basket.current.withUnsafeBufferPointer { current in
          func line(_ index: Int) -> Quote.Line {
            Quote.Line(
              sku: SKU(checkoutLines[index].sku), quantity: checkoutLines[index].quantity,
              unitPrice: checkoutLines[index].unitPrice, subtotal: money(amounts[index]),
              discount: money(amounts[index] - current[index]), total: money(current[index]))
          }
          for index in checkoutLines.indices { discount += amounts[index] - current[index] }
          guard checkoutLines.count > Self.appendedLineDiscounts else {
            var lines = [Quote.Line]()
            lines.reserveCapacity(checkoutLines.count)
            for index in checkoutLines.indices { lines.append(line(index)) }
            return lines
          }
          return [Quote.Line](unsafeUninitializedCapacity: checkoutLines.count) {
            quoteLines, count in
            for index in checkoutLines.indices {
              quoteLines.initializeElement(at: index, to: line(index))
              count = index + 1
            }
          }
        }
      }
    }
    let shippingDiscount = original.originalShipping - basket.currentShipping
    var applied = [Quote.AppliedCampaign]()
    applied.reserveCapacity(appliedOrder.count)
    // Read through `candidates[index]`: binding a candidate would copy it (its eligibility and detail).
    for index in appliedOrder {
      let total = candidates[index].outcome?.total ?? 0
      // A combined benefit's part off shipping (0 for any other benefit).
      let shipping = candidates[index].outcome?.shipping ?? 0
      let isShipping = candidates[index].campaign.rules.benefit.isShipping
      // Few lines: appended in one pass (the outcome's lines ascend). Many lines: zeros written in place,
      // then each share at its line. `Array(unsafeUninitializedCapacity:)` (like `Array(repeating:count:)`)
      // goes through an unspecialised library entry that looks the array type's metadata up at run time,
      // which costs more than a few appends but less than many.
      let lineCount = checkoutLines.count
      var lineDiscounts: [Int64]
      if lineCount <= Self.appendedLineDiscounts {
        lineDiscounts = []
        lineDiscounts.reserveCapacity(lineCount)
        var k = 0
        let outcomeLines = candidates[index].outcome?.lines ?? []
        for line in 0..<lineCount {
          if k < outcomeLines.count && outcomeLines[k] == line {
            lineDiscounts.append(candidates[index].outcome?.amounts[k] ?? 0)
            k += 1
          } else {
            lineDiscounts.append(0)
          }
        }
        // Lines out of order (never expected): place every share by its line.
        if k < outcomeLines.count, let outcome = candidates[index].outcome {
          for j in outcome.lines.indices where outcome.lines[j] >= 0 && outcome.lines[j] < lineCount
          {
            lineDiscounts[outcome.lines[j]] = outcome.amounts[j]
          }
        }
      } else {
        lineDiscounts = [Int64](unsafeUninitializedCapacity: lineCount) { buffer, count in
          for line in 0..<lineCount { buffer.initializeElement(at: line, to: 0) }
          count = lineCount
          guard let outcome = candidates[index].outcome else { return }
          for k in outcome.lines.indices where outcome.lines[k] >= 0 && outcome.lines[k] < lineCount
          {
            buffer[outcome.lines[k]] = outcome.amounts[k]
          }
        }
      }
      applied.append(
        Quote.AppliedCampaign(
          campaignID: CampaignID(candidates[index].campaign.id),
          campaignName: candidates[index].campaign.name,
          code: candidates[index].code.map { PromoCode($0) },
          discount: money(isShipping ? 0 : total - shipping),
          shippingDiscount: money(isShipping ? total : shipping), lineDiscounts: lineDiscounts))
    }
    // A loop rather than `entries.indices.map(codeResult)`: the method reference copied the whole evaluation.
    var codes = [Quote.CodeResult]()
    codes.reserveCapacity(entries.count)
    for index in entries.indices { codes.append(codeResult(index, currency: currency)) }
    return Quote(
      currency: currency, subtotal: money(original.subtotal), discount: money(discount),
      shipping: money(original.originalShipping), shippingDiscount: money(shippingDiscount),
      total: money(original.subtotal - discount + original.originalShipping - shippingDiscount),
      lines: lines, applied: applied, codes: codes,
      nearMisses: nearMisses.quoted(in: campaigns, currency: currency), gifts: gifts)
  }

  private func codeResult(_ index: Int, currency: Currency) -> Quote.CodeResult {
    // Read through `entries[index]` and `candidates[...]`: binding an entry or a candidate would copy it
    // (its eligibility, detail and campaign).
    guard let code = entries[index].code else {
      var detail = CodeDetail()
      detail.reasons = [.unknownCode]
      return Quote.CodeResult(
        entered: PromoCode(entries[index].entered), campaignID: nil, status: .unknownCode,
        via: entries[index].via, detail: detail, campaignName: nil, discount: nil,
        currency: currency)
    }
    var reasons = StatusSet()
    var detail: CodeDetail
    var discount: Money?
    let isDuplicate = entries[index].isDuplicate
    if entries[index].isBeyondLimit {
      reasons = entries[index].eligibility?.reasons ?? []
      detail = entries[index].eligibility?.detail ?? CodeDetail()
      reasons.insert(.tooManyCodes)
      detail.position = index + 1
      detail.maximumCodes = CampaignSet.maximumCountedCodes
    } else if let candidateIndex = entries[index].candidate
      ?? entries[index].firstEntry.flatMap({ entries[$0].candidate })
    {
      reasons = candidates[candidateIndex].eligibility.reasons
      detail = candidates[candidateIndex].eligibility.detail ?? CodeDetail()
      if !candidates[candidateIndex].winners.isEmpty {
        detail.winners = candidates[candidateIndex].winners.map { CampaignID($0.id) }
        detail.winnerNames = candidates[candidateIndex].winners.map(\.name)
      }
      if candidates[candidateIndex].isApplied, !isDuplicate,
        let total = candidates[candidateIndex].outcome?.total
      {
        discount = Money(minorUnits: total, currency: currency)
      }
    } else {
      detail = CodeDetail()
    }
    if isDuplicate, let first = entries[index].firstEntry {
      reasons.insert(.duplicate)
      detail.duplicateOf = first
      detail.duplicateEntered = entries[first].entered
    }
    if reasons.isEmpty && discount == nil {
      // A counted entry always has a candidate; this keeps `applied` meaning a discount regardless.
      reasons.insert(.nothingToDiscount)
    }
    detail.reasons = reasons.statuses
    return Quote.CodeResult(
      entered: PromoCode(entries[index].entered), campaignID: CampaignID(code.campaign.id),
      status: reasons.first,
      via: entries[index].via, detail: detail, campaignName: code.campaign.name, discount: discount,
      currency: currency)
  }
}
