package import PromoGuard

/// Turns a checkout into a journey that ends in it: codes before items, codes before sign-in, a basket changed
/// after the code, a code entered while it cannot apply yet.
package enum JourneyBuilder {
  /// A random journey ending exactly in `checkout`.
  ///
  /// - Parameters:
  ///   - checkout: The final state.
  ///   - profile: The campaign's profile (for a moment outside the window and spare products).
  ///   - random: The scenario's generator.
  /// - Returns: The journey.
  package static func journey(
    to checkout: Checkout, profile: CampaignProfile, random: inout SplitMix64
  ) -> Journey {
    var start = checkout
    start.lines = []
    start.codes = []
    start.link = nil
    let lines = checkout.lines.map(JourneyStep.addLine)
    let codes = checkout.codes.map(JourneyStep.enterCode)
    let link = checkout.link.map { [JourneyStep.arriveByLink($0)] } ?? []
    switch random.next(upTo: 4) {
    case 0:
      return Journey(
        name: "code entered before the items", start: start, steps: link + codes + lines)
    case 1:
      start.customer = nil
      let signIn = checkout.customer.map { [JourneyStep.signIn($0)] } ?? []
      return Journey(
        name: "code entered before sign-in", start: start, steps: lines + link + codes + signIn)
    case 2:
      var steps = link
      if let last = lines.last {
        steps += lines.dropLast() + codes + [last]
      } else {
        steps += codes
      }
      if !checkout.lines.isEmpty {
        let index = random.next(upTo: checkout.lines.count)
        let quantity = checkout.lines[index].quantity
        steps += [
          .setQuantity(quantity + 1, lineIndex: index), .setQuantity(quantity, lineIndex: index),
        ]
      }
      if let spare = random.pick(profile.products) {
        let extra = spare.line(price: spare.price, quantity: 1, currency: checkout.currency)
        steps += [.addLine(extra), .removeLine(at: checkout.lines.count)]
      }
      return Journey(name: "basket changed after the code", start: start, steps: steps)
    default:
      // The code is entered at a moment it cannot apply (before the start, or with an empty basket), then the
      // checkout moves to its final moment.
      let early =
        [profile.campaign.mechanics.window.starts, profile.campaign.promise.rules.window.starts]
        .compactMap { $0 }.min().flatMap { $0.adding(seconds: -3_600) }
      var steps = link + codes
      if let early {
        steps.insert(.setTime(early), at: 0)
        steps += lines + [.setTime(checkout.at)]
      } else {
        steps += lines
      }
      return Journey(name: "code entered before it could apply", start: start, steps: steps)
    }
  }
}
