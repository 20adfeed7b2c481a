import Foundation

/// Issue 11's meaning-preserving rewrites: the same promise written another way.
extension Rewrite {
  /// Every rewrite.
  static let all: [Rewrite] = catalogue + kinds

  /// The rewrites of the new kinds.
  static let kinds: [Rewrite] = [
    Rewrite(
      name: "budget-on-both-sides",
      story:
        "the mechanics and the terms state the same promotion budget, the terms writing it as a JSON "
        + "number (1000) and the mechanics as a string (\"1000.00\"): checkout stops exactly when the "
        + "promise does, the last order getting what is left on both sides"
    ) { document, _ in
      document.campaigns = document.campaigns.map { campaign in
        var campaign = campaign
        guard campaign["terms"] != nil, campaign.value(at: ["limits", "budget"]) == nil else {
          return campaign
        }
        let currency = campaign.currencyCode
        campaign.set(
          ["limits", "budget"],
          to: .string(MoneyText.amount(minorUnits: 100_000, currency: currency)))
        // 100,000 minor units as a whole number of major units: 1000 (2 decimals), 100000 (none).
        let exponent = currency == "JPY" || currency == "KRW" ? 0 : 2
        let major = exponent == 0 ? 100_000 : 1_000
        campaign.set(["terms", "limits", "budget"], to: .integer(major))
        return campaign
      }
    }
  ]
}
