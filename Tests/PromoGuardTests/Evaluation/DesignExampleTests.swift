import PromoGuard
import Testing

/// The checkout and quote printed in DESIGN.md, reproduced field by field.
@Suite struct DesignExampleTests {
  static let campaigns = """
    {"format": "promoguard/1", "campaigns": [
      {"id": "sept-20", "name": "20% off your entire order", "currency": "USD",
       "timeZone": "America/New_York", "starts": "2006-09-01T00:00:00", "ends": "2006-10-01T00:00:00",
       "activation": {"codes": ["SEPT20"]}, "benefit": {"percentOff": 20},
       "audience": {"segments": ["email-subscribers"]}, "limits": {"perCustomer": 1}}
    ]}
    """
  static let checkout = """
    { "currency": "USD",
      "lines": [{"sku": "SABLE-THROW", "name": "Sable throw", "categories": ["throws"], "tags": [],
                 "unitPrice": "149.00", "quantity": 1}],
      "shipping": "9.95",
      "customer": {"id": "c-42", "segments": ["email-subscribers"], "orderCount": 3,
                   "redemptions": {"sept-20": 0}},
      "redemptionTotals": {"sept-20": 812},
      "channel": "web",
      "at": "2006-09-15T10:00:00-04:00",
      "codes": ["sept20 "],
      "link": "https://fabulous-furs.example/throws?promo=SEPT20" }
    """

  @Test func quoteMatchesTheDesignExample() throws {
    let set = try CampaignSet(
      sources: [CampaignSource(path: "sept.json", bytes: Array(Self.campaigns.utf8))])
    let checkout = try CheckoutDecoder.decode(
      Array(Self.checkout.utf8), path: "checkout.json", now: Instant(microsecondsSinceEpoch: 0)
    ).get()
    let quote = try set.evaluate(checkout)
    // 20% of 149.00 is 29.80; total = 149.00 − 29.80 + 9.95 = 129.15.
    #expect(
      quote.jsonText() == """
        {
          "currency": "USD",
          "subtotal": "149.00",
          "discount": "29.80",
          "shipping": "9.95",
          "shippingDiscount": "0.00",
          "total": "129.15",
          "lines": [
            {
              "sku": "SABLE-THROW",
              "quantity": 1,
              "unitPrice": "149.00",
              "subtotal": "149.00",
              "discount": "29.80",
              "total": "119.20"
            }
          ],
          "applied": [
            {
              "campaign": "sept-20",
              "code": "SEPT20",
              "discount": "29.80",
              "shippingDiscount": "0.00"
            }
          ],
          "codes": [
            {
              "entered": "sept20 ",
              "campaign": "sept-20",
              "status": "applied",
              "message": "20% off your entire order: you save $29.80"
            }
          ]
        }
        """)
  }
}
