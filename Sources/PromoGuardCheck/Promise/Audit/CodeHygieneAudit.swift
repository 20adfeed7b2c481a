import PromoGuard

/// Codes across everything loaded: codes easy to confuse with another campaign's (`unreachable`), codes easy
/// to guess for vouchers with a real cost (`leak`), and coded campaigns an automatic exclusive campaign always
/// beats (`unreachable`).
struct CodeHygieneAudit {
  /// Every campaign loaded, in load order.
  let campaigns: [AuditedCampaign]

  /// Words people try first when guessing codes; a code that is one of them followed by digits only is
  /// guessable.
  static let commonWords: Set<String> = [
    "save", "welcome", "sorry", "sale", "discount", "promo", "free", "thanks", "thankyou", "summer",
    "winter", "spring", "autumn", "fall", "holiday", "xmas", "christmas", "vip", "gift", "deal",
    "new", "hello", "special", "coupon", "voucher", "code", "blackfriday", "cyber", "extra",
    "bonus",
    "off", "offer", "apology", "oops", "loyal", "friend", "birthday", "bday", "student", "test",
    "staff", "get", "take", "shop", "newyear", "easter", "spend", "first", "order", "refund",
  ]

  /// The longest relaxed code that is short enough to guess.
  static let guessableLength = 5

  /// The findings, by campaign load order.
  ///
  /// - Returns: For each campaign with findings, its findings in rule order.
  func findings() -> [Int: [Finding]] {
    var found = [Int: [Finding]]()
    func add(_ order: Int, _ finding: Finding) { found[order, default: []].append(finding) }
    confusable(add)
    for audited in campaigns {
      for finding in guessable(audited) { add(audited.order, finding) }
    }
    beaten(add)
    return found
  }

  /// The campaign at a place in load order, if there is one.
  private func campaign(at order: Int) -> AuditedCampaign? {
    campaigns.indices.contains(order) ? campaigns[order] : nil
  }

  /// The relaxed key with the characters people misread for each other made the same: O→0, I and L→1.
  static func skeleton(_ key: String) -> String {
    String(
      key.map { character -> Character in
        switch character {
        case "o": return "0"
        case "i", "l": return "1"
        default: return character
        }
      })
  }

  private func confusable(_ add: (Int, Finding) -> Void) {
    var firstBySkeleton = [String: (key: String, code: String, order: Int)]()
    var firstByKey = [String: (code: String, order: Int)]()
    var reported = Set<String>()
    for audited in campaigns {
      for code in audited.campaign.mechanics.activation.codes {
        let key = CodeKey.relaxed(code)
        let skeleton = Self.skeleton(key)
        if let first = firstBySkeleton[skeleton], first.key != key, first.order != audited.order,
          let other = campaign(at: first.order)?.campaign
        {
          reported.insert(key)
          add(
            audited.order,
            audited.finding(
              .unreachable, at: "activation",
              "the code \"\(code)\" (activation.codes) differs from \"\(first.code)\" of the campaign "
                + "\"\(other.id)\" only by letters that look like digits (O/0, I/1/L): customers who "
                + "misread \"\(code)\" will get \"\(other.id)\" or be told the code is unknown"))
        } else if firstBySkeleton[skeleton] == nil {
          firstBySkeleton[skeleton] = (key, code, audited.order)
        }
        if firstByKey[key] == nil { firstByKey[key] = (code, audited.order) }
      }
    }
    // One relaxed key the start of another's: the later campaign (in load order) gets the finding. Only
    // prefixes as long as some key are looked up.
    let lengths = Set(firstByKey.keys.map(\.count))
    for audited in campaigns {
      for code in audited.campaign.mechanics.activation.codes {
        let key = CodeKey.relaxed(code)
        var prefix = ""
        var length = 0
        for character in key.dropLast() {
          prefix.append(character)
          length += 1
          guard lengths.contains(length), let shorter = firstByKey[prefix],
            shorter.order != audited.order,
            !reported.contains(key)
          else { continue }
          let longerIsLater = audited.order > shorter.order
          let laterOrder = longerIsLater ? audited.order : shorter.order
          guard let later = campaign(at: laterOrder),
            let earlier = campaign(at: longerIsLater ? shorter.order : audited.order)?.campaign
          else { continue }
          let summary =
            longerIsLater
            ? "the code \"\(code)\" (activation.codes) starts with the code \"\(shorter.code)\" of "
              + "the campaign \"\(earlier.id)\": customers who type it short by a character or two "
              + "will get \"\(earlier.id)\" instead"
            : "the code \"\(shorter.code)\" (activation.codes) is the start of the code \"\(code)\" "
              + "of the campaign \"\(earlier.id)\": customers who misread one will get the other "
              + "campaign"
          add(laterOrder, later.finding(.unreachable, at: "activation", summary))
        }
      }
    }
  }

