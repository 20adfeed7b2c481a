import PromoGuard

@testable import PromoGuardCheck

/// Campaigns and checkouts the oracle and classification tests build.
enum OracleFixtures {
  /// A failure to load a test campaign.
  struct LoadFailure: Error, CustomStringConvertible {
    var description: String
  }

  /// One campaign read from JSON members (id `promo`, name, currency USD, code `SAVE` unless given).
  ///
  /// - Parameters:
  ///   - members: JSON members of the campaign, without braces, such as `"benefit": {"percentOff": 20}`.
  ///   - id: The campaign id.
  /// - Returns: The campaign.
  /// - Throws: `LoadFailure` when the JSON is not a valid campaign.
  static func campaign(_ members: String, id: String = "promo") throws -> Campaign {
    try campaigns([members], ids: [id])[0]
  }

  /// Several campaigns of one file.
  ///
  /// - Parameters:
  ///   - members: Each campaign's JSON members.
  ///   - ids: Each campaign's id.
  /// - Returns: The campaigns.
  /// - Throws: `LoadFailure` when the JSON is not valid.
  static func campaigns(_ members: [String], ids: [String]) throws -> [Campaign] {
    var objects: [String] = []
    for (index, text) in members.enumerated() {
      var fields = "\"id\": \"\(ids[index])\", \"name\": \"Promo \(index)\""
      if !text.contains("\"currency\"") { fields += ", \"currency\": \"USD\"" }
      if !text.contains("\"activation\"") { fields += ", \"activation\": {\"codes\": [\"SAVE\"]}" }
      objects.append("{" + fields + ", " + text + "}")
    }
    let json =
      "{\"format\": \"promoguard/1\", \"campaigns\": [" + objects.joined(separator: ", ") + "]}"
    do {
      let files = try CampaignLoader.load([
        CampaignSource(path: "test.json", bytes: Array(json.utf8))
      ])
      return files.flatMap(\.campaigns)
    } catch {
      throw LoadFailure(description: "\(error)")
    }
  }

  /// An amount in US cents.
  static func usd(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .usd) }

  /// An instant from ISO 8601 text with an offset.
  static func instant(_ text: String) throws -> Instant {
    switch Timestamp.parse(text, in: .utc) {
    case .success(let resolved): return resolved.instant
    case .failure(let error): throw LoadFailure(description: "\(error)")
    }
  }

  /// A plain line of unit price `cents`.
  static func line(_ cents: Int64, _ quantity: Int64, _ sku: String, _ categories: [String])
    -> Checkout.Line
  {
    Checkout.Line(sku: sku, categories: categories, unitPrice: usd(cents), quantity: quantity)
  }

  /// A USD checkout at 2026-09-15T12:00Z typing `SAVE`, with the given lines.
  static func checkout(
    _ lines: [Checkout.Line], shipping: Int64 = 0, customer: Checkout.Customer? = nil,
    codes: [String] = ["SAVE"]
  ) -> Checkout {
    Checkout(
      currency: .usd, lines: lines, shipping: usd(shipping), customer: customer,
      at: Instant(microsecondsSinceEpoch: 1_789_473_600_000_000), codes: codes)
  }
}
