/// How many rows of a recipient list show one ``MappingIssue``, and the first ten of them with what went wrong.
package struct MappingTally: Sendable, Hashable {
  /// One listed row.
  package struct Row: Sendable, Hashable {
    /// The row's index in the list (0-based).
    package var index: Int
    /// What went wrong for this recipient, in a few words (no personal data: the report adds the name).
    package var detail: String
  }

  /// Every row with the issue.
  package private(set) var total = 0
  /// The first rows with the issue, at most ``AffectedRecipients/listLimit``.
  package private(set) var rows = [Row]()

  /// An empty tally.
  package init() {}

  /// Whether the next row recorded is listed (so its detail is worth writing).
  package var listsNext: Bool { rows.count < AffectedRecipients.listLimit }

  /// Counts one row, listing it when fewer than ten are listed.
  ///
  /// - Parameters:
  ///   - index: The row.
  ///   - detail: What went wrong, made only when the row is listed.
  package mutating func record(_ index: Int, _ detail: @autoclosure () -> String) {
    total += 1
    if listsNext { rows.append(Row(index: index, detail: detail())) }
  }

  /// Counts `count` rows at once, listing the given first ones.
  ///
  /// - Parameters:
  ///   - count: How many rows.
  ///   - first: The first rows, with their details.
  package mutating func record(count: Int, first: [Row]) {
    total += count
    rows += first.prefix(AffectedRecipients.listLimit - rows.count)
  }
}
