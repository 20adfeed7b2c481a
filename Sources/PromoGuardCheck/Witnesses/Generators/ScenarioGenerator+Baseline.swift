extension ScenarioGenerator {
  /// What every baseline checkout of a campaign shares: its units, spend, ceiling, shipping and codes.
  struct BaselineParts: Sendable {
    /// Units on the baseline line: the highest unit threshold, at least 1.
    let units: Int64
    /// The lowest maximum spend, if any.
    let ceiling: Int64?
    /// The highest money threshold at or below the ceiling, or 0.
    let spend: Int64
    /// The shipping amount in minor units.
    let shipping: Int64
    /// The codes typed: the promise's code, or none.
    let codes: [String]

    /// Works them out from the profile.
    init(_ profile: CampaignProfile) {
      units = max(1, profile.quantityThresholds.max() ?? 1)
      let ceiling = profile.maximumSpends.min()
      self.ceiling = ceiling
      spend = profile.moneyThresholds.filter { $0 <= (ceiling ?? .max) }.max() ?? 0
      shipping = profile.shippingAmounts.count > 1 ? profile.shippingAmounts[1] : 0
      codes = profile.baselineCode.map { [$0] } ?? []
    }
  }
}
