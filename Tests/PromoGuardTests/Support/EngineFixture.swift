import PromoGuard
import Testing

/// Builds campaign files, checkouts and quotes for the engine tests from short JSON fragments.
enum EngineFixture {
  /// A whole campaign file around campaign objects.
  ///
  /// - Parameter campaigns: Campaign objects as JSON text.
  /// - Returns: `{"format": "promoguard/1", "campaigns": [...]}`.
  static func file(_ campaigns: [String]) -> String {
    "{\"format\": \"promoguard/1\", \"campaigns\": [\n" + campaigns.joined(separator: ",\n")
      + "\n]}"
  }

  /// A campaign object with an id, a name, a currency and codes (or automatic activation), plus `fields`.
  ///
  /// - Parameters:
  ///   - id: The campaign id; also its name unless `name` is given.
  ///   - name: The name customers see.
  ///   - code: The campaign's code, or `nil` for an automatic campaign.
  ///   - currency: The campaign's currency.
  ///   - fields: More members, as JSON text without the surrounding braces.
  /// - Returns: The campaign object as JSON text.
  static func campaign(
    _ id: String, name: String? = nil, code: String?, currency: String = "USD", _ fields: String
  ) -> String {
    let activation =
      code.map { "{\"codes\": [\"\($0)\"]}" } ?? "{\"automatic\": true}"
    return "{\"id\": \"\(id)\", \"name\": \"\(name ?? id)\", \"currency\": \"\(currency)\", "
      + "\"activation\": \(activation), \(fields)}"
  }

  /// Loads campaign objects as one file.
  ///
  /// - Parameter campaigns: Campaign objects as JSON text.
  /// - Returns: The loaded set.
  /// - Throws: `LoadError` when the campaigns do not load.
  static func set(_ campaigns: [String]) throws -> CampaignSet {
    try CampaignSet(sources: [CampaignSource(path: "test.json", bytes: Array(file(campaigns).utf8))]
    )
  }

  /// The instant a timestamp with an offset (or `Z`) names.
  ///
  /// - Parameter text: Like `2024-03-10T07:00:00Z`.
  /// - Returns: The instant.
  /// - Throws: `TimestampError` for bad text.
  static func instant(_ text: String) throws -> Instant {
    try Timestamp.parse(text, in: .utc).get().instant
  }

  /// A fixed time for checkouts of campaigns without a window: 2026-06-15T12:00:00Z.
  static let noon = Instant(microsecondsSinceEpoch: 1_781_524_800_000_000)

  /// A checkout of `lines`.
  ///
  /// - Parameters:
  ///   - lines: The basket.
  ///   - currency: Its currency.
  ///   - shipping: Shipping in minor units.
  ///   - customer: The customer, if signed in.
  ///   - codes: The codes typed.
  ///   - at: When.
  ///   - channel: Where.
  ///   - link: The link the customer arrived by.
  ///   - totals: Redemptions so far by campaign id.
  /// - Returns: The checkout.
  static func checkout(
    _ lines: [LineSpec], currency: Currency = .usd, shipping: Int64 = 0,
    customer: Checkout.Customer? = nil, codes: [String] = [], at: Instant = noon,
    channel: String? = nil, link: String? = nil, totals: [String: Int64] = [:]
  ) -> Checkout {
    Checkout(
      currency: currency,
      lines: lines.map { $0.line(currency) },
      shipping: Money(minorUnits: shipping, currency: currency), customer: customer,
      redemptionTotals: totals, channel: channel, at: at, codes: codes, link: link)
  }
}

/// A checkout line written compactly: SKU, price in minor units, quantity, categories and tags.
struct LineSpec: Sendable, CustomStringConvertible {
  /// The SKU.
  var sku: String
  /// The unit price in minor units.
  var price: Int64
  /// How many units.
  var quantity: Int64 = 1
  /// Categories.
  var categories: [String] = []
  /// Tags.
  var tags: [String] = []

  /// The line in `currency`.
  func line(_ currency: Currency) -> Checkout.Line {
    Checkout.Line(
      sku: sku, categories: categories, tags: tags,
      unitPrice: Money(minorUnits: price, currency: currency), quantity: quantity)
  }

  var description: String { "\(sku) \(price)×\(quantity)" }
}

/// One engine scenario: campaigns, a basket, codes, and the discounts worked out by hand.
struct EngineCase: Sendable, CustomTestStringConvertible {
  /// What the case shows.
  var name: String
  /// Campaign objects as JSON text.
  var campaigns: [String]
  /// The basket.
  var lines: [LineSpec]
  /// Shipping in minor units.
  var shipping: Int64 = 0
  /// The checkout's currency.
  var currency: Currency = .usd
  /// The codes typed.
  var codes: [String] = ["CODE"]
  /// The expected discount of each quote line, in minor units.
  var lineDiscounts: [Int64]
  /// The expected shipping discount.
  var shippingDiscount: Int64 = 0
  /// The expected status of each code.
  var statuses: [CodeStatus] = [.applied]

  var testDescription: String { name }

  /// Evaluates the case and checks every expected number, and the quote's totals.
  func verify() throws {
    let set = try EngineFixture.set(campaigns)
    let quote = try set.evaluate(
      EngineFixture.checkout(lines, currency: currency, shipping: shipping, codes: codes))
    #expect(quote.lines.map(\.discount.minorUnits) == lineDiscounts, "line discounts")
    #expect(quote.shippingDiscount.minorUnits == shippingDiscount, "shipping discount")
    #expect(quote.codes.map(\.status) == statuses, "statuses")
    let subtotal = lines.reduce(Int64(0)) { $0 + $1.price * $1.quantity }
    let discount = lineDiscounts.reduce(0, +)
    #expect(quote.subtotal.minorUnits == subtotal)
    #expect(quote.discount.minorUnits == discount)
    #expect(quote.total.minorUnits == subtotal - discount + shipping - shippingDiscount)
  }
}
