/// Loads campaign files and checks what no single file can: unique ids, codes that would collide at
/// checkout, and links that would enter two different codes.
package enum CampaignLoader {
  /// The most campaigns loaded at once.
  package static let maximumCampaigns = 1_000_000
  /// The most codes loaded at once, across all campaigns.
  package static let maximumCodes = 10_000_000

  /// Decodes every source and checks them together.
  ///
  /// - Parameter sources: The files' bytes, in the order to report them.
  /// - Returns: The decoded files, in the same order.
  /// - Throws: `LoadError` with every problem in every file.
  package static func load(_ sources: [CampaignSource]) throws(LoadError) -> [CampaignFile] {
    var files = [CampaignFile]()
    var diagnostics = [Diagnostic]()
    for source in sources {
      switch CampaignFileDecoder.decode(source.bytes, path: source.path) {
      case .success(let file): files.append(file)
      case .failure(let error): diagnostics += error.diagnostics
      }
    }
    diagnostics += crossFileProblems(files)
    guard diagnostics.isEmpty else { throw LoadError(diagnostics: diagnostics) }
    return files
  }

  /// The problems between campaigns: repeated ids, colliding codes, conflicting links, size limits.
  ///
  /// - Parameter files: Decoded files.
  /// - Returns: The diagnostics, empty when the files go together.
  package static func crossFileProblems(_ files: [CampaignFile]) -> [Diagnostic] {
    var diagnostics = [Diagnostic]()
    func report(_ location: FileLocation, _ path: String, _ message: String) {
      diagnostics.append(
        Diagnostic(
          file: location.file, line: location.line, column: location.column, path: path,
          message: message))
    }
    let campaignCount = files.reduce(0) { $0 + $1.campaigns.count }
    let codeCount = files.reduce(0) { sum, file in
      file.campaigns.reduce(sum) { $0 + $1.mechanics.activation.codes.count }
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
    var codes = [String: [CodeOwner]]()
    var links = [String: (code: String?, location: FileLocation)]()
    for file in files {
      for (index, campaign) in file.campaigns.enumerated() {
        let path = "campaigns[\(index)]"
        if let first = ids[campaign.id] {
          report(
            campaign.fieldLocations["id"] ?? campaign.location, "\(path).id",
            "the campaign id \"\(campaign.id)\" is already used at \(first) — campaign ids must be "
              + "unique across all files")
        } else {
          ids[campaign.id] = campaign.location
        }
        let matching = campaign.mechanics.codeMatching
        for code in campaign.mechanics.activation.codes {
          let owner = CodeOwner(
            campaignID: campaign.id, code: code, matching: matching,
            location: campaign.fieldLocations["activation"] ?? campaign.location)
          let key = CodeKey.relaxed(code)
          if let clash = codes[key]?.first(where: {
            $0.campaignID != campaign.id && $0.collides(with: owner)
          }) {
            report(
              owner.location, "\(path).activation.codes",
              "the code \"\(code)\" collides with \"\(clash.code)\" of campaign "
                + "\"\(clash.campaignID)\" (\(clash.location)): checkout could not tell them "
                + "apart\(ignoredNote(owner, clash)) — change one of them")
          }
          codes[key, default: []].append(owner)
        }
        for message in campaign.messages {
          guard let link = message.link else { continue }
          if let first = links[link.url], first.code != link.appliesCode {
            report(
              message.location, "\(path).messages",
              "the link \"\(link.url)\" enters \(describe(link.appliesCode)) here but "
                + "\(describe(first.code)) at \(first.location) — a link can enter only one code; "
                + "give the messages different links")
          } else if links[link.url] == nil {
            links[link.url] = (link.appliesCode, message.location)
          }
        }
      }
    }
    return diagnostics
  }

  private static func ignoredNote(_ one: CodeOwner, _ other: CodeOwner) -> String {
    one.matching == .relaxed || other.matching == .relaxed
      ? " (case, spaces, dashes and underscores are ignored)" : ""
  }

  private static func describe(_ code: String?) -> String {
    code.map { "the code \"\($0)\"" } ?? "no code"
  }

  /// A code and the campaign it belongs to, for collision checks.
  private struct CodeOwner {
    var campaignID: String
    var code: String
    var matching: CodeMatching
    var location: FileLocation

    /// Two codes collide when one string typed at checkout would match both: always when their relaxed keys
    /// agree and either is relaxed, and for two exact codes when they are equal.
    func collides(with other: CodeOwner) -> Bool {
      if matching == .relaxed || other.matching == .relaxed { return true }
      return CodeKey.exact(code) == CodeKey.exact(other.code)
    }
  }
}
