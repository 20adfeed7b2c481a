/// A clean file for issue 11's fields: an amount off each of the two dearest units, a maximum spend, a minimum
/// spend on the whole order and tiers by quantity.
extension CleanCampaigns {
  /// Four everyday offers of a home-textiles shop in USD.
  static let everydayOffers = CleanCampaign(
    name: "everyday-offers",
    summary: "amount off each, maximum spend, order-wide minimum, quantity tiers; USD, UTC",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "slippers-top-two",
            "name": "$5 off your two dearest pairs of slippers",
            "currency": "USD",
            "activation": {"codes": ["SLIPPERS5"]},
            "target": {"include": {"categories": ["slippers"]}},
            "benefit": {"amountOffEach": "5.00"},
            "maxItems": {"count": 2, "pick": "mostExpensive"},
            "terms": {
              "text": "$5 off every pair of slippers with code SLIPPERS5, on the two most expensive pairs in your order.",
              "target": {"include": {"categories": ["slippers"]}},
              "benefit": {"amountOffEach": "5.00"},
              "maxItems": {"count": 2, "pick": "mostExpensive"}
            }
          },
          {
            "id": "starter-15",
            "name": "15% off orders up to $200",
            "currency": "USD",
            "activation": {"codes": ["STARTER15"]},
            "conditions": {"maxSubtotal": "200.00", "minQuantity": 2},
            "benefit": {"percentOff": 15},
            "terms": {
              "text": "15% off orders up to $200 with code STARTER15, when you buy at least 2 items.",
              "conditions": {"maxSubtotal": "200.00", "minQuantity": 2},
              "benefit": {"percentOff": 15}
            }
          },
          {
            "id": "towel-treat",
            "name": "Spend $100 on anything, get 20% off towels",
            "currency": "USD",
            "activation": {"codes": ["TOWELTREAT"]},
            "conditions": {"minSubtotal": "100.00", "scope": "order"},
            "target": {"include": {"categories": ["towels"]}},
            "benefit": {"percentOff": 20},
            "maxItems": 4,
            "terms": {
              "text": "Spend $100 on anything, get 20% off up to 4 towels with code TOWELTREAT.",
              "conditions": {"minSubtotal": "100.00", "scope": "order"},
              "target": {"include": {"categories": ["towels"]}},
              "benefit": {"percentOff": 20},
              "maxItems": 4
            }
          },
          {
            "id": "napkins-more",
            "name": "Napkins: buy 3 save 10%, buy 6 save 20%",
            "currency": "USD",
            "activation": {"codes": ["NAPKINS"]},
            "target": {"include": {"categories": ["napkins"]}},
            "benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 6, "percentOff": 20}]},
            "terms": {
              "text": "Napkins: buy 3 save 10%, buy 6 save 20%, with code NAPKINS.",
              "target": {"include": {"categories": ["napkins"]}},
              "benefit": {"tiers": [{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 6, "percentOff": 20}]}
            }
          }
        ],
        "catalog": {
          "products": [
            {"sku": "SLIPPER-KIDS", "name": "Kids' felt slippers", "categories": ["slippers"], "tags": [], "price": "4.00"},
            {"sku": "SLIPPER-WOOL", "name": "Wool slippers", "categories": ["slippers"], "tags": [], "price": "30.00"},
            {"sku": "SLIPPER-SUEDE", "name": "Suede slippers", "categories": ["slippers"], "tags": [], "price": "45.00"},
            {"sku": "TOWEL-BATH", "name": "Cotton bath towel", "categories": ["towels"], "tags": [], "price": "12.00"},
            {"sku": "ROBE-LINEN", "name": "Linen robe", "categories": ["robes"], "tags": [], "price": "98.00"},
            {"sku": "NAPKIN-LINEN", "name": "Linen napkin", "categories": ["napkins"], "tags": [], "price": "6.50"},
            {"sku": "THROW-WOOL", "name": "Wool throw", "categories": ["throws"], "tags": [], "price": "120.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "slippers-top-two":
        "Use code SLIPPERS5: $5 off each pair of slippers, for the two dearest pairs.",
      "starter-15": "Code STARTER15 takes 15% off orders of up to $200 with a minimum of 2 items.",
      "towel-treat":
        "Get 20% off up to four towels when you spend $100 on anything (code TOWELTREAT).",
      "napkins-more": "Buy 3 napkins and save 10%; buy 6 or more and save 20%. Code NAPKINS.",
    ])
}
