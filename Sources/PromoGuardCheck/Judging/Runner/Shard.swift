/// One part of a run split across CI runners: `--shard i/n`.
///
/// Campaigns are sorted by file, then id; campaign *k* (from 0) belongs to shard (*k* mod *n*) + 1, so the *n*
/// shards together check every campaign exactly once.
package struct Shard: Sendable, Hashable, CustomStringConvertible {
  /// Which shard, from 1.
  package var index: Int
  /// How many shards.
  package var count: Int

  /// Creates a shard; `nil` unless 1 ≤ `index` ≤ `count`.
  ///
  /// - Parameters:
  ///   - index: Which shard, from 1.
  ///   - count: How many shards.
  package init?(index: Int, count: Int) {
    guard count >= 1, index >= 1, index <= count else { return nil }
    self.index = index
    self.count = count
  }

  /// Reads `i/n`, such as `2/4`; `nil` when the text is not of that form or `i` is not in 1...n.
  ///
  /// - Parameter text: The text.
  package init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
    self.init(index: index, count: count)
  }

  /// Whether the campaign at `position` (from 0, in the sorted order) belongs to this shard.
  ///
  /// - Parameter position: The campaign's position.
  /// - Returns: `true` when it is this shard's.
  package func contains(position: Int) -> Bool {
    position % count + 1 == index
  }

  /// `i/n`.
  package var description: String { "\(index)/\(count)" }
}
