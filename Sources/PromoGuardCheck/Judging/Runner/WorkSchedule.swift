/// The order in which a `check` run works through its campaigns' scenarios, so that a time limit cuts random
/// exploration fairly.
///
/// Two phases: first every campaign's boundary scenarios (campaign by campaign, in batches), then the random
/// scenarios, one batch of each campaign in turn (round robin). Work starts in this order, so when time runs
/// out every campaign has had its boundaries before any campaign had random scenarios, and the random ones are
/// shared evenly.
///
/// ```swift
/// WorkSchedule.items(boundaryCounts: [3, 2], scenarios: 10, batchSize: 4)
/// // c0 0..<3 (boundary), c1 0..<2 (boundary), c0 3..<7, c1 2..<6, c0 7..<10, c1 6..<10
/// ```
package enum WorkSchedule {
  /// One batch of one campaign's scenarios.
  package struct Item: Sendable, Hashable {
    /// The campaign's position among those checked.
    package var campaign: Int
    /// The scenario indices.
    package var range: Range<Int>
    /// Whether the batch holds boundary scenarios.
    package var isBoundary: Bool

    /// Creates an item.
    ///
    /// - Parameters:
    ///   - campaign: The campaign's position.
    ///   - range: The scenario indices.
    ///   - isBoundary: Whether they are boundary scenarios.
    package init(campaign: Int, range: Range<Int>, isBoundary: Bool) {
      self.campaign = campaign
      self.range = range
      self.isBoundary = isBoundary
    }
  }

  /// The batches of a run, in the order they start.
  ///
  /// - Parameters:
  ///   - boundaryCounts: Each campaign's number of boundary scenarios.
  ///   - scenarios: Scenarios per campaign asked for.
  ///   - batchSize: The most scenarios in one batch (at least 1).
  /// - Returns: The batches: every boundary batch first, then random batches round robin.
  /// - Complexity: O(campaigns × scenarios / batchSize).
  package static func items(boundaryCounts: [Int], scenarios: Int, batchSize: Int) -> [Item] {
    let size = max(1, batchSize)
    let total = max(0, scenarios)
    var items = [Item]()
    for (campaign, count) in boundaryCounts.enumerated() {
      let end = min(total, max(0, count))
      var start = 0
      while start < end {
        let next = min(end, start + size)
        items.append(Item(campaign: campaign, range: start..<next, isBoundary: true))
        start = next
      }
    }
    var starts = boundaryCounts.map { min(total, max(0, $0)) }
    var added = true
    while added {
      added = false
      for campaign in starts.indices where starts[campaign] < total {
        let next = min(total, starts[campaign] + size)
        items.append(Item(campaign: campaign, range: starts[campaign]..<next, isBoundary: false))
        starts[campaign] = next
        added = true
      }
    }
    return items
  }
}
