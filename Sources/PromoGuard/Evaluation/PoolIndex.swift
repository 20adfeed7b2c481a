/// The pool campaigns of a ``CampaignSet``, for looking up a typed code in each pool (O(1) per pool), and the
/// send time of each pool code the campaign's recipients lists show (for `validFor`).
struct PoolIndex: Sendable {
  /// One pool campaign.
  struct Entry: Sendable {
    /// The campaign.
    let campaign: CompiledCampaign
    /// Its pool.
    let pool: CodePool
    /// For a pool with `validFor`: each code's send time in microseconds since the epoch, the earliest
    /// `sentAt` of a recipients row showing it; `Int64.min` for a code no list shows.
    let sendTimes: [Int64]?
  }

  /// The pool campaigns, in load order.
  let entries: [Entry]

  /// Whether no campaign has a pool: the look-up of ordinary codes then skips pools entirely.
  var isEmpty: Bool { entries.isEmpty }

  /// Indexes the pool campaigns among `campaigns` (compiled, with their decoded sources).
  ///
  /// - Complexity: O(*r*) for *r* recipients rows of pool campaigns with `validFor`.
  init(_ campaigns: [(compiled: CompiledCampaign, source: Campaign)]) {
    var entries = [Entry]()
    for (compiled, source) in campaigns {
      guard let pool = compiled.rules.activation.pool else { continue }
      var sendTimes: [Int64]?
      if pool.validFor != nil {
        var times = [Int64](repeating: Int64.min, count: pool.count)
        for message in source.messages {
          guard let list = message.recipients, list.hasCodes else { continue }
          for row in 0..<list.count {
            guard let code = list.code(at: row), let sent = list.sentAt(at: row),
              let index = pool.index(of: code)
            else { continue }
            let micros = sent.microsecondsSinceEpoch
            if times[index] == Int64.min || micros < times[index] { times[index] = micros }
          }
        }
        sendTimes = times
      }
      entries.append(Entry(campaign: compiled, pool: pool, sendTimes: sendTimes))
    }
    self.entries = entries
  }

  /// The pool entry and code index of a typed code, if any pool has it.
  ///
  /// - Complexity: O(*p*) for *p* pool campaigns, each look-up O(1) whatever the pool's size.
  func lookUp(_ typed: String) -> (entry: Int, index: Int)? {
    for (position, entry) in entries.enumerated() {
      if let index = entry.pool.index(of: typed) { return (position, index) }
    }
    return nil
  }
}
