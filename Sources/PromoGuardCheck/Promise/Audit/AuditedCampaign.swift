import PromoGuard

/// A campaign with the file it was loaded from and its place in load order, as the audit's rules see it.
struct AuditedCampaign: Sendable {
  /// The campaign.
  var campaign: Campaign
  /// The path of its file.
  var file: String
  /// Its place among every campaign loaded (file order, then order in the file).
  var order: Int

  /// Where a clause of the campaign is written: the field's location when known, else the same clause in the
  /// terms (for a clause the mechanics leave out), else the campaign's.
  ///
  /// - Parameter key: The field's path inside the campaign, like `conditions.minSubtotal`; only its first one or
  ///   two components (`conditions`, `terms.conditions`) are recorded, so the nearest recorded one is used.
  /// - Returns: The location to report.
  func location(of key: String) -> FileLocation {
    let candidates = key.hasPrefix("terms.") ? [key] : [key, "terms." + key]
    for candidate in candidates {
      var parts = candidate.split(separator: ".").map(String.init)
      while !parts.isEmpty {
        if let location = campaign.fieldLocations[parts.joined(separator: ".")] { return location }
        parts.removeLast()
      }
    }
    return campaign.location
  }

  /// A finding about this campaign.
  ///
  /// - Parameters:
  ///   - kind: The kind.
  ///   - key: The clause at fault, for the location.
  ///   - message: The message at fault, if any.
  ///   - summary: The one-line explanation.
  /// - Returns: The finding, with count 1.
  func finding(_ kind: FindingKind, at key: String, message: Message? = nil, _ summary: String)
    -> Finding
  {
    Finding(
      kind: kind, campaignID: campaign.id, file: file,
      location: message?.location ?? location(of: key), messageID: message?.id, summary: summary)
  }
}
