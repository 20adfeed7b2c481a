package import PromoGuard

/// Two versions of a set of campaign files compared campaign by campaign (same id): "never reduce the promise".
///
/// A campaign in OLD but not in NEW is withdrawn (a reduction); one only in NEW is new. A campaign is live when
/// OLD's promise window contains `at`; only a reduction of a live campaign fails (a ``promiseReduced``
/// finding per reduction); a reduction of a campaign not live is reported as a change.
///
/// ```swift
/// let diff = CampaignDiff(old: oldFiles, new: newFiles, at: now)
/// diff.findings   // promiseReduced, one per reduction of a live campaign
/// diff.fails      // whether any live campaign's promise is reduced
/// ```
package struct CampaignDiff: Sendable, Hashable {
  /// The instant at which campaigns are judged live.
  package var at: Instant
  /// One entry per campaign id in either version, sorted by id.
  package var entries: [CampaignDiffEntry]

  /// Compares the campaigns of `old` with those of `new`.
  ///
  /// - Parameters:
  ///   - old: The earlier files.
  ///   - new: The later files.
  ///   - at: When a campaign is judged live.
  /// - Complexity: O(*n* log *n*) in the number of campaigns, plus the clause comparisons.
  package init(old: [CampaignFile], new: [CampaignFile], at: Instant) {
    self.at = at
    let before = Self.index(old)
    let after = Self.index(new)
    var entries = [CampaignDiffEntry]()
    for id in Set(before.keys).union(after.keys).sorted() {
      switch (before[id], after[id]) {
      case (let (campaign, file)?, nil):
        let change = PromiseChange(
          direction: .reduction, clause: "campaign",
          summary: "campaign withdrawn: it is in OLD (\(file)) but not in NEW",
          location: campaign.location)
        entries.append(
          CampaignDiffEntry(
            campaignID: id, oldFile: file, newFile: nil, status: .withdrawn,
            isLive: campaign.promise.rules.window.contains(at), changes: [change]))
      case (nil, let (_, file)?):
        entries.append(
          CampaignDiffEntry(
            campaignID: id, oldFile: nil, newFile: file, status: .new, isLive: false, changes: []))
      case (let (oldCampaign, oldFile)?, let (newCampaign, newFile)?):
        let changes = PromiseDiff(old: oldCampaign, new: newCampaign).changes
        entries.append(
          CampaignDiffEntry(
            campaignID: id, oldFile: oldFile, newFile: newFile,
            status: changes.isEmpty ? .unchanged : .changed,
            isLive: oldCampaign.promise.rules.window.contains(at), changes: changes))
      case (nil, nil): break
      }
    }
    self.entries = entries
  }

  /// Campaigns by id with their file; the first of a repeated id wins (loading refuses repeats).
  private static func index(_ files: [CampaignFile]) -> [String: (Campaign, String)] {
    var index = [String: (Campaign, String)]()
    for file in files {
      for campaign in file.campaigns where index[campaign.id] == nil {
        index[campaign.id] = (campaign, file.path)
      }
    }
    return index
  }

  /// A `promiseReduced` finding for every reduction of a live campaign, in entry order.
  package var findings: [Finding] { entries.flatMap(\.findings) }

  /// Whether any live campaign's promise is reduced (exit 1).
  package var fails: Bool { entries.contains(where: \.fails) }
}
