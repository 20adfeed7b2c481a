/// The kinds of finding the audit and the harness report (Docs/Harness.md, "The findings").
///
/// Campaign files name them in `expectFindings`, so the decoder knows them too.
package enum FindingKind: String, Sendable, Hashable, CaseIterable, Comparable {
  /// The promise gives a discount; checkout applied none and showed no reason.
  case silentFailure
  /// The promise gives a discount; checkout refused the code with a reason the terms do not state.
  case rejectedEligible
  /// Checkout gave less than promised, beyond one minor unit.
  case shortfall
  /// Checkout gave a discount the promise does not.
  case leak
  /// Refused for a reason other than the one the terms give.
  case wrongReason
  /// The result depends on the order of steps.
  case pathDependence
  /// A message's audience has no working way to get the discount.
  case unreachable
  /// A message advertises more than the terms, another campaign's code, or is sent outside the window.
  case messageMismatch
  /// Mechanics stricter than the terms.
  case termsDrift
  /// A new version of a campaign takes away something the earlier version promised.
  case promiseReduced
  /// A quote breaks an invariant.
  case invariant

  /// Orders kinds as they are declared.
  package static func < (lhs: FindingKind, rhs: FindingKind) -> Bool {
    lhs.order < rhs.order
  }

  private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
