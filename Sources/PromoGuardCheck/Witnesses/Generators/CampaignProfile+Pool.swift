import PromoGuard

extension CampaignProfile {
  /// The most recipient rows a profile draws from a pool campaign's recipient lists.
  static let drawnRecipients = 8

  /// The recipient rows drawn from `campaign`'s recipient lists: boundary rows first (the first and the last
  /// send, the code with the latest `expires`, bound codes), then rows spread evenly through each list, at
  /// most ``drawnRecipients``.
  ///
  /// - Complexity: O(recipient rows): one pass over each list.
  static func drawnRows(_ campaign: Campaign, pool: CodePool) -> [(list: RecipientList, row: Int)] {
    var drawn = [(list: RecipientList, row: Int)]()
    func add(_ list: RecipientList, _ row: Int) {
      guard drawn.count < drawnRecipients, list.code(at: row) != nil,
        !drawn.contains(where: { $0.list === list && $0.row == row })
      else { return }
      drawn.append((list, row))
    }
    let lists = campaign.messages.compactMap(\.recipients)
    for list in lists where list.count > 0 {
      var first = 0
      var last = 0
      var latestExpires: (row: Int, at: Instant)?
      var bound = [Int]()
      for row in 0..<list.count {
        if let sent = list.sentAt(at: row) {
          if let earliest = list.sentAt(at: first), sent < earliest { first = row }
          if let latest = list.sentAt(at: last), sent > latest { last = row }
        }
        guard let code = list.code(at: row), let index = pool.index(of: code) else { continue }
        if let expires = pool.expires(at: index), expires > (latestExpires?.at ?? expires) {
          latestExpires = (row, expires)
        } else if latestExpires == nil, let expires = pool.expires(at: index) {
          latestExpires = (row, expires)
        }
        if bound.count < 2, pool.customer(at: index) != nil { bound.append(row) }
      }
      add(list, first)
      add(list, last)
      if let latestExpires { add(list, latestExpires.row) }
      for row in bound { add(list, row) }
      for step in 1...3 { add(list, list.count * step / 4) }
    }
    return drawn
  }

  /// The plays of a pool campaign: for each drawn recipient, their own code at the last valid second (by the
  /// promise and by the mechanics), typed in lower case with spaces, a second use, another customer and a
  /// guest with it, and the first second after each window; without recipient lists, the pool's first and
  /// last codes at the baseline time.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - baselineCustomer: The customer the promise accepts (a recipient takes its segments).
  ///   - baselineTime: A time inside the campaign's window.
  /// - Returns: The plays, boundary rows first; empty for a campaign without a pool.
  static func poolPlays(
    _ campaign: Campaign, baselineCustomer: Checkout.Customer?, baselineTime: Instant
  ) -> [PoolPlay] {
    guard let pool = campaign.mechanics.activation.pool ?? campaign.promise.rules.activation.pool
    else { return [] }
    let pools = [campaign.promise.rules.activation.pool, campaign.mechanics.activation.pool]
      .compactMap { $0 }
    let zone = campaign.mechanics.zone
    func person(_ id: String?) -> Checkout.Customer? {
      var customer =
        baselineCustomer ?? Checkout.Customer(id: nil, segments: [], orderCount: 2)
      customer.id = id ?? customer.id ?? "gen-recipient"
      return customer
    }
    var plays = [PoolPlay]()
    func play(
      _ typed: String, _ customer: Checkout.Customer?, _ at: Instant, used: Bool = false,
      _ story: String
    ) {
      let new = PoolPlay(typed: typed, customer: customer, at: at, used: used, story: story)
      if !plays.contains(new) { plays.append(new) }
    }
    var drawn = [(code: String, owner: String?, recipient: String?, sent: Instant?, index: Int)]()
    for (list, row) in drawnRows(campaign, pool: pool) {
      guard let code = list.code(at: row) else { continue }
      let index = pool.index(of: code)
      drawn.append(
        (
          code, index.flatMap(pool.customer(at:)), list.customer(at: row), list.sentAt(at: row),
          index ?? -1
        ))
    }
    if drawn.isEmpty, pool.count > 0 {
      for index in Set([0, pool.count - 1]).sorted() {
        drawn.append((pool.code(at: index), pool.customer(at: index), nil, nil, index))
      }
    }
    for recipient in drawn {
      let owner = person(recipient.owner ?? recipient.recipient)
      let inside = recipient.sent?.adding(seconds: 3_600) ?? baselineTime
      play(recipient.code, owner, inside, "the recipient's own code")
      let loose = String(recipient.code.lowercased().map { $0 == "-" ? " " : $0 })
      play(" " + loose + " ", owner, inside, "the code typed in lower case with spaces")
      play(recipient.code, owner, inside, used: true, "a second use of the code")
      var other = owner
      other?.id = "gen-other-customer"
      play(recipient.code, other, inside, "another customer with the code (shared or leaked)")
      play(recipient.code, nil, inside, "a guest with the code")
      // Each side's end: the code's own expires, and its window from the send.
      for side in pools {
        var ends = [Instant]()
        if let index = side.index(of: recipient.code), let expires = side.expires(at: index) {
          ends.append(expires)
        }
        if let sent = recipient.sent, let text = side.validFor?.text,
          let end = PromiseDuration(text)?.end(from: sent, in: zone)
        {
          ends.append(end)
        }
        guard let end = ends.min(), let last = end.adding(seconds: -1) else { continue }
        play(recipient.code, owner, last, "the recipient's own code at the last valid second")
        play(recipient.code, owner, end, "the recipient's own code one second after its window")
      }
    }
    return plays
  }
}
