import PromoGuard

/// What a ``PromiseOracle`` works out once from its campaign: the promise's rules, the codes and links that
/// present it, its pool, and (for a campaign with terms and no pool) the oracle of its mechanics alone.
///
/// Shared by reference: copying an oracle (the file's context hands one to every judge and every combination
/// scenario) costs one retain instead of one per field of the campaign and its rules.
final class PromiseOracleStorage: Sendable {
  /// The campaign.
  let campaign: Campaign
  /// What it promises.
  let rules: Rules
  /// The relaxed forms of the codes that present it (the promise's and its messages'), when matching is relaxed.
  let relaxedCodes: Set<String>
  /// The exact forms of the codes that present it, when the promise's matching is exact.
  let exactCodes: Set<String>
  /// The messages' link URLs.
  let linkURLs: Set<String>
  /// The promise's pool, when it has one (issue 10).
  let pool: PoolOracle?
  /// Whether the promise is automatic (presented without a code).
  let isAutomatic: Bool
  /// The SKUs of the promised gift: never target units.
  let giftSKUs: Set<String>
  /// The storage of the oracle of the mechanics alone, when the campaign has terms and neither the terms nor
  /// the mechanics have a pool (a pool's oracle is built only when asked for: it holds every code of the pool).
  let mechanicsOnly: PromiseOracleStorage?

  /// Prepares the oracle of `campaign`.
  ///
  /// - Parameters:
  ///   - campaign: The campaign whose promise to judge by.
  ///   - withMechanicsOracle: Whether to prepare the oracle of its mechanics alone too.
  init(campaign: Campaign, withMechanicsOracle: Bool) {
    self.campaign = campaign
    let promise = campaign.promise
    rules = promise.rules
    var relaxed = Set<String>()
    var exact = Set<String>()
    for code in promise.rules.activation.codes {
      if promise.rules.codeMatching == .exact {
        exact.insert(PromiseCode.exact(code))
      } else {
        relaxed.insert(PromiseCode.relaxed(code))
      }
    }
    // A message's code is typed as the message shows it, and matched as the promise matches its own codes.
    for message in campaign.messages {
      guard let code = message.code else { continue }
      if promise.rules.codeMatching == .exact {
        exact.insert(PromiseCode.exact(code))
      } else {
        relaxed.insert(PromiseCode.relaxed(code))
      }
    }
    relaxed.remove("")
    exact.remove("")
    relaxedCodes = relaxed
    exactCodes = exact
    let pool = PoolOracle(campaign: campaign)
    self.pool = pool
    linkURLs = Set(
      campaign.messages.compactMap { $0.link.map { PromiseCode.exact($0.url) } }.filter {
        !$0.isEmpty
      })
    if case .automatic = promise.rules.activation {
      isAutomatic = true
    } else {
      isAutomatic = false
    }
    giftSKUs = Set(PromiseAmount.giftOf(promise.rules.benefit)?.skus ?? [])
    if withMechanicsOracle, campaign.terms != nil, pool == nil,
      campaign.mechanics.activation.pool == nil
    {
      var mechanicsOnly = campaign
      mechanicsOnly.terms = nil
      self.mechanicsOnly = PromiseOracleStorage(campaign: mechanicsOnly, withMechanicsOracle: false)
    } else {
      mechanicsOnly = nil
    }
  }
}
