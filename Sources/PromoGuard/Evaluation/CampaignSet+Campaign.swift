extension CampaignSet {
  /// The campaign with `id` as its file wrote it (mechanics, promise and messages).
  ///
  /// - Parameter id: The campaign's id.
  /// - Returns: The campaign, or `nil` when no loaded campaign has this id.
  /// - Complexity: O(1): a look-up by id, then the campaign's place in its file.
  package func campaign(id: String) -> Campaign? {
    guard let compiled = byID[id] else { return nil }
    return files[compiled.source.file].campaigns[compiled.source.campaign]
  }
}
