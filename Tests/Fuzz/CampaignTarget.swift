/// Fuzz target `campaign`: the bytes as a campaign file.
///
/// Loads them as `promoguard` does; when they load, renders every campaign's terms and quotes every
/// example checkout against them. A crash, a sanitizer report or a timeout is a bug; a `LoadError` or an
/// `EvaluationError` is the expected answer to bad input.
enum CampaignTarget {
  /// Runs one input.
  ///
  /// - Parameter bytes: The input.
  static func run(_ bytes: [UInt8]) {
    guard let set = try? CampaignSet(sources: [CampaignSource(path: "fuzz.json", bytes: bytes)])
    else { return }
    for id in set.campaignIDs {
      _ = set.termsText(campaignID: id)
    }
    for checkout in FuzzFixtures.checkouts {
      _ = try? set.evaluate(checkout)
    }
  }
}
