/// A campaign prepared for evaluation: immutable and shared by every thread.
final class CompiledCampaign: Sendable {
  /// The campaign's id.
  let id: String
  /// The name customers see.
  let name: String
  /// The mechanics.
  let rules: Rules
  /// Position in application order: priority descending, then id ascending.
  let rank: Int
  /// Where the campaign's file wrote it: the index of its file in the set and its index in that file.
  let source: (file: Int, campaign: Int)
  /// The names of the gift's SKUs, from the campaign file's catalog, for messages.
  let giftNames: [String: String]

  init(
    id: String, name: String, rules: Rules, rank: Int, source: (file: Int, campaign: Int),
    giftNames: [String: String] = [:]
  ) {
    self.id = id
    self.name = name
    self.rules = rules
    self.rank = rank
    self.source = source
    self.giftNames = giftNames
  }
}
