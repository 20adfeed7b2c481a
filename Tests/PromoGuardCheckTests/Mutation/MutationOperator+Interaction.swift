import PromoGuard

/// Interaction mistakes: another campaign in the same file takes away what this one promises.
extension MutationOperator {
  /// The interaction operators.
  static let interaction: [MutationOperator] = [
    MutationOperator(
      name: "automatic-exclusive-rival", mistake: .interaction,
      story:
        "a flash sale (10% off everything, automatic, exclusive) is added to the file for the same "
        + "period: on large baskets it wins and this code, promised to combine, is refused",
      acceptableKinds: [.rejectedEligible, .shortfall, .termsDrift, .unreachable]
    ) { document, index in
      let campaign = document.campaigns[index]
      guard campaign.isCoded, campaign.promiseCombines else { return false }
      var rival = JSONValue.object([
        "id": .string("flash-sale-rival"), "name": .string("Flash sale: 10% off everything"),
        "currency": .string(campaign.currencyCode),
        "activation": .object(["automatic": .bool(true)]),
        "benefit": .object(["percentOff": .integer(10)]),
        "stacking": .object(["exclusive": .bool(true)]),
      ])
      for key in ["timeZone", "starts", "ends"] { rival[key] = campaign[key] }
      document.campaigns.append(rival)
      return true
    }
  ]
}
