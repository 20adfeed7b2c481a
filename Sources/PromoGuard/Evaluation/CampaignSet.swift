/// Loaded campaigns, compiled into an immutable index that any number of threads can evaluate against.
///
/// Codes are hashed after normalisation and automatic campaigns are kept in application order, so an evaluation
/// looks up only the campaigns its codes name plus the automatic ones: it never scans every campaign.
///
/// ```swift
/// let campaigns = try CampaignSet(sources: [CampaignSource(path: "sept.json", bytes: bytes)])
/// let quote = try campaigns.evaluate(checkout)
/// for code in quote.codes { print(code.status, code.message) }
/// ```
public struct CampaignSet: Sendable {
  /// The decoded files, in load order.
  package let files: [CampaignFile]
  /// Every campaign, in load order.
  let campaigns: [CompiledCampaign]
  /// Codes of campaigns with exact matching, by `CodeKey.exact`.
  let exactCodes: [String: CodeEntry]
  /// Codes of campaigns with relaxed matching, by `CodeKey.relaxed`.
  let relaxedCodes: [String: CodeEntry]
  /// Automatic campaigns, in application order (priority descending, then id), indexed by currency, window,
  /// channel and audience.
  let automaticIndex: AutomaticIndex
  /// The code each message link enters, by URL.
  let links: [String: String]
  /// Campaigns by id.
  let byID: [String: CompiledCampaign]
  /// The campaigns whose codes are in a pool.
  let pools: PoolIndex

  /// A code and the campaign it belongs to.
  struct CodeEntry: Sendable {
    /// The campaign.
    let campaign: CompiledCampaign
    /// The code as the campaign (or its pool file) writes it.
    let code: String
    /// For a pool code: its pool's place in ``CampaignSet/pools`` and its index in the pool.
    var pool: (entry: Int, index: Int)? = nil
  }

  /// Loads and compiles campaign files.
  ///
  /// - Parameter sources: The files' bytes and paths.
  /// - Throws: `LoadError` listing every problem in every file.
  /// - Complexity: O(*n*) in the total size of the files.
  public init(sources: [CampaignSource]) throws(LoadError) {
    try self.init(files: try CampaignLoader.load(sources))
  }

  /// Compiles decoded files, checking what no single file can (unique ids, colliding codes, links).
  ///
  /// - Parameter files: Decoded campaign files.
  /// - Throws: `LoadError` when the files do not go together.
  package init(files: [CampaignFile]) throws(LoadError) {
    let problems = CampaignLoader.crossFileProblems(files)
    guard problems.isEmpty else { throw LoadError(diagnostics: problems) }
    self.init(checkedFiles: files)
  }

  private init(checkedFiles files: [CampaignFile]) {
    let all = files.flatMap(\.campaigns)
    let order = all.indices.sorted { a, b in
      let (left, right) = (all[a], all[b])
      if left.mechanics.stacking.priority != right.mechanics.stacking.priority {
        return left.mechanics.stacking.priority > right.mechanics.stacking.priority
      }
      return left.id < right.id
    }
    var ranks = [Int](repeating: 0, count: all.count)
    for (rank, index) in order.enumerated() { ranks[index] = rank }
    var sources = [(file: Int, campaign: Int)]()
    sources.reserveCapacity(all.count)
    for (file, contents) in files.enumerated() {
      for campaign in contents.campaigns.indices { sources.append((file, campaign)) }
    }
    let productNames = Self.productNames(files)
    // Equal targets get one number, so an evaluation matches each distinct target's lines once.
    var targetNumbers = [Target: Int]()
    let compiled = all.indices.map { index in
      let target = all[index].mechanics.target
      let targetNumber = targetNumbers[target] ?? targetNumbers.count
      if targetNumber == targetNumbers.count { targetNumbers[target] = targetNumber }
      return CompiledCampaign(
        id: all[index].id, name: all[index].name, rules: all[index].sharedMechanics,
        rank: ranks[index],
        source: sources[index],
        giftNames: Self.giftNames(all[index].mechanics.benefit, productNames),
        targetNumber: targetNumber)
    }
    var exact = [String: CodeEntry]()
    var relaxed = [String: CodeEntry]()
    var links = [String: String]()
    var byID = [String: CompiledCampaign](minimumCapacity: compiled.count)
    for (campaign, source) in zip(compiled, all) {
      byID[campaign.id] = campaign
      for code in campaign.rules.activation.codes {
        switch campaign.rules.codeMatching {
        case .exact: exact[CodeKey.exact(code)] = CodeEntry(campaign: campaign, code: code)
        case .relaxed: relaxed[CodeKey.relaxed(code)] = CodeEntry(campaign: campaign, code: code)
        }
      }
      for message in source.messages {
        if let link = message.link, let code = link.appliesCode { links[link.url] = code }
      }
    }
    self.files = files
    self.campaigns = compiled
    self.exactCodes = exact
    self.relaxedCodes = relaxed
    self.automaticIndex = AutomaticIndex(
      order.map { compiled[$0] }.filter { $0.rules.activation == .automatic })
    self.links = links
    self.byID = byID
    self.pools = PoolIndex(zip(compiled, all).map { ($0, $1) })
  }

  /// The campaign a code typed at checkout belongs to, if any.
  ///
  /// - Parameter code: The code as typed.
  /// - Returns: The campaign and its code as written, or `nil` for an unknown code.
  /// - Complexity: O(1) expected; with pools, O(*p*) for *p* pool campaigns, whatever their sizes.
  func lookUp(_ code: String) -> CodeEntry? {
    if !exactCodes.isEmpty, let entry = exactCodes[CodeKey.exact(code)] { return entry }
    if let entry = relaxedCodes[CodeKey.relaxed(code)] { return entry }
    guard !pools.isEmpty, let found = pools.lookUp(code) else { return nil }
    let entry = pools.entries[found.entry]
    return CodeEntry(
      campaign: entry.campaign, code: entry.pool.code(at: found.index), pool: found)
  }

  /// The ids of the loaded campaigns, in load order.
  public var campaignIDs: [String] { campaigns.map(\.id) }
}
