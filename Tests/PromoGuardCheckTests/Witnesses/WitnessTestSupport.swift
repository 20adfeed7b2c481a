import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Campaign files for the witness tests: the default test campaign (20% off with code TESTCODE-ALPHA, USD) with
/// fields replaced, other campaigns, and an optional catalog.
enum WitnessFixture {
  /// The campaign `c1`: the audit's defaults with `fields` replacing or adding keys (values are JSON).
  static func campaign(_ fields: [(String, String)]) -> String {
    AuditFixture.campaign(pairs: fields)
  }

  /// The decoded file `test.json` with `campaigns` and, if given, a catalog (`{"products": [...]}`).
  static func files(_ campaigns: [String], catalog: String? = nil) throws -> [CampaignFile] {
    var text =
      #"{"format": "promoguard/1", "campaigns": ["# + campaigns.joined(separator: ", ") + "]"
    if let catalog { text += #", "catalog": "# + catalog }
    text += "}"
    return try CampaignLoader.load([CampaignSource(path: "test.json", bytes: Array(text.utf8))])
  }

  /// A catalog of two products: a $40.00 pair of shoes and a $15.00 hat also in the `sale` category.
  static let catalog = """
    {"products": [
      {"sku": "SHOE-1", "name": "Shoe", "categories": ["shoes"], "tags": [], "price": "40.00"},
      {"sku": "HAT-1", "name": "Hat", "categories": ["hats", "sale"], "tags": ["x"], "price": "15.00"}]}
    """

  /// The value of a checkout's lines at their unit prices, in minor units.
  static func subtotal(_ checkout: Checkout) -> Int64 {
    checkout.lines.reduce(0) { $0 + $1.unitPrice.minorUnits * $1.quantity }
  }

}
