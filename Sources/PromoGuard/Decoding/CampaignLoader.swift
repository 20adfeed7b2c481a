/// Loads campaign files and checks what no single file can: unique ids, codes that would collide at
/// checkout, and links that would enter two different codes.
package enum CampaignLoader {
  /// The most campaigns loaded at once.
  package static let maximumCampaigns = 1_000_000
  /// The most codes loaded at once, across all campaigns.
  package static let maximumCodes = 10_000_000
  /// The most pool codes loaded at once, across all pools (counted apart from ``maximumCodes``).
  package static let maximumPoolCodes = 20_000_000

  /// Decodes every source and checks them together.
  ///
  /// - Parameter sources: The files' bytes, in the order to report them.
  /// - Returns: The decoded files, in the same order.
  /// - Throws: `LoadError` with every problem in every file.
  package static func load(_ sources: [CampaignSource]) throws(LoadError) -> [CampaignFile] {
    var files = [CampaignFile]()
    var diagnostics = [Diagnostic]()
    for source in sources {
      switch CampaignFileDecoder.decode(
        source.bytes, path: source.path, companions: source.companions)
      {
      case .success(let file): files.append(file)
      case .failure(let error): diagnostics += error.diagnostics
      }
    }
    diagnostics += crossFileProblems(files)
    guard diagnostics.isEmpty else { throw LoadError(diagnostics: diagnostics) }
    return files
  }

  /// The most problems between campaigns reported; the rest are counted in one last line, as
  /// ``DecodingContext`` does for the problems of one file.
  package static let maximumCrossFileDiagnostics = 200

  /// The problems between campaigns: repeated ids, colliding codes, conflicting links, size limits.
  ///
  /// At most ``maximumCrossFileDiagnostics`` are listed, then one line counting the others.
  ///
  /// - Parameter files: Decoded files.
  /// - Returns: The diagnostics, empty when the files go together.
  /// - Complexity: O(*n*) expected for *n* campaigns, codes and links, however many share a code.
  package static func crossFileProblems(_ files: [CampaignFile]) -> [Diagnostic] {
    var diagnostics = [Diagnostic]()
    var dropped = 0
    func report(_ location: FileLocation, _ path: String, _ message: @autoclosure () -> String) {
      guard diagnostics.count < maximumCrossFileDiagnostics else {
        dropped += 1
        return
      }
      diagnostics.append(
        Diagnostic(
          file: location.file, line: location.line, column: location.column, path: path,
          message: message()))
    }
    let campaignCount = files.reduce(0) { $0 + $1.campaigns.count }
    let codeCount = files.reduce(0) { sum, file in
      file.campaigns.reduce(sum) { $0 + $1.mechanics.activation.codes.count }
    }
    let poolCodeCount = files.reduce(0) { sum, file in
      file.campaigns.reduce(sum) { $0 + ($1.mechanics.activation.pool?.count ?? 0) }
    }
    if poolCodeCount > maximumPoolCodes {
      let location =
        files.first?.campaigns.first?.location
        ?? FileLocation(file: files.first?.path ?? "", line: 1, column: 1)
      report(
        location, "",
        "too many pool codes to load at once: \(poolCodeCount); the most accepted are \(maximumPoolCodes) "
          + "across all pools — load fewer campaigns at once")
      return diagnostics
    }
    if campaignCount > maximumCampaigns || codeCount > maximumCodes {
      let location =
        files.first?.campaigns.first?.location
        ?? FileLocation(
          file: files.first?.path ?? "", line: 1, column: 1)
      report(
        location, "",
        "too much to load at once: \(campaignCount) campaigns and \(codeCount) codes; the most "
          + "accepted are \(maximumCampaigns) campaigns and \(maximumCodes) codes")
      return diagnostics
    }

    var ids = [String: FileLocation]()
    var codes = [String: CodeOwners]()
    var sequence = 0
    var links = [String: (code: String?, location: FileLocation)]()
    for file in files {
      for (index, campaign) in file.campaigns.enumerated() {
        let path = "campaigns[\(index)]"
        if let first = ids[campaign.id] {
          report(
            campaign.fieldLocations["id"] ?? campaign.location, "\(path).id",
            "the campaign id \(FoundValue.quoted(campaign.id)) is already used at \(first) — campaign ids must be "
              + "unique across all files")
        } else {
          ids[campaign.id] = campaign.location
        }
        let matching = campaign.mechanics.codeMatching
        for code in campaign.mechanics.activation.codes {
          let owner = CodeOwner(
            campaignID: campaign.id, code: code, matching: matching,
            location: campaign.fieldLocations["activation"] ?? campaign.location,
            sequence: sequence)
          sequence += 1
          let key = CodeKey.relaxed(code)
          if let clash = codes[key]?.firstClash(with: owner) {
            report(
              owner.location, "\(path).activation.codes",
              "the code \(FoundValue.quoted(code)) collides with \(FoundValue.quoted(clash.code)) of campaign "
                + "\(FoundValue.quoted(clash.campaignID)) (\(clash.location)): checkout could not tell them "
                + "apart\(ignoredNote(owner, clash)) — change one of them")
          }
          codes[key, default: CodeOwners()].add(owner)
        }
        for message in campaign.messages {
          guard let link = message.link else { continue }
          if let first = links[link.url], first.code != link.appliesCode {
            report(
              message.location, "\(path).messages",
              "the link \(FoundValue.quoted(link.url)) enters \(describe(link.appliesCode)) here but "
                + "\(describe(first.code)) at \(first.location) — a link can enter only one code; "
                + "give the messages different links")
          } else if links[link.url] == nil {
            links[link.url] = (link.appliesCode, message.location)
          }
        }
      }
    }
    poolCollisions(files, codes: codes, report: report)
    if dropped > 0, let last = diagnostics.last {
      diagnostics.append(
        Diagnostic(
          file: last.file, line: last.line, column: last.column, path: "",
          message: "and \(dropped) more problems between campaigns not shown — fix the ones above "
            + "and run again"))
    }
    return diagnostics
  }

  /// Reports pool codes that collide with another campaign's codes or with another pool's codes.
  ///
  /// - Complexity: O(*n*) expected for *n* pool codes, however many pools: each code is looked up once in the
  ///   ordinary codes and once in the table of every pool's codes (``PoolCodeClashes``).
  private static func poolCollisions(
    _ files: [CampaignFile], codes: [String: CodeOwners],
    report: (FileLocation, String, @autoclosure () -> String) -> Void
  ) {
    var pools = [(campaignID: String, path: String, pool: CodePool)]()
    for file in files {
      for (index, campaign) in file.campaigns.enumerated() {
        if let pool = campaign.mechanics.activation.pool {
          pools.append((campaign.id, "campaigns[\(index)].activation.pool", pool))
        }
      }
    }
    for entry in pools where !codes.isEmpty {
      let pool = entry.pool
      for index in 0..<pool.count {
        let code = pool.code(at: index)
        let owner = CodeOwner(
          campaignID: entry.campaignID, code: code, matching: pool.matching,
          location: pool.location(at: index), sequence: Int.max)
        if let clash = codes[CodeKey.relaxed(code)]?.firstClash(with: owner) {
          report(
            owner.location, entry.path,
            "the pool code \(FoundValue.quoted(code)) of campaign \(FoundValue.quoted(entry.campaignID)) "
              + "collides with \(FoundValue.quoted(clash.code)) of campaign \(FoundValue.quoted(clash.campaignID)) "
              + "(\(clash.location)): checkout could not tell them apart\(ignoredNote(owner, clash)) — change one "
              + "of them")
        }
      }
    }
    // Pool against pool: one pass over every pool code, however many pools. A campaign id seen twice is
    // already an error; its second pool is not compared again.
    var seen = Set<String>()
    pools = pools.filter { seen.insert($0.campaignID).inserted }
    PoolCodeClashes.find(in: pools.map(\.pool)) { later, earlier in
      let (entry, first) = (pools[later.pool], pools[earlier.pool])
      let relaxed = entry.pool.matching == .relaxed || first.pool.matching == .relaxed
      report(
        entry.pool.location(at: later.index), entry.path,
        "the pool code \(FoundValue.quoted(entry.pool.code(at: later.index))) of campaign "
          + "\(FoundValue.quoted(entry.campaignID)) collides with "
          + "\(FoundValue.quoted(first.pool.code(at: earlier.index))) of campaign "
          + "\(FoundValue.quoted(first.campaignID)) (\(first.pool.location(at: earlier.index))): checkout "
          + "could not tell them apart\(relaxed ? " (case, spaces, dashes and underscores are ignored)" : "") "
          + "— change one of them")
    }
  }

  private static func ignoredNote(_ one: CodeOwner, _ other: CodeOwner) -> String {
    one.matching == .relaxed || other.matching == .relaxed
      ? " (case, spaces, dashes and underscores are ignored)" : ""
  }

  private static func describe(_ code: String?) -> String {
    code.map { "the code \(FoundValue.quoted($0))" } ?? "no code"
  }

  /// A code and the campaign it belongs to, for collision checks.
  private struct CodeOwner {
    var campaignID: String
    var code: String
    var matching: CodeMatching
    var location: FileLocation
    /// The order in which the code was loaded.
    var sequence: Int
  }

  /// The owners of one relaxed code key that a later code can clash with, kept in O(1) space per exact key.
  ///
  /// Two codes collide when one string typed at checkout would match both: always when their relaxed keys
  /// agree and either is relaxed, and for two exact codes when they are equal. For each way of colliding
  /// this keeps the first owner of each of the first two campaigns, so one of them is the earliest owner
  /// from any campaign but a given one.
  private struct CodeOwners {
    /// The first owners of any matching.
    var any: [CodeOwner] = []
    /// The first owners with relaxed matching.
    var relaxed: [CodeOwner] = []
    /// The first owners with exact matching, by exact key.
    var exact: [String: [CodeOwner]] = [:]

    /// Records `owner`.
    mutating func add(_ owner: CodeOwner) {
      Self.keep(owner, in: &any)
      if owner.matching == .relaxed {
        Self.keep(owner, in: &relaxed)
      } else {
        Self.keep(owner, in: &exact[CodeKey.exact(owner.code), default: []])
      }
    }

    /// The earliest owner of another campaign whose code collides with `owner`'s, as a scan of every
    /// owner in load order would find it.
    func firstClash(with owner: CodeOwner) -> CodeOwner? {
      let isOther = { (candidate: CodeOwner) in candidate.campaignID != owner.campaignID }
      if owner.matching == .relaxed { return any.first(where: isOther) }
      let candidates = [
        relaxed.first(where: isOther), exact[CodeKey.exact(owner.code)]?.first(where: isOther),
      ]
      return candidates.compactMap { $0 }.min { $0.sequence < $1.sequence }
    }

    /// Appends `owner` when `owners` has fewer than two and none of its campaign.
    private static func keep(_ owner: CodeOwner, in owners: inout [CodeOwner]) {
      guard owners.count < 2, !owners.contains(where: { $0.campaignID == owner.campaignID }) else {
        return
      }
      owners.append(owner)
    }
  }
}
