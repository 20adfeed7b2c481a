/// The automatic campaigns, indexed at load by currency, window, channel and audience, so that an evaluation
/// visits only those that can apply to its checkout.
///
/// The index only rules campaigns out: each campaign it yields is still checked in full by `Eligibility`, so
/// it changes which campaigns are visited, never an outcome. A campaign is ruled out when the checkout is in
/// another currency, its time is outside the campaign's window, its channel is not one the campaign allows,
/// or the customer is not in the campaign's audience (or there is no customer and the campaign needs one):
/// exactly the cases where `Eligibility` finds `wrongCurrency`, `notYetActive`, `expired`, `wrongChannel`,
/// `notEligible` or `customerRequired`.
///
/// Within one currency, campaigns are numbered in application order and each criterion gives a bit set over
/// those numbers; an evaluation intersects the sets (a few machine words per 64 campaigns) and visits the
/// bits that remain, in application order.
///
/// - Complexity: Building is O(*n* log *n*) time and O(*n*) memory for *n* automatic campaigns (the window
///   sets keep at most 17 snapshots of *n* bits each). A look-up is O(*n*/64 + log *n* + *m* + *k*), where
///   *m* counts the campaigns naming the checkout's channel, segments or customer and *k* those visited.
struct AutomaticIndex: Sendable {
  /// The campaigns of one currency.
  struct Group: Sendable {
    /// The currency.
    let currency: Currency
    /// The campaigns, in application order; bit *i* of every set is `campaigns[i]`.
    let campaigns: [CompiledCampaign]
    /// Machine words per bit set.
    let wordCount: Int
    /// The campaigns whose start is at or before an instant (those without a start always).
    let started: InstantPrefixSets
    /// The campaigns whose end is at or before an instant: they have ended.
    let ended: InstantPrefixSets
    /// The campaigns that allow any channel.
    let anyChannel: [UInt64]
    /// The campaigns that allow a channel, by channel.
    let channels: [String: [Int32]]
    /// The campaigns that need no customer (no audience, no per-customer limit, not first-order only).
    let withoutCustomer: [UInt64]
    /// The campaigns without an audience.
    let anyAudience: [UInt64]
    /// The campaigns whose audience has a segment, by segment.
    let segments: [String: [Int32]]
    /// The campaigns whose audience lists a customer, by customer id.
    let customers: [String: [Int32]]
  }

  /// One group per currency that has automatic campaigns.
  let groups: [Group]

  /// Indexes `automatic`.
  ///
  /// - Parameter automatic: The automatic campaigns, in application order.
  init(_ automatic: [CompiledCampaign]) {
    var byCurrency = [Currency: [CompiledCampaign]]()
    var currencies = [Currency]()
    for campaign in automatic {
      let currency = campaign.rules.currency
      if byCurrency[currency] == nil { currencies.append(currency) }
      byCurrency[currency, default: []].append(campaign)
    }
    groups = currencies.map { Group(currency: $0, campaigns: byCurrency[$0] ?? []) }
  }

  /// Whether there is no automatic campaign.
  var isEmpty: Bool { groups.isEmpty }

  /// Calls `body` with each automatic campaign the index cannot rule out for `checkout`, in application
  /// order, and the checkout itself (so that the closure need not capture it, which copied it).
  ///
  /// - Parameters:
  ///   - checkout: The checkout.
  ///   - body: Called once per campaign.
  func forEachCandidate(of checkout: Checkout, _ body: (CompiledCampaign, Checkout) -> Void) {
    for group in groups where group.currency == checkout.currency {
      group.forEachCandidate(of: checkout, body)
    }
  }
}

extension AutomaticIndex.Group {
  /// Indexes the campaigns of one currency.
  ///
  /// - Parameters:
  ///   - currency: Their currency.
  ///   - campaigns: The campaigns, in application order.
  init(currency: Currency, campaigns: [CompiledCampaign]) {
    self.currency = currency
    self.campaigns = campaigns
    let wordCount = (campaigns.count + 63) / 64
    self.wordCount = wordCount
    var always = [UInt64](repeating: 0, count: wordCount)
    var starts = [(instant: Instant, position: Int32)]()
    var ends = [(instant: Instant, position: Int32)]()
    var anyChannel = [UInt64](repeating: 0, count: wordCount)
    var channels = [String: [Int32]]()
    var withoutCustomer = [UInt64](repeating: 0, count: wordCount)
    var anyAudience = [UInt64](repeating: 0, count: wordCount)
    var segments = [String: [Int32]]()
    var customers = [String: [Int32]]()
    for (index, campaign) in campaigns.enumerated() {
      let position = Int32(truncatingIfNeeded: index)
      let rules = campaign.rules
      if let start = rules.window.starts {
        starts.append((start, position))
      } else {
        BitWords.insert(index, into: &always)
      }
      if let end = rules.window.ends { ends.append((end, position)) }
      if let allowed = rules.channels {
        // A channel listed twice is added once: the look-up sets bits, so a repeat would only cost time.
        for channel in Set(allowed) { channels[channel, default: []].append(position) }
      } else {
        BitWords.insert(index, into: &anyChannel)
      }
      if !rules.requiresCustomer { BitWords.insert(index, into: &withoutCustomer) }
      if let audience = rules.audience {
        for segment in Set(audience.segments) { segments[segment, default: []].append(position) }
        for customer in Set(audience.customers) {
          customers[customer, default: []].append(position)
        }
      } else {
        BitWords.insert(index, into: &anyAudience)
      }
    }
    self.started = InstantPrefixSets(starts, base: always)
    self.ended = InstantPrefixSets(ends, base: [UInt64](repeating: 0, count: wordCount))
    self.anyChannel = anyChannel
    self.channels = channels
    self.withoutCustomer = withoutCustomer
    self.anyAudience = anyAudience
    self.segments = segments
    self.customers = customers
  }

  /// Calls `body` with each campaign of the group that the index cannot rule out for `checkout`.
  func forEachCandidate(of checkout: Checkout, _ body: (CompiledCampaign, Checkout) -> Void) {
    guard wordCount > 0 else { return }
    let words = wordCount
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * words) { scratch in
      guard let base = scratch.baseAddress else { return }
      let mask = UnsafeMutableBufferPointer(start: base, count: words)
      let other = UnsafeMutableBufferPointer(start: base + words, count: words)
      // In the window: started and not ended.
      started.fill(mask, upTo: checkout.at)
      ended.fill(other, upTo: checkout.at)
      for word in 0..<words { mask[word] &= ~other[word] }
      // The channel.
      for word in 0..<words { other[word] = anyChannel[word] }
      if let channel = checkout.channel, let allowing = channels[channel] {
        for position in allowing { BitWords.insert(Int(position), into: other) }
      }
      for word in 0..<words { mask[word] &= other[word] }
      // The audience, or campaigns that need no customer.
      if let customer = checkout.customer {
        for word in 0..<words { other[word] = anyAudience[word] }
        for segment in customer.segments {
          guard let listing = segments[segment] else { continue }
          for position in listing { BitWords.insert(Int(position), into: other) }
        }
        if let id = customer.id, let listing = customers[id] {
          for position in listing { BitWords.insert(Int(position), into: other) }
        }
      } else {
        for word in 0..<words { other[word] = withoutCustomer[word] }
      }
      for word in 0..<words { mask[word] &= other[word] }
      for word in 0..<words {
        var bits = mask[word]
        while bits != 0 {
          let bit = bits.trailingZeroBitCount
          bits &= bits &- 1
          body(campaigns[word &* 64 &+ bit], checkout)
        }
      }
    }
  }
}
