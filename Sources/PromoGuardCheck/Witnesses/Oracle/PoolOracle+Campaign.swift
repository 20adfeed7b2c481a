package import PromoGuard

extension PoolOracle {
  /// The oracle of the pool `campaign`'s promise names, with every recipient row of its messages as a send.
  ///
  /// A code's own `expires` is part of the promise only when the campaign has no terms (its promise is then
  /// its mechanics): terms promise a code's window from the send, and an export that ends a code sooner
  /// refuses a customer the terms still cover.
  ///
  /// `nil` when the promise has no pool.
  ///
  /// - Parameter campaign: The campaign.
  /// - Complexity: O(codes + recipient rows).
  package init?(campaign: Campaign) {
    let rules = campaign.promise.rules
    guard let pool = rules.activation.pool else { return nil }
    var codes = [Code]()
    codes.reserveCapacity(pool.count)
    let promisesExpiries = campaign.terms == nil
    for index in 0..<pool.count {
      codes.append(
        Code(
          code: pool.code(at: index), customer: pool.customer(at: index),
          expires: promisesExpiries ? pool.expires(at: index) : nil))
    }
    var sends = [(code: String, sentAt: Instant)]()
    for message in campaign.messages {
      guard let recipients = message.recipients else { continue }
      for row in 0..<recipients.count {
        guard let code = recipients.code(at: row), let sentAt = recipients.sentAt(at: row) else {
          continue
        }
        sends.append((code, sentAt))
      }
    }
    self.init(
      codes: codes, sends: sends, promise: PoolPromise(pool), matching: rules.codeMatching,
      zone: rules.zone)
  }
}
