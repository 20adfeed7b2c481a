package import PromoGuard

/// The discount the terms promise and the discount checkout gives, over a range of basket subtotals: the
/// witness basket of a finding scaled up and down, judged by the promise oracle and quoted by the engine.
///
/// For findings that depend on the basket's size (a minimum spend, tiers, a cap): the chart shows where the
/// two lines part.
///
/// ```swift
/// if let curve = DiscountCurve(campaign: campaign, witness: example.checkout) {
///   curve.points   // ~20 subtotals, each with promised and given minor units
/// }
/// ```
package struct DiscountCurve: Sendable, Hashable {
  /// One basket of the range.
  package struct Point: Sendable, Hashable {
    /// The scaled basket's subtotal, in minor units.
    package var subtotal: Int64
    /// What the terms promise for it (the oracle), in minor units.
    package var promised: Int64
    /// What checkout gives for it (the engine, the campaign alone), in minor units.
    package var given: Int64
  }

  /// The points, by subtotal; the witness among them.
  package var points: [Point]
  /// The witness basket's point.
  package var witness: Point
  /// The currency of the amounts.
  package var currency: Currency

  /// How many scaled baskets to evaluate besides the witness.
  static let steps: Int64 = 20

  /// Whether a finding about `campaign` depends on the basket's size: its promise or its mechanics has a
  /// minimum spend, tiers or a cap, and the finding is about the discount (not about reach or wording).
  ///
  /// - Parameters:
  ///   - finding: The finding.
  ///   - campaign: Its campaign.
  /// - Returns: `true` when a chart over the subtotal says something.
  package static func applies(to finding: Finding, campaign: Campaign) -> Bool {
    guard let example = finding.example, !example.checkout.lines.isEmpty else { return false }
    let kinds: Set<FindingKind> = [
      .shortfall, .leak, .rejectedEligible, .silentFailure, .wrongReason,
    ]
    guard kinds.contains(finding.kind) else { return false }
    return [campaign.mechanics, campaign.promise.rules].contains { rules in
      if rules.conditions.minSubtotal != nil || rules.maxDiscount != nil { return true }
      if case .tiers = rules.benefit { return true }
      return false
    }
  }

  /// Evaluates the witness scaled to `steps + 1` subtotals from zero to about twice the witness's (or one and a
  /// half times the largest threshold, when that is higher).
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - witness: The finding's checkout.
  ///
  /// Fails when the witness has no positive subtotal or the engine cannot load the campaign or quote its
  /// baskets.
  package init?(campaign: Campaign, witness: Checkout) {
    guard let subtotal = HTMLReceipt.subtotal(witness)?.minorUnits, subtotal > 0,
      let engine = try? EngineEvaluatorFactory().evaluator(for: [campaign])
    else { return nil }
    let oracle = PromiseOracle(campaign: campaign)
    var thresholds = [Int64]()
    for rules in [campaign.mechanics, campaign.promise.rules] {
      if let minimum = rules.conditions.minSubtotal { thresholds.append(minimum.minorUnits) }
      if let cap = rules.maxDiscount { thresholds.append(cap.minorUnits) }
      if case .tiers(let tiers) = rules.benefit {
        thresholds += tiers.compactMap(\.minSubtotal?.minorUnits)
      }
    }
    let top = max(subtotal * 2, (thresholds.max() ?? 0) * 3 / 2)
    guard top < Money.maximumMinorUnits / 4 else { return nil }
    func point(_ checkout: Checkout) -> Point? {
      guard let scaled = HTMLReceipt.subtotal(checkout)?.minorUnits,
        let quote = try? engine.evaluate(checkout)
      else { return nil }
      let given = quote.applied.filter { $0.campaignID.rawValue == campaign.id }.reduce(Int64(0)) {
        $0 + $1.discount.minorUnits + $1.shippingDiscount.minorUnits
      }
      return Point(
        subtotal: scaled, promised: oracle.judge(checkout).entitledAmount, given: given)
    }
    guard let witnessPoint = point(witness) else { return nil }
    var points = [witnessPoint]
    for step in 0...Self.steps {
      let target = top * step / Self.steps
      if let scaled = Self.scaled(witness, from: subtotal, to: target), let point = point(scaled) {
        points.append(point)
      }
    }
    var sorted = [Point]()
    for point in points.sorted(by: { ($0.subtotal, $0.given) < ($1.subtotal, $1.given) })
    where sorted.last != point {
      sorted.append(point)
    }
    self.points = sorted
    self.witness = witnessPoint
    self.currency = witness.currency
  }

  /// The checkout with every unit price multiplied by `target / subtotal` (rounded down to the minor unit).
  ///
  /// - Parameters:
  ///   - checkout: The witness.
  ///   - subtotal: Its subtotal, above zero.
  ///   - target: The subtotal wanted.
  /// - Returns: The scaled checkout, or `nil` when a price would overflow.
  static func scaled(_ checkout: Checkout, from subtotal: Int64, to target: Int64) -> Checkout? {
    var scaled = checkout
    for index in scaled.lines.indices {
      let price = scaled.lines[index].unitPrice
      let (product, overflow) = price.minorUnits.multipliedReportingOverflow(by: target)
      guard !overflow else { return nil }
      scaled.lines[index].unitPrice = Money(
        minorUnits: product / subtotal, currency: price.currency)
    }
    return scaled
  }
}
