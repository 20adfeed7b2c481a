package import PromoGuard

/// One way a campaign can let a customer down, found by the audit (from the files alone) or by the harness
/// (from generated checkouts).
package struct Finding: Sendable, Hashable {
  /// What kind of problem it is (`FindingKind`).
  package var kind: FindingKind
  /// The campaign it is about.
  package var campaignID: String
  /// The file the campaign is in.
  package var file: String
  /// Where to look: the clause or message at fault, when there is one.
  package var location: FileLocation?
  /// The message at fault, for message findings.
  package var messageID: String?
  /// One line a marketing manager understands, naming the clause on both sides ("the mechanics require a
  /// minimum spend of $50.00 (conditions.minSubtotal) that the terms do not state").
  package var summary: String
  /// How many generated checkouts showed it (1 for a finding of the audit).
  package var count: Int
  /// The smallest checkout that shows it: for findings of the harness, and for static findings their witness
  /// (a finding of terms against mechanics or of a message stands only with one).
  package var example: FindingExample?
  /// Whether the campaign lists this kind in `expectFindings`.
  package var isExpected: Bool
  /// For a finding over a recipient list (`messages[].recipients`): how many recipients it affects and the
  /// first ten, with their rows; `nil` for every other finding.
  package var recipients: AffectedRecipients? = nil

  /// Creates a finding.
  package init(
    kind: FindingKind, campaignID: String, file: String, location: FileLocation? = nil,
    messageID: String? = nil, summary: String, count: Int = 1, example: FindingExample? = nil,
    isExpected: Bool = false
  ) {
    self.kind = kind
    self.campaignID = campaignID
    self.file = file
    self.location = location
    self.messageID = messageID
    self.summary = summary
    self.count = count
    self.example = example
    self.isExpected = isExpected
  }
}

/// The evidence behind a finding: a (shrunk) checkout, what was promised, what checkout did, and how to see it
/// again.
///
/// For a static finding it is the witness: the customer the finding names.
package struct FindingExample: Sendable, Hashable {
  /// The smallest checkout found that shows the finding.
  package var checkout: Checkout
  /// What the terms promise for it, in one line ("20% off: $29.80", "nothing: the minimum spend is not met").
  package var promised: String
  /// What checkout did, in one line ("refused SEPT20: notEligible", "applied $10.00").
  package var actual: String
  /// What checkout said to the customer: each code's status and the message it showed
  /// (`SEPT20: notEligible — "…"`), or `nil` when it showed nothing (no code result).
  package var told: String?
  /// The seed of the run that found it.
  package var seed: UInt64
  /// How many shrinking steps made it smaller.
  package var shrinkSteps: Int

  /// Creates an example.
  ///
  /// - Parameters:
  ///   - checkout: The smallest checkout found.
  ///   - promised: What the terms promise for it.
  ///   - actual: What checkout did.
  ///   - told: What checkout said, or `nil` when it said nothing.
  ///   - seed: The seed of the run.
  ///   - shrinkSteps: How many shrinking steps made it smaller.
  package init(
    checkout: Checkout, promised: String, actual: String, told: String? = nil, seed: UInt64,
    shrinkSteps: Int
  ) {
    self.checkout = checkout
    self.promised = promised
    self.actual = actual
    self.told = told
    self.seed = seed
    self.shrinkSteps = shrinkSteps
  }
}
