import PromoGuard

@testable import PromoGuardCheck

/// Campaign files written for the harness tests.
enum HarnessFixtures {
  /// 20% off throws (not those tagged `sale`) with code SEPT-20 on a minimum spend of $50.00.
  ///
  /// September 2006 in New York; the terms say the same. Two products in the catalog.
  static let september = """
    {"format": "promoguard/1", "campaigns": [
      {"id": "sept-20", "name": "20% off throws", "currency": "USD", "timeZone": "America/New_York",
       "starts": "2006-09-01T00:00:00", "ends": "2006-10-01T00:00:00",
       "activation": {"codes": ["SEPT-20"]}, "benefit": {"percentOff": 20},
       "conditions": {"minSubtotal": "50.00"},
       "target": {"include": {"categories": ["throws"]}, "exclude": {"tags": ["sale"]}},
       "terms": {"benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "50.00"},
                 "target": {"include": {"categories": ["throws"]}, "exclude": {"tags": ["sale"]}}}},
      {"id": "ship-free", "name": "Free shipping", "currency": "USD",
       "activation": {"codes": ["SHIPFREE"]}, "benefit": {"shipping": {"percentOff": 100}}}
    ], "catalog": {"products": [
      {"sku": "SABLE", "name": "Sable throw", "categories": ["throws"], "tags": [], "price": "149.00"},
      {"sku": "MINK", "name": "Mink throw", "categories": ["throws"], "tags": ["sale"], "price": "99.00"}]}}
    """

  /// Decodes a campaign file.
  static func file(_ text: String, path: String = "test.json") throws -> CampaignFile {
    try CampaignFileDecoder.decode(Array(text.utf8), path: path).get()
  }

  /// A campaign file of `count` automatic 10% campaigns with ids `c0`, `c1` and so on.
  static func manyCampaigns(_ count: Int, path: String) throws -> CampaignFile {
    let campaigns = (0..<count).map { index in
      """
      {"id": "c\(index)", "name": "C\(index)", "currency": "USD", "activation": {"automatic": true},
       "benefit": {"percentOff": 10}}
      """
    }
    return try file(
      "{\"format\": \"promoguard/1\", \"campaigns\": [\(campaigns.joined(separator: ","))]}",
      path: path)
  }
}
