internal import PromoGuard

/// A quote in plain language, for a support agent: totals, offers applied, automatic offers the checkout came
/// close to, each code with its reason and what to do about it, and the lines.
struct QuoteExplanation {
  /// The quote to explain.
  var quote: Quote

  /// The explanation, several lines.
  var text: String {
    var lines = [String]()
    let count = quote.lines.count
    lines.append(
      "Order: \(count == 1 ? "1 line" : "\(count) lines"), subtotal \(quote.subtotal.formatted)")
    lines.append("  Discount          -\(quote.discount.formatted)")
    lines.append("  Shipping           \(quote.shipping.formatted)")
    if quote.shippingDiscount.minorUnits > 0 {
      lines.append("  Shipping discount -\(quote.shippingDiscount.formatted)")
    }
    lines.append("  Total              \(quote.total.formatted)")
    lines.append("")
    if quote.applied.isEmpty {
      lines.append("No offer applied.")
    } else {
      lines.append("Offers applied:")
      for applied in quote.applied {
        let how = applied.code.map { "code \($0)" } ?? "automatic"
        let amount = applied.discount.minorUnits > 0 ? applied.discount : applied.shippingDiscount
        var onShipping = applied.shippingDiscount.minorUnits > 0 ? " on shipping" : ""
        if applied.discount.minorUnits > 0 && applied.shippingDiscount.minorUnits > 0 {
          // A combined offer: both parts.
          onShipping = " on the lines, -\(applied.shippingDiscount.formatted) on shipping"
        }
        lines.append(
          "  \(applied.campaignName) (\(applied.campaignID), \(how)): -\(amount.formatted)\(onShipping)"
        )
      }
    }
    if !quote.gifts.isEmpty {
      lines.append("")
      lines.append("Gifts to add (free once in the basket):")
      for gift in quote.gifts {
        lines.append(
          "  \(gift.quantity) × \(gift.skus.map(\.rawValue).joined(separator: " or ")) for \(gift.campaignID)"
        )
      }
    }
    if !quote.nearMisses.isEmpty {
      lines.append("")
      lines.append("Offers not reached:")
      for miss in quote.nearMisses {
        lines.append("  \(miss.campaignName) (\(miss.campaignID)): \(miss.message)")
      }
    }
    if !quote.codes.isEmpty {
      lines.append("")
      lines.append("Codes entered:")
      for (index, code) in quote.codes.enumerated() {
        let via = code.via == .link ? " (from the link)" : ""
        lines.append("  \(index + 1). \"\(code.entered)\"\(via) — \(code.status): \(code.message)")
        if let remedy = remedy(code) { lines.append("     What to do: \(remedy)") }
      }
    }
    lines.append("")
    lines.append("Lines:")
    for line in quote.lines {
      var text =
        "  \(line.sku) × \(line.quantity) at \(line.unitPrice.formatted) = \(line.subtotal.formatted)"
      if line.discount.minorUnits > 0 {
        text += ", -\(line.discount.formatted) → \(line.total.formatted)"
      }
      lines.append(text)
    }
    return lines.joined(separator: "\n")
  }

  private func remedy(_ code: Quote.CodeResult) -> String? {
    let detail = code.detail
    switch code.status {
    case .applied, .duplicate, .refused:
      return nil
    case .unknownCode:
      return
        "ask where the customer saw the code and compare it with that offer; no campaign has it."
    case .notYetActive:
      return "the customer can use it once the offer starts."
    case .expired:
      return "the offer has ended; any goodwill gesture is a decision outside the campaign."
    case .wrongCurrency:
      return detail.requiredCurrency.map { "place the order in \($0.pluralName) (\($0.code))." }
    case .wrongChannel:
      return "place the order via " + (detail.allowedChannels ?? []).joined(separator: " or ") + "."
    case .notEligible:
      return "check the customer is signed in to the account that received the offer."
    case .customerRequired:
      return "ask the customer to sign in, then enter the code again."
    case .limitReached:
      if detail.limit?.kind == "budget" {
        return "the promotion budget has been used up; the offer is over for every customer."
      }
      return detail.limit?.kind == "perCustomer"
        ? "the customer has used this offer as often as it allows."
        : "the offer has run out of redemptions."
    case .giftNotInBasket:
      return "add the gift named in the message to the basket; it is then taken off in full."
    case .conditionsNotMet:
      return "change the basket as the message says, then enter the code again."
    case .nothingToDiscount:
      return "add items that are part of the offer."
    case .notCombinable:
      return "only one of these offers can be used; the better one for the customer was applied."
    case .tooManyCodes:
      return "remove codes the customer does not need."
    }
  }
}
