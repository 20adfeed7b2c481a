package import PromoGuard

/// One campaign file as the harness and the witness search share it: its campaigns and one promise oracle per
/// campaign, built once and shared by reference, so memory stays linear in the campaigns of the file.
///
/// Every `CampaignProfile` of the file refers to its partners by index into this context instead of holding
/// copies of them, and every `ScenarioJudge` reads the partners' oracles from here instead of building its own.
///
/// ```swift
/// let context = CampaignFileContext(file: file)
/// let profile = CampaignProfile(campaign: file.campaigns[0], file: file, context: context, position: 0)
/// ```
package final class CampaignFileContext: Sendable {
  /// The file's path.
  package let path: String
  /// The file's catalog, if it has one.
  package let catalog: Catalog?
  /// The SKUs of the catalog, when the file has one: with a catalog, witnesses hold catalog products only.
  package let catalogSKUs: Set<String>?
  /// The campaigns of the file, in file order.
  package let campaigns: [Campaign]
  /// `oracles[i]` is the promise oracle of `campaigns[i]`.
  package let oracles: [PromiseOracle]
  /// `codes[i]` is the code a combination scenario types for `campaigns[i]` (its first mechanics code), or
  /// `nil` for an automatic campaign, which needs none.
  package let codes: [String?]
  /// The index of each campaign id in `campaigns`.
  let positions: [String: Int]
  /// The ids of the first two exclusive campaigns (`stacking.exclusive`) with different ids, in file order:
  /// enough to say in constant time whether a campaign has an exclusive partner.
  let exclusiveIDs: [String]

  /// Builds the context of a file: one oracle per campaign.
  ///
  /// - Parameter file: The decoded file.
  /// - Complexity: O(*n*) for *n* campaigns.
  package init(file: CampaignFile) {
    path = file.path
    catalog = file.catalog
    catalogSKUs = file.catalog.map { Set($0.products.map(\.sku)) }
    campaigns = file.campaigns
    oracles = file.campaigns.map { PromiseOracle(campaign: $0) }
    codes = file.campaigns.map { $0.mechanics.activation.codes.first }
    positions = Dictionary(
      file.campaigns.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    var exclusive = [String]()
    for campaign in file.campaigns
    where campaign.mechanics.stacking.exclusive && !exclusive.contains(campaign.id) {
      exclusive.append(campaign.id)
      if exclusive.count == 2 { break }
    }
    exclusiveIDs = exclusive
  }

  /// Whether the file has an exclusive campaign (`stacking.exclusive`) whose id is not `id`.
  ///
  /// - Parameter id: A campaign id.
  /// - Returns: Whether such a partner exists.
  /// - Complexity: O(1).
  package func hasExclusiveCampaign(otherThan id: String) -> Bool {
    exclusiveIDs.contains { $0 != id }
  }

  /// The index of the campaign `id` in `campaigns`, if the file holds it.
  ///
  /// - Parameter id: A campaign id.
  /// - Returns: Its index.
  package func position(of id: String) -> Int? { positions[id] }

  /// The profile of the campaign at `position`, sharing this context.
  ///
  /// - Parameters:
  ///   - position: The campaign's index in `campaigns`.
  ///   - file: The file (its catalog).
  /// - Returns: The profile.
  package func profile(at position: Int, file: CampaignFile) -> CampaignProfile {
    CampaignProfile(campaign: campaigns[position], file: file, context: self, position: position)
  }

  /// One context per file path, built once: what `check` and the bench share between the profiles of a file.
  ///
  /// - Parameter files: The loaded files.
  /// - Returns: The contexts, by file path.
  /// - Complexity: O(*n*) for *n* campaigns in all.
  package static func byPath(_ files: [CampaignFile]) -> [String: CampaignFileContext] {
    var contexts = [String: CampaignFileContext]()
    for file in files where contexts[file.path] == nil {
      contexts[file.path] = CampaignFileContext(file: file)
    }
    return contexts
  }

  /// Whether every line of `checkout` is a catalog product (always, when the file has no catalog).
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: Whether a customer could build this basket from the file's catalog.
  package func holdsCatalogProductsOnly(_ checkout: Checkout) -> Bool {
    guard let catalogSKUs else { return true }
    return checkout.lines.allSatisfy { catalogSKUs.contains($0.sku) }
  }
}
