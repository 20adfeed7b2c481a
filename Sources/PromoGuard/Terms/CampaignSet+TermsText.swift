extension CampaignSet {
  /// The terms and conditions of one campaign in plain English, ready to paste into an email footer.
  ///
  /// Generated from the campaign's promise (its `terms`, or its mechanics when it has none): a title line, then
  /// one line per clause starting with "- " (the benefit, what it applies to, conditions, who may use it,
  /// channels, the period with dates, times and time zone, limits, combinability, how to redeem).
  ///
  /// ```swift
  /// let text = campaigns.termsText(campaignID: "sept-20")
  /// // "20% off your entire order\n- 20% off your order.\n..."
  /// ```
  ///
  /// - Parameter campaignID: The campaign's id.
  /// - Returns: The text without a trailing newline, or `nil` when no campaign has this id.
  public func termsText(campaignID: String) -> String? {
    located(id: campaignID).map { TermsText(campaign: $0.campaign, catalog: $0.file.catalog).text }
  }
}
