package import PromoGuard

/// One way a row of a recipient list lets its recipient down, found by ``MappingAudit``.
///
/// The order is the order findings are reported in (within their kind).
package enum MappingIssue: Int, Sendable, Hashable, CaseIterable, Comparable {
  /// The code shown is not in the pool, nor a code of another campaign: checkout says it is unknown.
  case unknownCode
  /// The code shown belongs to another campaign: the recipient gets that campaign's offer, not this one's.
  case otherCampaignCode
  /// A single-use code already shown to another recipient (an earlier row): the second to use it is refused.
  case sentTwice
  /// A code bound to one customer shown to another: checkout says it was issued to another customer.
  case boundToAnother
  /// A recipient the campaign's `audience.customers` does not admit.
  case outsideAudience
  /// The message goes out on a checkout channel the campaign's `channels` refuse.
  case refusedChannel
  /// A single-use pool with fewer codes than the list has recipients.
  case moreRecipientsThanCodes
  /// A planned send (a row without a code) after the pool's unused codes have run out.
  case poolRunsOut
  /// The code (or the campaign) has ended when the recipient is sent it.
  case expiresBeforeSend
  /// The code (or the campaign) ends before the send time plus the promised `validFor`.
  case expiresBeforePromise

  /// The finding kind: every issue leaves the recipient without the discount (`unreachable`), except an end
  /// that comes before the promise, which makes the message say something checkout does not do
  /// (`messageMismatch`).
  package var kind: FindingKind {
    switch self {
    case .expiresBeforeSend, .expiresBeforePromise: .messageMismatch
    default: .unreachable
    }
  }

  /// Issues compare in reporting order.
  package static func < (lhs: MappingIssue, rhs: MappingIssue) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
