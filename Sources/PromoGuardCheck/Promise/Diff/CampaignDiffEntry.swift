import PromoGuard

/// What happened to one campaign between two versions of the files.
package struct CampaignDiffEntry: Sendable, Hashable {
  /// Whether a campaign was withdrawn, is new, changed or kept its promise.
  package enum Status: String, Sendable, Hashable, CaseIterable {
    /// In OLD, not in NEW.
    case withdrawn
    /// In NEW, not in OLD.
    case new
    /// In both, with a different promise.
    case changed
    /// In both, with the same promise.
    case unchanged
  }

  /// The campaign's id.
  package var campaignID: String
  /// The file it is in, in OLD.
  package var oldFile: String?
  /// The file it is in, in NEW.
  package var newFile: String?
  /// Withdrawn, new, changed or unchanged.
  package var status: Status
  /// Whether OLD's promise window contains the diff's instant.
  package var isLive: Bool
  /// Every change of the promise.
  package var changes: [PromiseChange]

  /// Creates an entry.
  package init(
    campaignID: String, oldFile: String?, newFile: String?, status: Status, isLive: Bool,
    changes: [PromiseChange]
  ) {
    self.campaignID = campaignID
    self.oldFile = oldFile
    self.newFile = newFile
    self.status = status
    self.isLive = isLive
    self.changes = changes
  }

  /// The reductions among the changes.
  package var reductions: [PromiseChange] { changes.filter { $0.direction == .reduction } }

  /// Whether the campaign is live and its promise reduced.
  package var fails: Bool { isLive && !reductions.isEmpty }

  /// A `promiseReduced` finding for each reduction when the campaign is live; none otherwise.
  package var findings: [Finding] {
    guard isLive else { return [] }
    return reductions.map { change in
      Finding(
        kind: .promiseReduced, campaignID: campaignID, file: newFile ?? oldFile ?? "",
        location: change.location, summary: change.sentence, count: 1)
    }
  }
}
