/// A campaign prepared for evaluation: immutable and shared by every thread.
final class CompiledCampaign: Sendable {
  /// The campaign's id.
  let id: String
  /// The name customers see.
  let name: String
  /// The mechanics, shared with the campaign in its file (one copy in memory).
  let sharedRules: SharedRules
  /// The mechanics, read in place: a plain getter would copy the whole `Rules` (and retain each of its arrays)
  /// on every access on the hot path.
  var rules: Rules {
    _read { yield sharedRules.rules }
  }
  /// Position in application order: priority descending, then id ascending.
  var rank: Int { Int(storedRank) }
  /// Where the campaign's file wrote it: the index of its file in the set and its index in that file.
  var source: (file: Int, campaign: Int) { (Int(sourceFile), Int(sourceCampaign)) }
  /// The names of the gift's SKUs, from the campaign file's catalog, for messages.
  let giftNames: [String: String]
  /// The number of the campaign's target among the distinct targets of its set: campaigns with equal targets
  /// share it, so one evaluation finds each target's lines once (`TargetCache`).
  var targetNumber: Int { Int(storedTargetNumber) }

  // The numbers are held in 32 bits (a set has at most `CampaignLoader.maximumCampaigns` campaigns, and files
  // and distinct targets are fewer): one loaded campaign is 16 bytes smaller.
  /// ``rank``.
  private let storedRank: Int32
  /// ``targetNumber``.
  private let storedTargetNumber: Int32
  /// The file of ``source``.
  private let sourceFile: Int32
  /// The campaign of ``source``.
  private let sourceCampaign: Int32

  init(
    id: String, name: String, rules: SharedRules, rank: Int, source: (file: Int, campaign: Int),
    giftNames: [String: String] = [:], targetNumber: Int
  ) {
    self.id = id
    self.name = name
    self.sharedRules = rules
    self.storedRank = Int32(truncatingIfNeeded: rank)
    self.sourceFile = Int32(truncatingIfNeeded: source.file)
    self.sourceCampaign = Int32(truncatingIfNeeded: source.campaign)
    self.giftNames = giftNames
    self.storedTargetNumber = Int32(truncatingIfNeeded: targetNumber)
  }
}
