package import PromoGuard

/// The oracle's model of a code pool at checkout: which code is whose, until when it works, and whether it was
/// used.
///
/// Written from Docs/UniqueCodes.md, sharing no code with the engine's pool look-up: it keys codes with
/// ``PromiseCode`` and counts windows with ``PromiseDuration``. A pool code is refused, in status order, when:
/// its own `expires` or its recipient's window (the earliest send time showing it plus `validFor`) has passed
/// (`expired`, both ends exclusive); it is bound to a customer and entered by another (`notEligible`) or by a
/// guest (`customerRequired`); it is single use and was used before (`limitReached`).
///
/// ```swift
/// let oracle = PoolOracle(
///   codes: [.init(code: "WELCOME-7F3K-Q2ZD")], sends: [("WELCOME-7F3K-Q2ZD", sent)],
///   promise: PoolPromise(singleUse: true, validFor: PromiseDuration(days: 14), isBound: false),
///   matching: .relaxed, zone: .utc)
/// oracle.refusal(typed: "welcome 7f3k q2zd", customer: nil, used: [], at: sent)  // nil: accepted
/// ```
package struct PoolOracle: Sendable {
  /// One code of the pool as its file gives it.
  package struct Code: Sendable, Hashable {
    /// The code as written.
    package var code: String
    /// The customer it is issued to, if bound.
    package var customer: String?
    /// Its own end (exclusive), if any.
    package var expires: Instant?

    /// Creates a code.
    package init(code: String, customer: String? = nil, expires: Instant? = nil) {
      self.code = code
      self.customer = customer
      self.expires = expires
    }
  }

  /// What the oracle knows of one code.
  struct Entry: Sendable {
    var customer: String?
    var expires: Instant?
    var firstSent: Instant?
  }

  /// The promised facts.
  package let promise: PoolPromise
  /// How typed codes are compared.
  let matching: CodeMatching
  /// The campaign's zone (calendar days of `validFor`).
  let zone: Zone
  /// The codes by key.
  let entries: [String: Entry]

  /// Builds the model of a pool.
  ///
  /// - Parameters:
  ///   - codes: The pool's codes.
  ///   - sends: Each recipient row's code and send time (a code's window counts from its earliest send).
  ///   - promise: The promised facts.
  ///   - matching: How typed codes are compared.
  ///   - zone: The campaign's zone.
  package init(
    codes: [Code], sends: [(code: String, sentAt: Instant)], promise: PoolPromise,
    matching: CodeMatching, zone: Zone
  ) {
    self.promise = promise
    self.matching = matching
    self.zone = zone
    var entries = [String: Entry](minimumCapacity: codes.count)
    for code in codes {
      entries[Self.key(code.code, matching)] = Entry(
        customer: code.customer, expires: code.expires, firstSent: nil)
    }
    for (code, sentAt) in sends {
      let key = Self.key(code, matching)
      guard var entry = entries[key] else { continue }
      entry.firstSent = entry.firstSent.map { min($0, sentAt) } ?? sentAt
      entries[key] = entry
    }
    self.entries = entries
  }

  /// The key of `typed` under `matching`.
  static func key(_ typed: String, _ matching: CodeMatching) -> String {
    matching == .exact ? PromiseCode.exact(typed) : PromiseCode.relaxed(typed)
  }

  /// The key `typed` is looked up by.
  package func key(_ typed: String) -> String { Self.key(typed, matching) }

  /// Whether `typed` is one of the pool's codes.
  package func contains(_ typed: String) -> Bool {
    let key = key(typed)
    return !key.isEmpty && entries[key] != nil
  }

  /// The customer `typed` is issued to, if it is a bound pool code.
  package func owner(of typed: String) -> String? { entries[key(typed)]?.customer }

  /// The first instant `typed` no longer works (its own `expires` or its window's end, whichever is
  /// earlier), or `nil` when neither applies.
  package func end(of typed: String) -> Instant? {
    guard let entry = entries[key(typed)] else { return nil }
    var ends = [Instant]()
    if let expires = entry.expires { ends.append(expires) }
    if let validFor = promise.validFor, let sent = entry.firstSent,
      let end = validFor.end(from: sent, in: zone)
    {
      ends.append(end)
    }
    return ends.min()
  }

  /// The reason the promise refuses pool code `typed`, or `nil` when the code itself is fine.
  ///
  /// - Parameters:
  ///   - typed: The code as entered.
  ///   - customer: The signed-in customer's id, `nil` for a guest.
  ///   - used: The keys of codes already redeemed (``key(_:)``).
  ///   - at: The checkout's time.
  /// - Returns: `expired`, `notEligible`, `customerRequired` or `limitReached`, in that order; `nil` for a
  ///   code that is not in the pool too.
  package func refusal(typed: String, customer: String?, used: Set<String>, at: Instant)
    -> CodeStatus?
  {
    let key = key(typed)
    guard let entry = entries[key] else { return nil }
    if let end = end(of: typed), at >= end { return .expired }
    if let owner = entry.customer {
      guard let customer else { return .customerRequired }
      if customer != owner { return .notEligible }
    }
    if promise.singleUse, used.contains(key) { return .limitReached }
    return nil
  }
}
