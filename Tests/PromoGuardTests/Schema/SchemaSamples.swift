/// Documents that use every key of the schemas, for the tests that hold the schemas to the decoders.
///
/// The first campaign writes its amounts as whole numbers, so that substituting another currency (the
/// examples include `"JPY"`) leaves them valid.
enum SchemaSamples {
  /// A campaign file with every key of the campaign schema.
  static let campaignFile = #"""
    {
      "$schema": "../Docs/schema/campaign.schema.json",
      "format": "promoguard/1",
      "campaigns": [
        {
          "id": "sample-a",
          "name": "Buy 2, get 1 half price",
          "currency": "USD",
          "timeZone": "America/New_York",
          "starts": "2026-10-01T00:00:00",
          "ends": "2026-10-31",
          "activation": {"codes": ["ALPHA1", "ALPHA2"]},
          "codeMatching": "relaxed",
          "audience": {"segments": ["vip"], "customers": ["c-1"]},
          "channels": ["web", "app"],
          "conditions": {"minSubtotal": "50", "minQuantity": 3, "firstOrder": false},
          "target": {
            "include": {"skus": ["A-1"], "categories": ["throws"], "tags": ["new"]},
            "exclude": {"tags": ["clearance"]}
          },
          "benefit": {"buy": 2, "get": 1, "percentOff": 50},
          "maxDiscount": "100",
          "maxItems": 6,
          "limits": {"total": 1000, "perCustomer": 1},
          "stacking": {"exclusive": true, "priority": 5},
          "rounding": "halfEven",
          "terms": {
            "name": "Buy 2, get 1 half price",
            "currency": "USD",
            "timeZone": "America/New_York",
            "starts": "2026-10-01T00:00:00",
            "ends": "2026-10-31",
            "activation": {"codes": ["ALPHA1", "ALPHA2"]},
            "codeMatching": "relaxed",
            "audience": {"segments": ["vip"], "customers": ["c-1"]},
            "channels": ["web", "app"],
            "conditions": {"minSubtotal": "50", "minQuantity": 3, "firstOrder": false},
            "target": {"include": {"categories": ["throws"]}, "exclude": {"tags": ["clearance"]}},
            "benefit": {"buy": 2, "get": 1, "percentOff": 50},
            "maxDiscount": "100",
            "maxItems": 6,
            "limits": {"total": 1000, "perCustomer": 1},
            "stacking": {"exclusive": true, "priority": 5},
            "rounding": "halfEven",
            "combinable": false,
            "text": "Buy 2 throws, get the third half price."
          },
          "messages": [
            {
              "id": "a-email",
              "channel": "email",
              "audience": {"segments": ["vip"]},
              "sentAt": "2026-10-01T08:00:00",
              "advertises": {"buy": 2, "get": 1, "percentOff": 50},
              "code": "ALPHA1",
              "link": {"url": "https://shop.example/?promo=ALPHA1", "appliesCode": "ALPHA1"}
            }
          ],
          "expectFindings": ["termsDrift"]
        },
        {
          "id": "sample-b",
          "name": "3 for $25",
          "currency": "USD",
          "activation": {"automatic": true},
          "benefit": {"fixedPrice": "25.00", "quantity": 3}
        },
        {
          "id": "sample-c",
          "name": "Spend more, save more",
          "currency": "USD",
          "activation": {"codes": ["GAMMA"]},
          "benefit": {
            "tiers": [
              {"minSubtotal": "100.00", "percentOff": 10},
              {"minSubtotal": "200.00", "amountOff": "25.00"}
            ]
          }
        },
        {
          "id": "sample-c2",
          "name": "Buy more, save more",
          "currency": "USD",
          "activation": {"codes": ["GAMMA2"]},
          "conditions": {"maxSubtotal": "500.00", "scope": "order"},
          "benefit": {
            "tiers": [
              {"minQuantity": 3, "percentOff": 10},
              {"minQuantity": 5, "percentOff": 20}
            ]
          }
        },
        {
          "id": "sample-c3",
          "name": "$5 off every pair",
          "currency": "USD",
          "activation": {"codes": ["GAMMA3"]},
          "benefit": {"amountOffEach": "5.00"},
          "maxItems": {"count": 2, "pick": "mostExpensive"}
        },
        {
          "id": "sample-d",
          "name": "Free shipping",
          "currency": "USD",
          "activation": {"codes": ["DELTA"]},
          "benefit": {"shipping": {"percentOff": 100}},
          "terms": {"benefit": {"shipping": {"amountOff": "5.00"}}}
        },
        {
          "id": "sample-e",
          "name": "$10 off",
          "currency": "USD",
          "activation": {"codes": ["EPSILON"]},
          "benefit": {"amountOff": "10.00"},
          "limits": {"budget": "5000.00"}
        },
        {
          "id": "sample-f",
          "name": "20% off and free shipping",
          "currency": "USD",
          "activation": {"codes": ["ZETA"]},
          "benefit": [{"percentOff": 20}, {"shipping": {"percentOff": 100}}]
        },
        {
          "id": "sample-g",
          "name": "Free tote",
          "currency": "USD",
          "activation": {"codes": ["ETA"]},
          "benefit": {"gift": {"skus": ["TOTE-BAG"], "quantity": 1}}
        },
        {
          "id": "sample-p",
          "name": "Your welcome code",
          "currency": "USD",
          "activation": {
            "pool": {
              "file": "codes/sample.csv",
              "singleUse": true,
              "validFor": "P14D",
              "columns": {"code": "coupon_code", "customer": "external_id", "expires": "valid_until"}
            }
          },
          "benefit": {"percentOff": 15},
          "messages": [
            {
              "id": "p-email",
              "channel": "email",
              "sentAt": "2026-10-20T09:00:00",
              "recipients": {
                "file": "sends/sample.csv",
                "columns": {"customer": "external_id", "email": "Email", "code": "coupon", "sentAt": "send_time"}
              }
            }
          ]
        }
      ],
      "catalog": {
        "products": [
          {"sku": "A-1", "name": "Sable throw", "categories": ["throws"], "tags": ["new"], "price": "149.00"}
        ]
      }
    }
    """#

  /// The pool and recipients files the campaign file names, supplied in memory.
  static let companions: [String: [UInt8]] = [
    "codes/sample.csv": Array(
      "coupon_code,external_id,valid_until\nWELCOME-AB12,c-1,2026-11-01T00:00:00\nWELCOME-CD34,,\n"
        .utf8),
    "sends/sample.csv": Array(
      "external_id,Email,coupon,send_time\nc-1,a@example.com,WELCOME-AB12,2026-10-20T09:00:00\n"
        .utf8),
  ]

  /// A checkout with every key of the checkout schema.
  static let checkout = #"""
    {
      "$schema": "../Docs/schema/checkout.schema.json",
      "currency": "USD",
      "lines": [
        {"sku": "A-1", "name": "Sable throw", "categories": ["throws"], "tags": ["new"],
         "unitPrice": "149.00", "quantity": 2}
      ],
      "shipping": "9.95",
      "customer": {"id": "c-1", "segments": ["vip"], "orderCount": 3, "redemptions": {"sample-a": 0}},
      "redemptionTotals": {"sample-a": 12},
      "budgetSpent": {"sample-e": "4993.50"},
      "usedCodes": ["WELCOME-AB12"],
      "channel": "web",
      "at": "2026-10-05T14:00:00-04:00",
      "codes": ["alpha1 "],
      "link": "https://shop.example/?promo=ALPHA1"
    }
    """#
}
