import PromoGuard

/// The mapping audit of every message with a recipient list (`messages[].recipients`), campaign by campaign:
/// each list against its campaign's pool (`activation.pool`) or, for a campaign with `activation.codes`, its
/// code list; a message of an automatic campaign needs no code, so its list is not audited.
struct RecipientListAudit: Sendable {
  /// The checkout channels a message can go out on and a campaign's `channels` can refuse (an email or an
  /// SMS is read anywhere; a message shown in the app or in a store is used there).
  static let checkoutChannels: Set<String> = ["web", "app", "store", "phone"]

  /// Every campaign loaded, in load order (for another campaign's code or pool).
  let campaigns: [AuditedCampaign]
  /// Every code written in a campaign file.
  let codes: CodeDirectory
  /// Whether names are printed in full (`--show-recipients`).
  let showRecipients: Bool

  /// The findings of one campaign's recipient lists, message by message.
  ///
  /// - Parameters:
  ///   - audited: The campaign.
  ///   - witnesses: The campaign's witness search, for the checkout each finding's first recipient gets.
  /// - Returns: The findings, each with its affected recipients.
  func findings(for audited: AuditedCampaign, witnesses: inout WitnessedClaims) -> [Finding] {
    let campaign = audited.campaign
    let rules = campaign.mechanics
    var found = [Finding]()
    for message in campaign.messages {
      guard let recipients = message.recipients else { continue }
      let mapping = MappingFindings(
        audited: audited, message: message, showRecipients: showRecipients)
      let mappingRules = self.rules(for: audited, message: message)
      let everyone = campaigns
      let owner: (String) -> Campaign? = { id in
        everyone.first { $0.campaign.id == id }?.campaign
      }
      var search = witnesses
      let witness: (RecipientCheckout) -> FindingExample? = { search.witness(for: $0) }
      defer { witnesses = search }
      if let pool = rules.activation.pool {
        found += mapping.findings(
          recipients: recipients, pool: pool,
          poolName: "the pool \"\(pool.file)\" (activation.pool)", rules: mappingRules,
          owner: owner, witness: witness)
      } else if !rules.activation.codes.isEmpty {
        found += mapping.findings(
          recipients: recipients,
          pool: CodeListPool(codes: rules.activation.codes, matching: rules.codeMatching),
          poolName: "the campaign's codes (activation.codes)", rules: mappingRules,
          owner: owner, witness: witness)
      }
    }
    return found
  }

  /// What the campaign and the message say about the list.
  private func rules(for audited: AuditedCampaign, message: Message) -> MappingRules {
    let campaign = audited.campaign
    let rules = campaign.mechanics
    var admitted: Set<String>?
    if let audience = rules.audience, audience.segments.isEmpty {
      admitted = Set(audience.customers)
    }
    var refused: String?
    if let channels = rules.channels, Self.checkoutChannels.contains(message.channel),
      !channels.contains(message.channel)
    {
      refused = message.channel
    }
    let pool = rules.activation.pool
    let zone = rules.zone
    let validFor = pool?.validFor
    let directory = codes
    let everyone = campaigns
    let ownID = campaign.id
    return MappingRules(
      zone: zone, campaignEnds: rules.window.ends, admittedCustomers: admitted,
      refusedChannel: refused,
      otherCampaign: { code in
        if let entry = directory.lookUp(code), everyone[entry.order].campaign.id != ownID {
          return everyone[entry.order].campaign.id
        }
        for other in everyone where other.campaign.id != ownID {
          if let pool = other.campaign.mechanics.activation.pool, pool.index(of: code) != nil {
            return other.campaign.id
          }
        }
        return nil
      },
      validFor: validFor?.spoken,
      promisedEnd: { sent in validFor?.adding(to: sent, in: zone) })
  }
}
