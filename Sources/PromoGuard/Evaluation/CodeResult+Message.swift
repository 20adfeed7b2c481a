extension Quote.CodeResult {
  /// A sentence a customer-service agent can read aloud.
  ///
  /// It says what happened and, when refused, what would make the code work. It never suggests a code.
  ///
  /// The wording may improve between versions; match on ``status`` and ``detail``, not on this text.
  public var message: String {
    if let reportedMessage { return reportedMessage }
    let name = campaignName.map { "\"\($0)\"" } ?? "this offer"
    let shown = CodeKey.exact(entered.rawValue)
    switch status {
    case .applied:
      let saved = discount?.formatted ?? Money(minorUnits: 0, currency: currency).formatted
      if let budget = detail.budget {
        return "\(campaignName ?? shown): you save \(saved), \(budgetNote(budget))"
      }
      return "\(campaignName ?? shown): you save \(saved)"
    case .unknownCode:
      return shown.isEmpty
        ? "No code was entered."
        : "\"\(shown)\" is not a code we recognise. Please check it was typed exactly as it appears "
          + "in the offer."
    case .notYetActive:
      let when = detail.starts.map { " from \(spoken($0))" } ?? " later"
      return "The code \(shown) for \(name) can be used\(when); it is not active yet."
    case .expired:
      switch detail.codeEnd {
      case .own?:
        let when = detail.ends.map { " on \(spoken($0))" } ?? ""
        return "The code \(shown) expired\(when), so it can no longer be used."
      case .window(let sent, let validFor)?:
        let until = detail.ends.map { " (until \(spoken($0)))" } ?? ""
        return
          "The code \(shown) was valid for \(validFor.spoken) from \(spoken(sent))\(until), so it can no "
          + "longer be used."
      case nil: break
      }
      let when = detail.ends.map { " on \(spoken($0))" } ?? ""
      return "The offer \(name) ended\(when), so the code \(shown) can no longer be used."
    case .wrongCurrency:
      guard let required = detail.requiredCurrency, let found = detail.checkoutCurrency else {
        return "\(name) is for orders in another currency."
      }
      return "\(name) is for orders in \(required.pluralName) (\(required.code)); this order is in "
        + "\(found.pluralName) (\(found.code))."
    case .wrongChannel:
      let allowed = EnglishList.joined(detail.allowedChannels ?? [], "or")
      let found =
        detail.checkoutChannel.map { "this order was placed via \($0)" }
        ?? "this order did not say where it was placed"
      return "\(name) can only be used via \(allowed); \(found)."
    case .notEligible:
      if detail.issuedToAnother {
        return
          "The code \(shown) was issued to another customer, so it cannot be used on this account."
      }
      if detail.isCustomerBound && (detail.audienceSegments ?? []).isEmpty {
        return "The code \(shown) belongs to a particular customer's account and cannot be used on "
          + "this account."
      }
      let segments = detail.audienceSegments ?? []
      let groups = segments.count == 1 ? "the group" : "the groups"
      return
        "\(name) is only for customers in \(groups) \(EnglishList.joined(segments, "or")); this "
        + "customer's account is not in \(segments.count == 1 ? "it" : "any of them")."
    case .customerRequired:
      return "\(name) is for signed-in customers: please sign in to use the code \(shown)."
    case .limitReached:
      guard let limit = detail.limit else { return "\(name) has reached its redemption limit." }
      if limit.kind == "budget" {
        return "The promotion budget for \(name) has been used up (\(amount(limit.used)) of "
          + "\(amount(limit.allowed)) given), so the code \(shown) can no longer be used."
      }
      if limit.kind == "singleUse" {
        return "The code \(shown) has already been used; each code can be used once."
      }
      if limit.kind == "perCustomer" {
        return "This customer has already used \(name) the most times allowed "
          + "(\(EnglishList.number(limit.used)) of \(EnglishList.number(limit.allowed)))."
      }
      return
        "\(name) has been redeemed the most times allowed (\(EnglishList.number(limit.used)) of "
        + "\(EnglishList.number(limit.allowed))) and is no longer available."
    case .conditionsNotMet:
      return "To use \(name): " + detail.shortfalls.map(describe).joined(separator: "; ") + "."
    case .giftNotInBasket:
      return giftMessage(name)
    case .nothingToDiscount:
      return nothingMessage(name)
    case .notCombinable:
      let winners = detail.winnerNames.map { "\"\($0)\"" }.joined(separator: " and ")
      return
        "\(name) cannot be combined with \(winners), which saves the customer at least as much "
        + "and was applied instead."
    case .duplicate:
      let first = detail.duplicateEntered.map { " (as \"\(CodeKey.exact($0))\")" } ?? ""
      return "\(name) was already entered\(first); each offer applies once per order."
    case .tooManyCodes:
      return
        "Only \(detail.maximumCodes ?? CampaignSet.maximumCountedCodes) codes can be used on one "
        + "order; this was code number \(detail.position ?? 0), so it was not applied."
    case .refused:
      return "The checkout refused the code \(shown) without saying why."
    }
  }

  private func spoken(_ instant: Instant) -> String {
    Timestamp.spoken(instant, in: detail.zone ?? .utc)
  }

  private func amount(_ minorUnits: Int64) -> String {
    Money(minorUnits: minorUnits, currency: currency).formatted
  }

  private func describe(_ shortfall: CodeDetail.Shortfall) -> String {
    // Conditions measured on the whole order count any item; otherwise only the offer's items.
    let whole = shortfall.wholeOrder
    let on = whole ? "in the whole order" : "on eligible items"
    let eligible = whole ? "any items" : "eligible items"
    let units = { (count: Int64) in
      whole
        ? (count == 1 ? "1 item in the whole order" : "\(count) items in the whole order")
        : (count == 1 ? "1 eligible item" : "\(count) eligible items")
    }
    switch shortfall.condition {
    case "minSubtotal":
      return "spend at least \(amount(shortfall.required)) \(on) (the basket has "
        + "\(amount(shortfall.actual)) — add \(amount(shortfall.missing)) of \(eligible))"
    case "maxSubtotal":
      return "spend at most \(amount(shortfall.required)) \(on) (the basket has "
        + "\(amount(shortfall.actual)) — remove \(amount(shortfall.missing)) of \(whole ? "items" : "eligible items"))"
    case "tier":
      return
        "spend at least \(amount(shortfall.required)) \(on) to reach the first tier "
        + "(the basket has \(amount(shortfall.actual)) — add \(amount(shortfall.missing)) of "
        + "\(eligible))"
    case "tierQuantity":
      return "buy at least \(units(shortfall.required)) to reach the first tier (the basket has "
        + "\(shortfall.actual) — add \(shortfall.missing) more)"
    case "minQuantity":
      return "buy at least \(units(shortfall.required)) (the basket has \(shortfall.actual) — add "
        + "\(shortfall.missing) more)"
    case "groupSize":
      return
        "the offer needs \(units(shortfall.required)) (the basket has \(shortfall.actual) — add "
        + "\(shortfall.missing) more)"
    case "purchase":
      return "buy at least 1 eligible item besides the gift (the basket holds only the gift)"
    case "firstOrder":
      return "it is for a customer's first order only (this customer has placed "
        + "\(shortfall.actual == 1 ? "1 order" : "\(shortfall.actual) orders") before)"
    default:
      return shortfall.condition
    }
  }

  private func nothingMessage(_ name: String) -> String {
    switch detail.nothingReason {
    case .noTargetLines?:
      return "None of the items in the basket are part of \(name)."
    case .nothingLeft?:
      return "The items \(name) applies to have nothing left to discount: they are free or already "
        + "fully discounted by another offer."
    case .roundsToZero?:
      return "\(name) would take off less than \(amount(1)) on this basket, so nothing was "
        + "discounted."
    case .alreadyCheaper?:
      return "The eligible items already cost less than the \(name) price, so there is nothing to "
        + "take off."
    case .noShipping?:
      return "There is no shipping charge on this order for \(name) to take off."
    case nil:
      return "\(name) has nothing to discount in this basket."
    }
  }
}
