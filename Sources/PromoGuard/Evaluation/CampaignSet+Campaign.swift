extension CampaignSet {
  /// The campaign with `id` as its file wrote it (mechanics, promise and messages).
  ///
  /// - Parameter id: The campaign's id.
  /// - Returns: The campaign, or `nil` when no loaded campaign has this id.
  /// - Complexity: O(*n*) in the number of campaigns loaded; for reports and near misses, not per line.
  package func campaign(id: String) -> Campaign? {
    for file in files {
      for campaign in file.campaigns where campaign.id == id { return campaign }
    }
    return nil
  }
}
