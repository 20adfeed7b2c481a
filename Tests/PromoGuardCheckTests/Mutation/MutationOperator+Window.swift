import PromoGuard

/// Window mistakes: the terms state the period; the mechanics run another one.
extension MutationOperator {
  /// The window operators.
  static let window: [MutationOperator] = [
    shiftedBoundary(
      name: "mechanics-end-a-day-early", key: "ends", days: -1,
      story: "the checkout's campaign ends a day before the published end"),
    shiftedBoundary(
      name: "mechanics-start-a-day-late", key: "starts", days: 1,
      story: "the checkout's campaign starts a day after the published start"),
    MutationOperator(
      name: "mechanics-midnight-in-the-wrong-zone", mistake: .window,
      story:
        "the checkout's campaign is set up in head office's time zone: its midnights come hours before "
        + "the customers' ones the terms promise",
      acceptableKinds: [.termsDrift, .rejectedEligible, .leak]
    ) { document, index in
      var campaign = document.campaigns[index]
      // A zone where the same wall-clock time comes earlier (a larger offset from UTC).
      let wrongZones = [
        "America/Los_Angeles": "America/New_York", "America/New_York": "Europe/London",
        "Europe/London": "Europe/Paris", "Europe/Paris": "Europe/Athens",
        "Asia/Tokyo": "Australia/Sydney", "Australia/Sydney": "Pacific/Auckland",
        "UTC": "Europe/Paris",
      ]
      guard campaign["terms"] != nil, campaign["ends"] != nil,
        let wrong = wrongZones[campaign.zone]
      else { return false }
      campaign.stateTermsPeriod()
      if campaign.value(at: ["terms", "timeZone"]) == nil {
        campaign.set(["terms", "timeZone"], to: .string("UTC"))
      }
      campaign["timeZone"] = .string(wrong)
      // The messages keep their moments: only the campaign's period is mistyped.
      let zone = document.campaigns[index].zone
      campaign.messages = campaign.messages.map { message in
        var message = message
        if let sent = message["sentAt"]?.string,
          let moved = LocalTime.rewritten(sent, from: zone, to: wrong, withOffset: false)
        {
          message["sentAt"] = .string(moved)
        }
        return message
      }
      document.campaigns[index] = campaign
      return true
    },
  ]

  /// An operator that moves the mechanics' `starts` or `ends` by whole days while the terms keep the
  /// published period.
  private static func shiftedBoundary(name: String, key: String, days: Int, story: String)
    -> MutationOperator
  {
    MutationOperator(
      name: name, mistake: .window, story: story,
      acceptableKinds: [.termsDrift, .rejectedEligible]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign["terms"] != nil, let moment = campaign[key]?.string,
        let moved = LocalTime.shifted(moment, days: days, zone: campaign.zone)
      else { return false }
      campaign.stateTermsPeriod()
      campaign[key] = .string(moved)
      document.campaigns[index] = campaign
      return true
    }
  }
}