  private func guessable(_ audited: AuditedCampaign) -> [Finding] {
    let rules = audited.campaign.mechanics
    let cost: String
    if let customers = rules.audience?.customers, !customers.isEmpty {
      cost = "a customer-bound voucher (audience.customers)"
    } else if rules.limits.total == 1 {
      cost = "a single-use voucher (limits.total 1)"
    } else {
      return []
    }
    return rules.activation.codes.compactMap { code -> Finding? in
      guard let why = Self.guessability(of: code) else { return nil }
      return audited.finding(
        .leak, at: "activation",
        "the code \"\(code)\" (activation.codes) is \(why), easy to guess, for \(cost): someone "
          + "other than the intended customer can try it — give it a long random code")
    }
  }

  /// Why a code is easy to guess, or `nil` when it is not.
  ///
  /// - Parameter code: The code as written.
  /// - Returns: "only 4 characters long", "a common word and digits", or `nil`.
  static func guessability(of code: String) -> String? {
    let key = CodeKey.relaxed(code)
    if key.count <= guessableLength { return "only \(key.count) characters long" }
    let word = String(key.prefix { !$0.isASCII || !$0.isNumber })
    let digits = key.dropFirst(word.count)
    if commonWords.contains(word) && digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
      return digits.isEmpty ? "a common word" : "a common word and digits"
    }
    return nil
  }

  /// Coded campaigns an automatic exclusive campaign beats on every checkout they could apply to.
  private func beaten(_ add: (Int, Finding) -> Void) {
    let automatic = campaigns.filter {
      $0.campaign.mechanics.activation == .automatic && $0.campaign.mechanics.stacking.exclusive
    }
    guard !automatic.isEmpty else { return }
    for coded in campaigns where coded.campaign.mechanics.activation != .automatic {
      guard let winner = automatic.first(where: { beats($0.campaign, coded.campaign) }) else {
        continue
      }
      add(
        coded.order,
        coded.finding(
          .unreachable, at: "activation",
          "the automatic exclusive campaign \"\(winner.campaign.id)\" gives at least "
            + "\(AuditPhrases.benefit(winner.campaign.mechanics.benefit)) on every checkout this "
            + "campaign's code could apply to (same or wider window, audience, channels, currency "
            + "and products), so entered on its own the code never applies (activation)"))
    }
  }

  /// Whether the automatic exclusive campaign `winner` applies wherever `coded` does and gives at least as
  /// much, winning ties.
  func beats(_ winner: Campaign, _ coded: Campaign) -> Bool {
    let win = winner.mechanics
    let code = coded.mechanics
    guard win.currency == code.currency, covers(win.window, code.window),
      covers(win.audience, code.audience), covers(win.channels, code.channels),
      win.limits == .none,
      win.conditions.minQuantity == nil
        || win.conditions.minQuantity.map({
          $0 <= (code.conditions.minQuantity ?? 0)
        }) == true,
      win.conditions.minSubtotal == nil
        || win.conditions.minSubtotal.map({
          $0.minorUnits <= (code.conditions.minSubtotal?.minorUnits ?? 0)
        }) == true,
      !win.conditions.firstOrder || code.conditions.firstOrder,
      win.maxItems == nil, win.maxDiscount == nil
    else { return false }
    let sameTarget = win.target == code.target
    let widerTarget: Bool
    switch win.benefit {
    case .percentOff, .amountOff: widerTarget = win.target.isEverything
    default: widerTarget = false
    }
    guard sameTarget || widerTarget else { return false }
    switch BenefitComparison.of(win.benefit, against: code.benefit) {
    case .higher:
      return true
    case .same:
      guard win.rounding == code.rounding else { return false }
      // An exclusive campaign wins ties against the stack; between exclusives the first in application
      // order (priority, then id) wins.
      if !code.stacking.exclusive { return true }
      if win.stacking.priority != code.stacking.priority {
        return win.stacking.priority > code.stacking.priority
      }
      return winner.id < coded.id
    case .lower, .different:
      return false
    }
  }

  private func covers(_ outer: Window, _ inner: Window) -> Bool {
    let startCovered =
      outer.starts.map { start in inner.starts.map { start <= $0 } ?? false } ?? true
    let endCovered = outer.ends.map { end in inner.ends.map { end >= $0 } ?? false } ?? true
    return startCovered && endCovered
  }

  private func covers(_ outer: Audience?, _ inner: Audience?) -> Bool {
    guard let outer else { return true }
    guard let inner else { return false }
    return inner.segments.allSatisfy(outer.segments.contains)
      && inner.customers.allSatisfy(outer.customers.contains)
  }

  private func covers(_ outer: [String]?, _ inner: [String]?) -> Bool {
    guard let outer else { return true }
    guard let inner else { return false }
    return inner.allSatisfy(outer.contains)
  }
}
