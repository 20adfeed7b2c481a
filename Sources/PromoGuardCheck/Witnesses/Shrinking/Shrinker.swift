import PromoGuard

/// Makes a failing scenario smaller while it still shows the same finding: fewer lines, then smaller
/// quantities, then rounder prices, then fewer codes, then no link and no shipping (for a journey: fewer steps).
///
/// Each step keeps a candidate only if `stillShows` says the finding is still there, and the number of kept
/// steps and of tries is capped, so shrinking always ends.
///
/// ```swift
/// let (small, steps) = Shrinker.shrink(scenario, maximumSteps: 64) { candidate in
///   judge.findings(of: candidate).contains { $0.kind == .shortfall }
/// }
/// ```
package enum Shrinker {
  /// The most candidates tried for one finding.
  package static let maximumTries = 600

  /// Shrinks a scenario.
  ///
  /// - Parameters:
  ///   - scenario: The scenario that shows the finding.
  ///   - maximumSteps: The most steps to keep.
  ///   - stillShows: Whether a candidate still shows the finding.
  /// - Returns: The smallest scenario found and how many steps made it smaller.
  package static func shrink(
    _ scenario: Scenario, maximumSteps: Int, stillShows: (Scenario) -> Bool
  ) -> (scenario: Scenario, steps: Int) {
    var current = scenario
    var steps = 0
    var tries = 0
    var phase = 0
    let phases = 5
    while phase < phases, steps < maximumSteps, tries < maximumTries {
      var accepted = false
      for candidate in candidates(of: current, phase: phase) {
        guard tries < maximumTries else { break }
        tries += 1
        if stillShows(candidate) {
          current = candidate
          steps += 1
          accepted = true
          break
        }
      }
      // Stay in a phase while it makes progress, then move on.
      if !accepted { phase += 1 }
    }
    return (current, steps)
  }

  /// The candidates of one phase, smallest change first: 0 fewer lines (or journey steps), 1 smaller quantities,
  /// 2 rounder prices, 3 fewer codes, 4 no link and no shipping.
  ///
  /// - Parameters:
  ///   - scenario: The scenario.
  ///   - phase: The phase.
  /// - Returns: The candidates.
  package static func candidates(of scenario: Scenario, phase: Int) -> [Scenario] {
    if case .journey(let journey) = scenario.shape {
      return journeyCandidates(scenario, journey: journey, phase: phase)
    }
    let checkout = scenario.checkout
    var result = [Checkout]()
    switch phase {
    case 0:
      for index in checkout.lines.indices.reversed() {
        var smaller = checkout
        smaller.lines.remove(at: index)
        result.append(smaller)
      }
    case 1:
      for index in checkout.lines.indices {
        for quantity in smallerQuantities(checkout.lines[index].quantity) {
          var smaller = checkout
          smaller.lines[index].quantity = quantity
          result.append(smaller)
        }
      }
    case 2:
      for index in checkout.lines.indices {
        let price = checkout.lines[index].unitPrice
        for rounder in rounderPrices(price.minorUnits) {
          var smaller = checkout
          smaller.lines[index].unitPrice = Money(minorUnits: rounder, currency: price.currency)
          result.append(smaller)
        }
      }
    case 3:
      for index in checkout.codes.indices.reversed() {
        var smaller = checkout
        smaller.codes.remove(at: index)
        result.append(smaller)
      }
    case 4:
      if checkout.link != nil {
        var smaller = checkout
        smaller.link = nil
        result.append(smaller)
      }
      if checkout.shipping.minorUnits != 0 {
        var smaller = checkout
        smaller.shipping = Money(minorUnits: 0, currency: checkout.shipping.currency)
        result.append(smaller)
      }
    default: break
    }
    return result.map { candidate in
      var smaller = scenario
      smaller.checkout = candidate
      return smaller
    }
  }

  /// Journeys shrink by dropping steps (phase 0) and by shrinking the lines they add (phases 1 and 2).
  private static func journeyCandidates(_ scenario: Scenario, journey: Journey, phase: Int)
    -> [Scenario]
  {
    var journeys = [Journey]()
    switch phase {
    case 0:
      for index in journey.steps.indices.reversed() {
        var shorter = journey
        shorter.steps.remove(at: index)
        journeys.append(shorter)
      }
    case 1, 2:
      for index in journey.steps.indices {
        guard case .addLine(let line) = journey.steps[index] else { continue }
        var lines = [Checkout.Line]()
        if phase == 1 {
          for quantity in smallerQuantities(line.quantity) {
            var smaller = line
            smaller.quantity = quantity
            lines.append(smaller)
          }
        } else {
          for price in rounderPrices(line.unitPrice.minorUnits) {
            var smaller = line
            smaller.unitPrice = Money(minorUnits: price, currency: line.unitPrice.currency)
            lines.append(smaller)
          }
        }
        for line in lines {
          var changed = journey
          changed.steps[index] = .addLine(line)
          journeys.append(changed)
        }
      }
    default: break
    }
    return journeys.map { candidate in
      var smaller = scenario
      smaller.shape = .journey(candidate)
      smaller.checkout = candidate.finalCheckout
      return smaller
    }
  }

  /// Smaller quantities to try: 1, half, one less (without repeats, each below `quantity`).
  ///
  /// - Parameter quantity: The quantity.
  /// - Returns: The candidates, smallest first.
  package static func smallerQuantities(_ quantity: Int64) -> [Int64] {
    var result = [Int64]()
    for candidate in [1, quantity / 2, quantity - 1] where candidate >= 1 && candidate < quantity {
      if !result.contains(candidate) { result.append(candidate) }
    }
    return result
  }

  /// Rounder prices to try: `price` rounded to the nearest multiple of 10^k (down, then up), for the largest k
  /// first; only prices with more trailing zeros than `price`.
  ///
  /// ```swift
  /// Shrinker.rounderPrices(4_999)  // [5_000, 4_000, 4_900, 4_990]
  /// ```
  ///
  /// - Parameter price: The price in minor units.
  /// - Returns: The candidates, roundest first.
  package static func rounderPrices(_ price: Int64) -> [Int64] {
    guard price > 0 else { return [] }
    let zeros = trailingZeros(price)
    var result = [Int64]()
    var power: Int64 = 1
    var powers = [Int64]()
    while power <= price / 10 {
      power *= 10
      powers.append(power)
    }
    for step in powers.reversed() {
      let down = price / step * step
      let up = down + step
      for candidate in [up, down] where candidate > 0 && trailingZeros(candidate) > zeros {
        if !result.contains(candidate) { result.append(candidate) }
      }
    }
    return result
  }

  private static func trailingZeros(_ value: Int64) -> Int {
    guard value != 0 else { return 19 }
    var count = 0
    var rest = value
    while rest % 10 == 0 {
      rest /= 10
      count += 1
    }
    return count
  }
}
