package import PromoGuard

extension Scenario {
  /// The scenario moved to `moment`: its checkout, its journey's start and every time step happen then.
  ///
  /// For `check --at`: a checkout under test that runs on a real clock cannot be quoted at another time, so
  /// the scenarios are judged at the time it runs at, and a window boundary is tested only where it falls at
  /// that moment.
  ///
  /// - Parameter moment: The moment.
  /// - Returns: The scenario at `moment`.
  package func fixing(moment: Instant) -> Scenario {
    var fixed = self
    fixed.checkout.at = moment
    if case .journey(var journey) = shape {
      journey.start.at = moment
      journey.steps = journey.steps.map { step in
        if case .setTime = step { return .setTime(moment) }
        return step
      }
      fixed.shape = .journey(journey)
    }
    return fixed
  }
}
