/// The compiled campaigns of a ``CampaignSet`` by id.
///
/// A ``SlotTable`` of the campaigns' indices (4 bytes a slot, 1.5 to 3 slots a campaign) rather than a
/// dictionary keyed by `String` (16 bytes of key and 8 of value in each of 1.3 to 2.7 buckets a campaign); the
/// ids themselves are the campaigns' own.
struct CampaignsByID: Sendable {
  /// The campaigns, in load order (the set's array, shared).
  private let campaigns: [CompiledCampaign]
  /// Their indices, by the hash of their ids.
  private let table: SlotTable

  /// Indexes `campaigns` by id; of two campaigns with one id (which a checked set never has), the later is
  /// found.
  ///
  /// - Parameter campaigns: The campaigns, in load order.
  /// - Complexity: O(*n*) expected.
  init(_ campaigns: [CompiledCampaign]) {
    var table = SlotTable(capacityFor: campaigns.count)
    for (index, campaign) in campaigns.enumerated() {
      table.insert(index, hash: Self.hash(campaign.id)) { campaigns[$0].id == campaign.id }
    }
    self.campaigns = campaigns
    self.table = table
  }

  /// The campaign with `id`, if one is loaded.
  ///
  /// - Complexity: O(1) expected.
  subscript(id: String) -> CompiledCampaign? {
    table.first(hash: Self.hash(id)) { campaigns[$0].id == id }.map { campaigns[$0] }
  }

  /// The resident bytes of the index (the campaigns are counted where they are kept).
  var residentBytes: Int { table.residentBytes }

  /// The hash of an id (seeded per process).
  private static func hash(_ id: String) -> Int {
    var hasher = Hasher()
    hasher.combine(id)
    return hasher.finalize()
  }
}
