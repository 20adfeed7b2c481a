import PromoGuard

/// Looks for the checkout that shows a static finding to a customer: its witness.
///
/// A structural difference between the mechanics and the terms, or a flaw in a message, is a finding only when
/// some checkout shows it. The search runs the campaign's boundary scenarios (from the campaign's own profile,
/// so the thresholds of both sides are present) and a bounded number of seeded random ones, keeps only baskets
/// a customer could build (catalog products only when the file has a catalog), and shrinks the first checkout
/// that shows the finding. No witness on any checkout searched: no finding.
///
/// ```swift
/// var search = WitnessSearch(context: context, position: 0, file: file)
/// if let example = search.witness(for: .minSubtotal, direction: .stricter) { print(example.promised) }
/// ```
struct WitnessSearch {
  /// The seed every witness search uses, so `lint` and `check` show the same witness on every machine.
  static let seed: UInt64 = 1
  /// Random scenarios searched after the boundary ones.
  static let randomScenarios = 300
  /// The most shrinking steps kept for one witness.
  static let shrinkSteps = 64

  /// Which way a finding says the mechanics differ from the promise.
  enum Direction: Sendable, Hashable {
    /// Checkout gives less than promised (`termsDrift`): a witness shows a shortfall, a refusal or a silent
    /// failure.
    case stricter
    /// Checkout gives more than promised (`leak`): a witness shows a leak.
    case moreGenerous

    /// Whether a harness finding of `kind` shows this direction.
    func matches(_ kind: FindingKind) -> Bool {
      switch self {
      case .stricter: [.shortfall, .rejectedEligible, .silentFailure].contains(kind)
      case .moreGenerous: kind == .leak
      }
    }
  }

  /// The file's shared context.
  let context: CampaignFileContext
  /// The campaign's index in the context.
  let position: Int
  /// The campaign's profile (both sides' thresholds, moments, customers, codes).
  let profile: CampaignProfile
  /// The checkout under test.
  let factory: any CheckoutEvaluatorFactory
  /// The checkouts searched, built on first use: boundary scenarios, then random ones.
  private var searched: [Checkout]?

  /// Prepares the search for one campaign.
  ///
  /// - Parameters:
  ///   - context: The file's shared context.
  ///   - position: The campaign's index in it.
  ///   - file: The file (its catalog).
  ///   - factory: The checkout under test.
  init(
    context: CampaignFileContext, position: Int, file: CampaignFile,
    factory: any CheckoutEvaluatorFactory = EngineEvaluatorFactory()
  ) {
    self.context = context
    self.position = position
    self.profile = context.profile(at: position, file: file)
    self.factory = factory
  }

  /// The campaign.
  var campaign: Campaign { profile.campaign }

  /// The checkouts searched: the boundary scenarios and `randomScenarios` random ones, single checkouts only,
  /// with catalog products only when the file has a catalog.
  mutating func checkouts() -> [Checkout] {
    if let searched { return searched }
    var generator = ScenarioGenerator(profile: profile, seed: Self.seed)
    generator.journeyPercent = 0
    generator.combinationPercent = 0
    let count = generator.boundaries.count + Self.randomScenarios
    var result = [Checkout]()
    result.reserveCapacity(count)
    for index in 0..<count {
      let checkout = generator.scenario(at: index).checkout
      if context.holdsCatalogProductsOnly(checkout) { result.append(checkout) }
    }
    searched = result
    return result
  }

  /// The witness of a clause of the mechanics that differs from the terms.
  ///
  /// A checkout is a witness when the campaign as configured and the probe that takes only `clause` from the
  /// mechanics (``ClauseProbe``) both differ from the promise in `direction` on it: customers feel it, and it
  /// is this clause's doing.
  ///
  /// - Parameters:
  ///   - clause: The clause the finding is about.
  ///   - direction: Which way the finding says the mechanics differ.
  /// - Returns: The shrunk witness, or `nil` when no checkout searched shows it.
  mutating func witness(for clause: Clause, direction: Direction) -> FindingExample? {
    if clause == .stacking { return stackingWitness(direction: direction) }
    let campaign = self.campaign
    let probe = ClauseProbe.campaign(campaign, isolating: clause)
    guard let real = try? factory.evaluator(for: [campaign]) else { return nil }
    // A probe the engine refuses to load cannot isolate the clause: the campaign as configured decides.
    let isolated = try? factory.evaluator(for: [probe])
    let oracle =
      context.oracles.indices.contains(position)
      ? context.oracles[position] : PromiseOracle(campaign: campaign)
    func shows(_ checkout: Checkout) -> ObservedFinding? {
      let judgement = oracle.judge(checkout)
      guard let quote = try? real.evaluate(checkout),
        let seen = Classifier.classify(
          campaign: campaign, checkout: checkout, quote: quote, judgement: judgement
        ).first(where: { direction.matches($0.kind) })
      else { return nil }
      guard let isolated else { return seen }
      guard let probeQuote = try? isolated.evaluate(checkout),
        Classifier.classify(
          campaign: probe, checkout: checkout, quote: probeQuote, judgement: judgement
        ).contains(where: { direction.matches($0.kind) })
      else { return nil }
      return seen
    }
    return first(in: checkouts(), showing: shows)
  }

  /// The first checkout of `candidates` that `shows`, shrunk while it still shows, as an example.
  ///
  /// - Parameters:
  ///   - candidates: The checkouts, in search order.
  ///   - shows: What a checkout shows, or `nil` when it shows nothing.
  /// - Returns: The example, or `nil` when no candidate shows anything.
  func first(in candidates: [Checkout], showing shows: (Checkout) -> ObservedFinding?)
    -> FindingExample?
  {
    for (index, checkout) in candidates.enumerated() {
      guard let seen = shows(checkout) else { continue }
      let scenario = Scenario(index: index, checkout: checkout, shape: .single)
      let (small, steps) = Shrinker.shrink(scenario, maximumSteps: Self.shrinkSteps) {
        shows($0.checkout) != nil
      }
      let final = shows(small.checkout) ?? seen
      return FindingExample(
        checkout: small.checkout, promised: final.promised, actual: final.actual, told: final.told,
        seed: Self.seed, shrinkSteps: steps)
    }
    return nil
  }

  /// What checkout did for `campaignID`, and what the other campaigns applied: "refused SEPT20: notCombinable;
  /// also applied: \"winter\" $3.75".
  ///
  /// - Parameters:
  ///   - quote: The quote.
  ///   - campaignID: The campaign the finding is about.
  /// - Returns: The line.
  static func actual(_ quote: Quote, for campaignID: String) -> String {
    let given = Classifier.discount(of: campaignID, in: quote)
    let refusal = quote.codes.first {
      $0.campaignID?.rawValue == campaignID
        && ![.applied, .duplicate, .tooManyCodes].contains($0.status)
    }
    var text = Classifier.actual(given, refusal: refusal, currency: quote.currency)
    if given == 0, refusal == nil, let other = quote.codes.first(where: { $0.status != .applied }) {
      text = "refused \(ShownStatus.name(of: other)): \(other.status)"
    }
    let others = quote.applied.filter { $0.campaignID.rawValue != campaignID }
    if !others.isEmpty {
      let money: (Int64) -> String = { Money(minorUnits: $0, currency: quote.currency).formatted }
      text +=
        "; also applied: "
        + others.map {
          "\"\($0.campaignID)\" \(money($0.discount.minorUnits &+ $0.shippingDiscount.minorUnits))"
        }.joined(separator: ", ")
    }
    return text
  }
}
