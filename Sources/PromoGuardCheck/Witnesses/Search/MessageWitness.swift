import PromoGuard

/// What a message finding says goes wrong for the message's recipients.
enum MessageIssue: Sendable, Hashable {
  /// No code shown and no code applied by the link, for a campaign that needs one.
  case noWayIn
  /// The code shown (or, `viaLink`, applied by the link) is unknown to checkout.
  case unknownCode(String, viaLink: Bool)
  /// The code shown or linked belongs to another campaign (which may have ended).
  case otherCampaignCode(String, viaLink: Bool, owner: Campaign)
  /// Sent before the campaign starts.
  case sentBeforeStart
  /// Sent at or after the campaign's end.
  case sentAfterEnd
  /// Advertises another or a bigger benefit than the promise.
  case advertises(Benefit)
  /// Goes to people the campaign's audience does not admit.
  case widerAudience
}

extension WitnessSearch {
  /// The witness of a message finding: a recipient — in the message's audience, when it is sent, using the code
  /// or the link the message gives — who gets less than the message offers.
  ///
  /// The message's offer is the promise as its recipient reads it: the terms, applied because the recipient
  /// has the message (no code needed beyond what it shows), available when the message is sent for a finding
  /// about timing, to every recipient for a finding about the audience, and with the advertised benefit for a
  /// finding about what it advertises. Checkout is the campaign as configured (with the campaign whose code
  /// the message shows, when it is another's).
  ///
  /// - Parameters:
  ///   - message: The message.
  ///   - issue: What the finding says goes wrong.
  /// - Returns: The shrunk witness, or `nil` when every recipient checkout searched gets what was offered.
  mutating func witness(for message: Message, issue: MessageIssue) -> FindingExample? {
    let campaign = self.campaign
    var loaded = [campaign]
    if case .otherCampaignCode(_, _, let owner) = issue, owner.id != campaign.id {
      loaded.append(owner)
    }
    guard let real = try? factory.evaluator(for: loaded) else { return nil }
    let offer = PromiseOracle(campaign: Self.offer(of: campaign, message: message, issue: issue))
    let reader = self.reader(of: message, issue: issue)
    let moment: Instant
    switch issue {
    case .sentBeforeStart, .sentAfterEnd: moment = message.sentAt ?? profile.baselineTime
    default: moment = profile.baselineTime
    }
    var codes = [String]()
    var link: String?
    switch issue {
    case .unknownCode(let code, let viaLink), .otherCampaignCode(let code, let viaLink, _):
      if viaLink { link = message.link?.url } else { codes = [code] }
    case .noWayIn:
      link = message.link?.url
    default:
      codes = message.code.map { [$0] } ?? []
      link = codes.isEmpty ? message.link?.url : nil
    }
    let recipients = checkouts().map { template in
      var checkout = template
      checkout.customer = reader
      checkout.at = moment
      checkout.channel = profile.baselineChannel
      checkout.codes = codes
      checkout.link = link
      checkout.redemptionTotals = [:]
      return checkout
    }
    func shows(_ checkout: Checkout) -> ObservedFinding? {
      // The recipient does what the message says: shrinking may not drop its code or its link.
      guard checkout.codes == codes, checkout.link == link else { return nil }
      let judgement = offer.judge(checkout)
      guard case .entitled(let offered, _) = judgement,
        let quote = try? real.evaluate(checkout)
      else { return nil }
      let given = Classifier.discount(of: campaign.id, in: quote)
      guard given < offered, offered - given > 1 else { return nil }
      return ObservedFinding(
        kind: .unreachable, summary: "",
        promised: "the message offers " + offer.describe(judgement, checkout: checkout),
        actual: Self.actual(quote, for: campaign.id), told: Classifier.told(quote))
    }
    return first(in: recipients, showing: shows)
  }

  /// The recipient of a message: someone the message goes to and — unless the finding is about the audience —
  /// whom the promise admits.
  private func reader(of message: Message, issue: MessageIssue) -> Checkout.Customer? {
    guard case .widerAudience = issue else { return profile.baselineCustomer }
    let admitted = campaign.mechanics.audience
    guard let audience = message.audience else {
      return Checkout.Customer(id: "gen-reader", segments: [], orderCount: 0)
    }
    if let segment = audience.segments.first(where: { !(admitted?.segments.contains($0) ?? true) })
    {
      return Checkout.Customer(id: "gen-reader", segments: [segment], orderCount: 0)
    }
    if let id = audience.customers.first(where: { !(admitted?.customers.contains($0) ?? true) }) {
      return Checkout.Customer(id: id, segments: [], orderCount: 0)
    }
    return profile.baselineCustomer
  }

  /// The campaign whose promise is what the message offers its recipient.
  private static func offer(of campaign: Campaign, message: Message, issue: MessageIssue)
    -> Campaign
  {
    let promise = campaign.promise
    var rules = promise.rules
    rules.activation = .automatic
    switch issue {
    case .sentBeforeStart, .sentAfterEnd:
      rules.window = Window(starts: nil, ends: nil)
    case .widerAudience:
      rules.audience = nil
    case .advertises(let benefit):
      rules.benefit = benefit
    case .noWayIn, .unknownCode, .otherCampaignCode:
      break
    }
    var offer = campaign
    offer.terms = Terms(
      name: promise.name, rules: rules, combinable: promise.combinable, text: nil,
      stated: Set(TermsField.allCases))
    offer.messages = []
    return offer
  }
}
