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
  /// The codes the campaigns write, by their key under each campaign's `codeMatching`.
  let codes: CodeIndex
  /// Automatic campaigns, in application order (priority descending, then id), indexed by currency, window,
  /// channel and audience.
  let automaticIndex: AutomaticIndex
  /// The code each message link enters, by URL.
  let links: [String: String]
  /// Campaigns by id.
  let byID: CampaignsByID
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
    // `load` has checked the files together already: they are compiled without checking them again.
    self.init(checkedFiles: Self.trimmed(try CampaignLoader.load(sources)))
  }

  /// The files with their campaign arrays reallocated to their counts: a decoded file's array grew by
  /// doubling and keeps up to half its capacity unused, for as long as the set lives.
  ///
  /// Only for files the set alone holds (those `init(sources:)` decodes): each array is then freed as soon as
  /// its copy is made.
  private static func trimmed(_ files: consuming [CampaignFile]) -> [CampaignFile] {
    for index in files.indices {
      files[index].campaigns = files[index].campaigns.withExactCapacity()
    }
    return files
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
    // The campaigns are read in place in their files: no second array of every `Campaign` is built.
    var sources = [(file: Int, campaign: Int)]()
    sources.reserveCapacity(files.reduce(0) { $0 + $1.campaigns.count })
    for (file, contents) in files.enumerated() {
      for campaign in contents.campaigns.indices { sources.append((file, campaign)) }
    }
    func campaign(_ index: Int) -> Campaign {
      files[sources[index].file].campaigns[sources[index].campaign]
    }
    // The sort keys, read once: comparing through `campaign(_:)` would copy two campaigns per comparison.
    let priorities = sources.indices.map { campaign($0).sharedMechanics.rules.stacking.priority }
    let ids = sources.indices.map { campaign($0).id }
    let order = sources.indices.sorted { a, b in
      if priorities[a] != priorities[b] { return priorities[a] > priorities[b] }
      return ids[a] < ids[b]
    }
    var ranks = [Int](repeating: 0, count: sources.count)
    for (rank, index) in order.enumerated() { ranks[index] = rank }
    let productNames = Self.productNames(files)
    // Equal targets get one number, so an evaluation matches each distinct target's lines once.
    var targetNumbers = [Target: Int]()
    var compiled = [CompiledCampaign]()
    compiled.reserveCapacity(sources.count)
    var links = [String: String]()
    var poolCampaigns = [(compiled: CompiledCampaign, source: Campaign)]()
    for index in sources.indices {
      let source = campaign(index)
      let rules = source.sharedMechanics
      let target = rules.rules.target
      let targetNumber = targetNumbers[target] ?? targetNumbers.count
      if targetNumber == targetNumbers.count { targetNumbers[target] = targetNumber }
      let campaign = CompiledCampaign(
        id: source.id, name: source.name, rules: rules, rank: ranks[index],
        source: sources[index],
        giftNames: Self.giftNames(rules.rules.benefit, productNames),
        targetNumber: targetNumber)
      compiled.append(campaign)
      for message in source.messages {
        if let link = message.link, let code = link.appliesCode { links[link.url] = code }
      }
      if rules.rules.activation.pool != nil { poolCampaigns.append((campaign, source)) }
    }
    self.files = files
    self.campaigns = compiled
    self.codes = CodeIndex(compiled)
    self.automaticIndex = AutomaticIndex(
      order.map { compiled[$0] }.filter { $0.rules.activation == .automatic })
    self.links = links
    self.byID = CampaignsByID(compiled)
    self.pools = PoolIndex(poolCampaigns)
  }

  /// The campaign a code typed at checkout belongs to, if any.
  ///
  /// - Parameter code: The code as typed.
  /// - Returns: The campaign and its code as written, or `nil` for an unknown code.
  /// - Complexity: O(1) expected; with pools, O(*p*) for *p* pool campaigns, whatever their sizes.
  func lookUp(_ code: String) -> CodeEntry? {
    if let found = codes.find(code) {
      let campaign = campaigns[found.campaign]
      return CodeEntry(campaign: campaign, code: campaign.rules.activation.codes[found.position])
    }
    guard !pools.isEmpty, let found = pools.lookUp(code) else { return nil }
    let entry = pools.entries[found.entry]
    return CodeEntry(
      campaign: entry.campaign, code: entry.pool.code(at: found.index), pool: found)
  }

  /// The ids of the loaded campaigns, in load order.
  public var campaignIDs: [String] { campaigns.map(\.id) }
}
