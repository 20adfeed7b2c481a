package import PromoGuard

/// Runs scenarios of one campaign through the checkout under test and the promise oracle.
///
/// It says what each scenario shows. One judge per thread: it caches the evaluators of combination scenarios.
package struct ScenarioJudge: Sendable {
  /// The campaign's profile.
  package let profile: CampaignProfile
  /// The checkout under test.
  let factory: any CheckoutEvaluatorFactory
  /// The checkout under test with only the campaign loaded.
  let evaluator: (any CheckoutEvaluator)?
  /// Why the campaign could not be loaded alone, if it could not.
  let loadFailure: String?
  /// The campaign's promise oracle.
  let oracle: PromiseOracle
  /// Evaluators of combination scenarios, by partner indices.
  var combined: [[Int]: any CheckoutEvaluator] = [:]
  /// The moment every scenario is moved to before it is judged (`check --at`), or `nil`.
  package var fixedMoment: Instant?

  /// Creates the judge of a campaign.
  ///
  /// - Parameters:
  ///   - profile: The campaign's profile.
  ///   - factory: The checkout under test.
  package init(profile: CampaignProfile, factory: any CheckoutEvaluatorFactory) {
    self.profile = profile
    self.factory = factory
    do {
      evaluator = try factory.evaluator(for: [profile.campaign])
      loadFailure = nil
    } catch {
      evaluator = nil
      loadFailure = "\(error)"
    }
    // The file's shared context already holds the campaign's oracle; partners' oracles are read from it.
    if let position = profile.position, profile.context.oracles.indices.contains(position) {
      oracle = profile.context.oracles[position]
    } else {
      oracle = PromiseOracle(campaign: profile.campaign)
    }
  }

  /// The problems a scenario shows.
  ///
  /// - Parameter scenario: The scenario.
  /// - Returns: What it shows, possibly nothing.
  package mutating func findings(of scenario: Scenario) -> [ObservedFinding] {
    let scenario = fixedMoment.map { scenario.fixing(moment: $0) } ?? scenario
    guard let evaluator else {
      return [
        ObservedFinding(
          kind: .invariant, summary: "checkout cannot load the campaign on its own",
          promised: "the campaign loads", actual: loadFailure ?? "it does not")
      ]
    }
    switch scenario.shape {
    case .single:
      return single(scenario.checkout, evaluator: evaluator)
    case .combination(let partners):
      return combination(scenario.checkout, partners: partners)
    case .journey(let journey):
      return self.journey(journey, evaluator: evaluator)
    }
  }

  /// How many scenarios ``findings(of:)-([Scenario])`` should be given at once: 16 for the engine, enough to
  /// keep a pipelined checkout's window full otherwise (a multiple of 16).
  package var scenariosPerRound: Int {
    guard let pipelined = evaluator as? any PipelinedCheckoutEvaluator else { return 16 }
    return 16 * max(1, (pipelined.window + 15) / 16)
  }

  /// The problems each scenario shows; a pipelined checkout under test gets all their requests at once.
  ///
  /// - Parameter scenarios: The scenarios.
  /// - Returns: What each shows, in order.
  package mutating func findings(of scenarios: [Scenario]) -> [[ObservedFinding]] {
    guard let pipelined = evaluator as? any PipelinedCheckoutEvaluator else {
      return scenarios.map { findings(of: $0) }
    }
    let fixed = scenarios.map { scenario in
      fixedMoment.map { scenario.fixing(moment: $0) } ?? scenario
    }
    var requests = [EvaluationRequest]()
    var ranges = [Range<Int>]()
    for scenario in fixed {
      let start = requests.count
      requests += Self.requests(for: scenario, session: pipelined.newSession)
      ranges.append(start..<requests.count)
    }
    let answers: [Result<Quote, any Error>]
    do {
      answers = try pipelined.answers(to: requests)
    } catch {
      return fixed.map { _ in [Self.failure(error)] }
    }
    return zip(fixed, ranges).map { scenario, range in
      judge(scenario, answers: answers[range])
    }
  }

  /// What a scenario asks the checkout: its checkout, or each state of its journey in one session and then
  /// the final checkout at once.
  static func requests(for scenario: Scenario, session: () -> String) -> [EvaluationRequest] {
    guard case .journey(let journey) = scenario.shape else {
      return [EvaluationRequest(checkout: scenario.checkout)]
    }
    var requests = [EvaluationRequest]()
    if !journey.steps.isEmpty {
      let name = session()
      var checkout = journey.start
      for (index, step) in journey.steps.enumerated() {
        step.apply(to: &checkout)
        requests.append(EvaluationRequest(checkout: checkout, session: name, step: index + 1))
      }
    }
    requests.append(EvaluationRequest(checkout: journey.finalCheckout))
    return requests
  }

  /// Judges a scenario with the answers to its ``requests(for:session:)``.
  private func judge(_ scenario: Scenario, answers: ArraySlice<Result<Quote, any Error>>)
    -> [ObservedFinding]
  {
    var quotes = [Quote]()
    for answer in answers {
      switch answer {
      case .success(let quote): quotes.append(quote)
      case .failure(let error): return [Self.failure(error)]
      }
    }
    guard let last = quotes.last else {
      return [Self.failure(EvaluatorRefusal(message: "no answer"))]
    }
    switch scenario.shape {
    case .single:
      return judgeSingle(scenario.checkout, quote: last)
    case .combination(let partners):
      return judgeCombination(
        scenario.checkout, chosen: partners.filter { profile.hasPartner($0) }, quote: last)
    case .journey(let journey):
      return judgeJourney(
        journey, states: journey.checkouts, quotes: Array(quotes.dropLast()), oneShot: last)
    }
  }

  private func single(_ checkout: Checkout, evaluator: any CheckoutEvaluator) -> [ObservedFinding] {
    do {
      return judgeSingle(checkout, quote: try evaluator.evaluate(checkout))
    } catch {
      return [Self.failure(error)]
    }
  }

  private func judgeSingle(_ checkout: Checkout, quote: Quote) -> [ObservedFinding] {
    let judgement = oracle.judge(checkout)
    let findings = Classifier.classify(
      campaign: profile.campaign, checkout: checkout, quote: quote, judgement: judgement,
      oracle: oracle)
    let violations = Classifier.invariantViolations(checkout: checkout, quote: quote)
    return violations.isEmpty ? findings : findings + violations
  }

  private mutating func combination(_ checkout: Checkout, partners: [Int]) -> [ObservedFinding] {
    let chosen = partners.filter { profile.hasPartner($0) }
    let evaluator: any CheckoutEvaluator
    if let cached = combined[chosen] {
      evaluator = cached
    } else {
      do {
        evaluator = try factory.evaluator(
          for: [profile.campaign] + chosen.map { profile.partnerCampaign($0) })
      } catch {
        // Campaigns of one file always load together; a failure here is the evaluator's.
        return [Self.failure(error)]
      }
      combined[chosen] = evaluator
    }
    do {
      return judgeCombination(checkout, chosen: chosen, quote: try evaluator.evaluate(checkout))
    } catch {
      return [Self.failure(error)]
    }
  }

  private func judgeCombination(_ checkout: Checkout, chosen: [Int], quote: Quote)
    -> [ObservedFinding]
  {
    let campaigns = [profile.campaign] + chosen.map { profile.partnerCampaign($0) }
    let judgements =
      [oracle.judge(checkout)] + chosen.map { profile.partnerOracle($0).judge(checkout) }
    return Classifier.classifyTogether(
      campaigns: campaigns, checkout: checkout, quote: quote, judgements: judgements)
      + Classifier.invariantViolations(checkout: checkout, quote: quote)
  }

  private func journey(_ journey: Journey, evaluator: any CheckoutEvaluator) -> [ObservedFinding] {
    // Each state once: the last is the final checkout.
    let states = journey.checkouts
    let final = states.last ?? journey.start
    let quotes: [Quote]
    let oneShot: Quote
    do {
      quotes = try evaluator.quotes(along: journey)
      oneShot = try evaluator.evaluate(final)
    } catch {
      return [Self.failure(error)]
    }
    return judgeJourney(journey, states: states, quotes: quotes, oneShot: oneShot)
  }

  /// Judges a journey: `states` are its checkouts after each step (``Journey/checkouts``), `quotes` the quotes
  /// along it, `oneShot` the quote of its final checkout at once.
  private func judgeJourney(
    _ journey: Journey, states: [Checkout], quotes: [Quote], oneShot: Quote
  ) -> [ObservedFinding] {
    let final = states.last ?? journey.start
    var findings = [ObservedFinding]()
    for (state, quote) in zip(states, quotes) {
      findings += Classifier.invariantViolations(checkout: state, quote: quote)
    }
    guard let last = quotes.last else { return judgeSingle(final, quote: oneShot) }
    if last != oneShot {
      let path = journey.steps.map(\.summary).joined(separator: " › ")
      findings.append(
        ObservedFinding(
          kind: .pathDependence,
          summary:
            "the quote after a sequence of steps differs from the quote of the same checkout at once",
          promised: "the same as at once: \(QuoteSummary.line(oneShot))",
          actual: "after \(path): \(QuoteSummary.line(last))"))
    }
    let judgement = oracle.judge(final)
    findings += Classifier.classify(
      campaign: profile.campaign, checkout: final, quote: last, judgement: judgement,
      oracle: oracle)
    return findings
  }

  private static func failure(_ error: any Error) -> ObservedFinding {
    ObservedFinding(
      kind: .invariant, summary: "checkout fails with an error on a valid checkout",
      promised: "a quote", actual: "error: \(error)")
  }
}
