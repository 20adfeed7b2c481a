package import PromoGuard

extension FindingKind {
  /// A short phrase for reports: "silent failure", "rejected eligible customer".
  package var phrase: String {
    switch self {
    case .silentFailure: return "silent failure"
    case .rejectedEligible: return "eligible customer refused"
    case .shortfall: return "less than promised"
    case .leak: return "discount not promised"
    case .wrongReason: return "wrong reason given"
    case .pathDependence: return "result depends on the order of steps"
    case .unreachable: return "no working way to the discount"
    case .messageMismatch: return "message does not match the campaign"
    case .termsDrift: return "rules stricter than the terms"
    case .promiseReduced: return "promise reduced"
    case .invariant: return "broken quote"
    }
  }
}
