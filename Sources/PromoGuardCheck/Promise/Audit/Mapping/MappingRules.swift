package import PromoGuard

/// What the campaign and the message say about a recipient list, as ``MappingAudit`` checks each row against
/// it.
package struct MappingRules: Sendable {
  /// The campaign's zone, for the times a finding spells.
  package var zone: Zone
  /// The campaign's end (exclusive), if any: no code outlives it.
  package var campaignEnds: Instant?
  /// The only customers the campaign admits, when its audience lists customers and no segments (a recipient
  /// list carries no segments, so only then can a row be judged); `nil` otherwise.
  package var admittedCustomers: Set<String>?
  /// The message's channel when it is a checkout channel the campaign's `channels` refuse, else `nil`.
  package var refusedChannel: String?
  /// The campaign another campaign's code belongs to (its id), or `nil` when no other campaign has the code.
  package var otherCampaign: @Sendable (String) -> String?
  /// The promise in words ("14 days" for `P14D`), when the pool gives a `validFor`.
  package var validFor: String?
  /// The promised last moment's end for a send time: the send time plus `validFor` (exclusive), or `nil`
  /// when nothing is promised.
  package var promisedEnd: @Sendable (Instant) -> Instant?

  /// Creates the rules.
  ///
  /// - Parameters:
  ///   - zone: The campaign's zone.
  ///   - campaignEnds: The campaign's end, if any.
  ///   - admittedCustomers: The only customers admitted, or `nil`.
  ///   - refusedChannel: The message's refused checkout channel, or `nil`.
  ///   - otherCampaign: Another campaign owning a code, by id.
  ///   - validFor: The promise as written, if any.
  ///   - promisedEnd: The send time plus `validFor`.
  package init(
    zone: Zone, campaignEnds: Instant? = nil, admittedCustomers: Set<String>? = nil,
    refusedChannel: String? = nil,
    otherCampaign: @escaping @Sendable (String) -> String? = { _ in nil },
    validFor: String? = nil, promisedEnd: @escaping @Sendable (Instant) -> Instant? = { _ in nil }
  ) {
    self.zone = zone
    self.campaignEnds = campaignEnds
    self.admittedCustomers = admittedCustomers
    self.refusedChannel = refusedChannel
    self.otherCampaign = otherCampaign
    self.validFor = validFor
    self.promisedEnd = promisedEnd
  }
}
