import PromoGuard

/// The checkout a mapping finding names: one recipient of a recipient list, with the code they were shown, at
/// the moment that matters (their send time, or the last moment of their promised window).
struct RecipientCheckout: Sendable {
  /// The recipient's customer id, if the list gives one (else the campaign's usual customer).
  var customerID: String?
  /// The code they were shown.
  var code: String
  /// When they use it.
  var at: Instant
  /// The channel they use it on, or `nil` for the campaign's usual one.
  var channel: String?
  /// The campaign whose code it is, when it is another's (loaded too, as checkout has it).
  var owner: Campaign?
  /// The codes already used when they check out (the checkout's `usedCodes`): their own code, for a
  /// single-use code another recipient was sent first.
  var usedCodes: [String] = []
  /// The same basket with what the finding says is wrong put right gets the discount, so the recipient's
  /// refusal is that one thing's doing.
  var control: Control

  /// The control checkout: the recipient's, with these replacements.
  struct Control: Sendable {
    /// The code entered (a code that works, or the recipient's own).
    var code: String
    /// The customer (the code's owner, an admitted customer, or the recipient).
    var customerID: String?
    /// When (the recipient's moment, or one at which the code still works).
    var at: Instant
    /// The channel, or `nil` for the campaign's usual one.
    var channel: String?
  }
}

extension WitnessSearch {
  /// The witness of a mapping finding: the recipient's checkout, on a searched basket where a working code
  /// of the campaign gets the discount and theirs gets none, with what checkout said.
  ///
  /// - Parameter recipient: The recipient's checkout.
  /// - Returns: The shrunk witness, or `nil` when the engine shows no such basket (the finding then stands
  ///   with its recipients alone).
  mutating func witness(for recipient: RecipientCheckout) -> FindingExample? {
    let campaign = self.campaign
    let loaded = [campaign] + (recipient.owner.map { [$0] } ?? [])
    guard let real = try? factory.evaluator(for: loaded) else { return nil }
    let baseline = profile.baselineCustomer
    func customer(_ id: String?) -> Checkout.Customer {
      Checkout.Customer(
        id: id ?? baseline?.id ?? "gen-recipient", segments: baseline?.segments ?? [],
        orderCount: baseline?.orderCount ?? 0)
    }
    let reader = customer(recipient.customerID)
    let channel = recipient.channel ?? profile.baselineChannel
    let candidates = checkouts().map { template in
      var checkout = template
      checkout.customer = reader
      checkout.at = recipient.at
      checkout.channel = channel
      checkout.codes = [recipient.code]
      checkout.usedCodes = recipient.usedCodes
      checkout.link = nil
      checkout.redemptionTotals = [:]
      return checkout
    }
    let controlCustomer = customer(recipient.control.customerID)
    let controlChannel = recipient.control.channel ?? profile.baselineChannel
    func shows(_ checkout: Checkout) -> ObservedFinding? {
      // The recipient, their code, their moment and their channel stay: shrinking changes only the basket.
      guard checkout.codes == [recipient.code], checkout.customer == reader,
        checkout.at == recipient.at, checkout.channel == channel,
        checkout.usedCodes == recipient.usedCodes,
        let quote = try? real.evaluate(checkout),
        Classifier.discount(of: campaign.id, in: quote) == 0
      else { return nil }
      var control = checkout
      control.customer = controlCustomer
      control.codes = [recipient.control.code]
      control.usedCodes = []
      control.at = recipient.control.at
      control.channel = controlChannel
      guard let controlQuote = try? real.evaluate(control) else { return nil }
      let works = Classifier.discount(of: campaign.id, in: controlQuote)
      guard works > 0 else { return nil }
      return ObservedFinding(
        kind: .unreachable, summary: "",
        promised:
          "their code, as a code that works does on this basket: "
          + Money(minorUnits: works, currency: checkout.currency).formatted + " off",
        actual: Self.actual(quote, for: campaign.id), told: Classifier.told(quote))
    }
    return first(in: candidates, showing: shows)
  }
}
