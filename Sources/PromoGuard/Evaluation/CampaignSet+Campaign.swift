extension CampaignSet {
  /// The campaign with `id` as its file wrote it (mechanics, promise and messages).
  ///
  /// - Parameter id: The campaign's id.
  /// - Returns: The campaign, or `nil` when no loaded campaign has this id.
  /// - Complexity: O(1): a look-up by id, then the campaign's place in its file.
  package func campaign(id: String) -> Campaign? {
    located(id: id)?.campaign
  }

  /// The campaign with `id` and the file that holds it (for its catalog).
  ///
  /// - Parameter id: The campaign's id.
  /// - Returns: The campaign and its file, or `nil` when no loaded campaign has this id.
  /// - Complexity: O(1): a look-up by id, then the campaign's place in its file.
  package func located(id: String) -> (campaign: Campaign, file: CampaignFile)? {
    guard let compiled = byID[id] else { return nil }
    let file = files[compiled.source.file]
    return (file.campaigns[compiled.source.campaign], file)
  }
}
