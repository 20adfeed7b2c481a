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
  let rank: Int
  /// Where the campaign's file wrote it: the index of its file in the set and its index in that file.
  let source: (file: Int, campaign: Int)
  /// The names of the gift's SKUs, from the campaign file's catalog, for messages.
  let giftNames: [String: String]
  /// The number of the campaign's target among the distinct targets of its set: campaigns with equal targets
  /// share it, so one evaluation finds each target's lines once (`TargetCache`).
  let targetNumber: Int

  init(
    id: String, name: String, rules: SharedRules, rank: Int, source: (file: Int, campaign: Int),
    giftNames: [String: String] = [:], targetNumber: Int
  ) {
    self.targetNumber = targetNumber
    self.id = id
    self.name = name
    self.sharedRules = rules
    self.rank = rank
    self.source = source
    self.giftNames = giftNames
  }
}
