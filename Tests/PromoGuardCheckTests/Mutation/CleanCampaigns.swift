/// The clean campaign files the mutation suite starts from: ten shops, ten kinds of offer, five currencies and
/// six time zones.
enum CleanCampaigns {
  /// Every clean campaign file.
  static let all: [CleanCampaign] = [
    holidaySitewide, summerHome, autumnTiers, socksTrio, candleBundle, freeShipping, welcomeJapan,
    appOnly, recoveryVoucher, springLinen, everydayOffers, welcomePool,
  ]

  /// 20% off sitewide in USD (New York), capped at $50, gift cards excluded, once per customer.
  static let holidaySitewide = CleanCampaign(
    name: "holiday-sitewide",
    summary: "percent off sitewide, USD, America/New_York",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "holiday-20",
            "name": "20% off everything",
            "currency": "USD",
            "timeZone": "America/New_York",
            "starts": "2026-11-27T00:00:00",
            "ends": "2026-12-14T00:00:00",
            "activation": {"codes": ["HOLIDAY20"]},
            "target": {"exclude": {"categories": ["gift-cards"]}},
            "benefit": {"percentOff": 20},
            "maxDiscount": "50.00",
            "limits": {"perCustomer": 1},
            "terms": {
              "text": "Take 20% off everything with code HOLIDAY20 from Friday 27 November 2026 until Sunday 13 December 2026 at 23:59 New York time. Up to $50 off per order. Excluding gift cards. Once per customer; sign in to redeem. Can be combined with other offers.",
              "target": {"exclude": {"categories": ["gift-cards"]}},
              "benefit": {"percentOff": 20},
              "maxDiscount": "50.00",
              "limits": {"perCustomer": 1}
            },
            "messages": [
              {
                "id": "holiday-launch-email",
                "channel": "email",
                "sentAt": "2026-11-27T07:00:00",
                "advertises": {"percentOff": 20},
                "code": "HOLIDAY20",
                "link": {"url": "https://northwindhome.example/holiday?promo=HOLIDAY20", "appliesCode": "HOLIDAY20"}
              },
              {
                "id": "holiday-last-call-sms",
                "channel": "sms",
                "sentAt": "2026-12-11T12:00:00",
                "advertises": {"percentOff": 20},
                "code": "HOLIDAY20"
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "CARDIGAN-MERINO", "name": "Merino cardigan", "categories": ["knitwear"], "tags": [], "price": "128.00"},
            {"sku": "SCARF-CASHMERE", "name": "Cashmere scarf", "categories": ["knitwear", "accessories"], "tags": [], "price": "95.00"},
            {"sku": "BEANIE-RIB", "name": "Ribbed beanie", "categories": ["knitwear", "accessories"], "tags": ["sale"], "price": "24.00"},
            {"sku": "SHEET-SET-Q", "name": "Percale sheet set, queen", "categories": ["bedding"], "tags": [], "price": "89.00"},
            {"sku": "DUVET-K", "name": "Linen duvet cover, king", "categories": ["bedding"], "tags": [], "price": "210.00"},
            {"sku": "MUG-STONE", "name": "Stoneware mug", "categories": ["kitchen"], "tags": [], "price": "18.00"},
            {"sku": "GIFT-CARD-50", "name": "Gift card, $50", "categories": ["gift-cards"], "tags": [], "price": "50.00"},
            {"sku": "GIFT-CARD-100", "name": "Gift card, $100", "categories": ["gift-cards"], "tags": [], "price": "100.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "holiday-20":
        "Holiday sale: 20% off sitewide (gift cards excluded), maximum discount $50. Valid from Nov 27, 2026; ends 11:59pm ET on Dec 13, 2026. Limit one use per customer account. Combinable with other promotions."
    ])

  /// £10 off £60 of homeware in GBP (London, summer time), exclusive.
  static let summerHome = CleanCampaign(
    name: "summer-home",
    summary: "amount off over a minimum spend, exclusive, GBP, Europe/London (BST)",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "sun-home-10",
            "name": "£10 off homeware",
            "currency": "GBP",
            "timeZone": "Europe/London",
            "starts": "2026-06-01T00:00:00",
            "ends": "2026-06-15T00:00:00",
            "activation": {"codes": ["SUNHOME10"]},
            "conditions": {"minSubtotal": "60.00"},
            "target": {"include": {"categories": ["homeware"]}},
            "benefit": {"amountOff": "10.00"},
            "stacking": {"exclusive": true},
            "terms": {
              "text": "£10 off when you spend £60 or more on homeware with code SUNHOME10. Valid from Monday 1 June 2026 until Sunday 14 June 2026 at 23:59 UK time. Cannot be combined with any other offer.",
              "conditions": {"minSubtotal": "60.00"},
              "target": {"include": {"categories": ["homeware"]}},
              "benefit": {"amountOff": "10.00"},
              "combinable": false
            },
            "messages": [
              {
                "id": "sun-home-email",
                "channel": "email",
                "sentAt": "2026-06-01T08:00:00",
                "advertises": {"amountOff": "10.00"},
                "code": "SUNHOME10",
                "link": {"url": "https://hearthandhedge.example/homeware?promo=SUNHOME10", "appliesCode": "SUNHOME10"}
              },
              {
                "id": "sun-home-sms",
                "channel": "sms",
                "sentAt": "2026-06-12T10:00:00",
                "code": "SUNHOME10"
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "CUSHION-LINEN", "name": "Linen cushion cover", "categories": ["homeware", "cushions"], "tags": [], "price": "28.00"},
            {"sku": "VASE-GLASS", "name": "Hand-blown glass vase", "categories": ["homeware"], "tags": [], "price": "45.00"},
            {"sku": "THROW-WOOL", "name": "Wool throw", "categories": ["homeware", "throws"], "tags": [], "price": "79.00"},
            {"sku": "LANTERN-RATTAN", "name": "Rattan lantern", "categories": ["homeware", "lighting"], "tags": ["sale"], "price": "32.00"},
            {"sku": "PLANTER-TERRACOTTA", "name": "Terracotta planter", "categories": ["garden"], "tags": [], "price": "22.00"},
            {"sku": "GLOVES-GARDEN", "name": "Gardening gloves", "categories": ["garden"], "tags": [], "price": "14.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "sun-home-10":
        "Spend at least £60.00 on homeware and save £10.00 with SUNHOME10, valid from 1 June 2026 to 14 June 2026 (11.59pm BST). Not valid with other promotions."
    ])

  /// Spend-and-save percentage tiers in EUR (Paris, summer time), sale items excluded.
  static let autumnTiers = CleanCampaign(
    name: "autumn-tiers",
    summary: "percentage tiers, EUR, Europe/Paris",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "automne-tiers",
            "name": "Spend more, save more",
            "currency": "EUR",
            "timeZone": "Europe/Paris",
            "starts": "2026-10-05T00:00:00",
            "ends": "2026-10-19T00:00:00",
            "activation": {"codes": ["AUTOMNE26"]},
            "target": {"exclude": {"tags": ["sale"]}},
            "benefit": {"tiers": [
              {"minSubtotal": "100.00", "percentOff": 10},
              {"minSubtotal": "200.00", "percentOff": 15},
              {"minSubtotal": "300.00", "percentOff": 20}
            ]},
            "terms": {
              "text": "Spend €100, get 10% off; spend €200, get 15% off; spend €300 or more, get 20% off, with code AUTOMNE26. Sale items are excluded. From Monday 5 October 2026 until Sunday 18 October 2026 at 23:59 Paris time.",
              "target": {"exclude": {"tags": ["sale"]}},
              "benefit": {"tiers": [
                {"minSubtotal": "100.00", "percentOff": 10},
                {"minSubtotal": "200.00", "percentOff": 15},
                {"minSubtotal": "300.00", "percentOff": 20}
              ]}
            },
            "messages": [
              {
                "id": "automne-email",
                "channel": "email",
                "sentAt": "2026-10-05T09:00:00",
                "advertises": {"tiers": [
                  {"minSubtotal": "100.00", "percentOff": 10},
                  {"minSubtotal": "200.00", "percentOff": 15},
                  {"minSubtotal": "300.00", "percentOff": 20}
                ]},
                "code": "AUTOMNE26",
                "link": {"url": "https://maisonbrune.example/automne?code=AUTOMNE26", "appliesCode": "AUTOMNE26"}
              },
              {
                "id": "automne-sms",
                "channel": "sms",
                "sentAt": "2026-10-16T18:00:00",
                "code": "AUTOMNE26"
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "BLAZER-WOOL", "name": "Veste en laine", "categories": ["womenswear"], "tags": [], "price": "240.00"},
            {"sku": "DRESS-MIDI", "name": "Robe midi", "categories": ["womenswear"], "tags": ["sale"], "price": "90.00"},
            {"sku": "JEANS-SELVEDGE", "name": "Jean selvedge", "categories": ["menswear"], "tags": [], "price": "120.00"},
            {"sku": "SHIRT-OXFORD", "name": "Chemise oxford", "categories": ["menswear"], "tags": [], "price": "65.00"},
            {"sku": "BELT-LEATHER", "name": "Ceinture en cuir", "categories": ["accessories"], "tags": [], "price": "45.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "automne-tiers":
        "10% off orders of €100, 15% off orders of €200 and 20% off orders of €300 or more (sale items excluded) with AUTOMNE26, valid 5 October 2026 - 18 October 2026, Paris time."
    ])

  /// Buy two pairs of socks, get a third free, in AUD (Sydney, daylight time).
  static let socksTrio = CleanCampaign(
    name: "socks-trio",
    summary: "buy 2 get 1 free on a category, AUD, Australia/Sydney (AEDT)",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "socks-trio",
            "name": "Buy 2 pairs of socks, get 1 free",
            "currency": "AUD",
            "timeZone": "Australia/Sydney",
            "starts": "2026-11-02T00:00:00",
            "ends": "2026-11-16T00:00:00",
            "activation": {"codes": ["SOCKTRIO"]},
            "target": {"include": {"categories": ["socks"]}},
            "benefit": {"buy": 2, "get": 1},
            "terms": {
              "text": "Buy any 2 pairs of socks and get a third pair free with code SOCKTRIO: in each group of 3, the cheapest pair is free. Valid from Monday 2 November 2026 until Sunday 15 November 2026 at 11:59pm Sydney time.",
              "target": {"include": {"categories": ["socks"]}},
              "benefit": {"buy": 2, "get": 1}
            },
            "messages": [
              {
                "id": "socks-email",
                "channel": "email",
                "sentAt": "2026-11-02T07:30:00",
                "advertises": {"buy": 2, "get": 1},
                "code": "SOCKTRIO",
                "link": {"url": "https://ridgeline.example/au/socks?promo=SOCKTRIO", "appliesCode": "SOCKTRIO"}
              },
              {
                "id": "socks-sms",
                "channel": "sms",
                "sentAt": "2026-11-13T17:00:00",
                "code": "SOCKTRIO"
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "SOCKS-MERINO", "name": "Merino hiking socks", "categories": ["socks"], "tags": [], "price": "24.00"},
            {"sku": "SOCKS-BAMBOO", "name": "Bamboo everyday socks", "categories": ["socks"], "tags": [], "price": "15.00"},
            {"sku": "SOCKS-CREW-3PK", "name": "Cotton crew socks, 3 pack", "categories": ["socks"], "tags": [], "price": "29.00"},
            {"sku": "BEANIE-ALPACA", "name": "Alpaca beanie", "categories": ["hats"], "tags": [], "price": "39.00"},
            {"sku": "TRAIL-RUNNER", "name": "Trail running shoes", "categories": ["shoes"], "tags": [], "price": "189.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "socks-trio":
        "Socks: buy 2, get 1 free (the cheapest pair in each group of 3) with SOCKTRIO, 2 November 2026 through 15 November 2026, Sydney time."
    ])

  /// Any three candles for £30 in GBP (London, winter time), limited to 5,000 orders.
  static let candleBundle = CleanCampaign(
    name: "candle-bundle",
    summary: "fixed price bundle with a total limit, GBP, Europe/London (GMT)",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "candles-3-for-30",
            "name": "Any 3 candles for £30",
            "currency": "GBP",
            "timeZone": "Europe/London",
            "starts": "2026-11-02T00:00:00",
            "ends": "2026-11-16T00:00:00",
            "activation": {"codes": ["CANDLES3"]},
            "target": {"include": {"categories": ["candles"]}},
            "benefit": {"fixedPrice": "30.00", "quantity": 3},
            "limits": {"total": 5000},
            "terms": {
              "text": "Any 3 candles for £30 with code CANDLES3, from Monday 2 November 2026 until Sunday 15 November 2026 at 23:59 UK time. Limited to the first 5,000 orders.",
              "target": {"include": {"categories": ["candles"]}},
              "benefit": {"fixedPrice": "30.00", "quantity": 3},
              "limits": {"total": 5000}
            },
            "messages": [
              {
                "id": "candles-email",
                "channel": "email",
                "sentAt": "2026-11-02T08:00:00",
                "advertises": {"fixedPrice": "30.00", "quantity": 3},
                "code": "CANDLES3",
                "link": {"url": "https://hearthandhedge.example/candles?promo=CANDLES3", "appliesCode": "CANDLES3"}
              },
              {
                "id": "candles-sms",
                "channel": "sms",
                "sentAt": "2026-11-09T12:00:00",
                "code": "CANDLES3"
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "CANDLE-FIG", "name": "Fig and cedar candle", "categories": ["candles"], "tags": [], "price": "16.00"},
            {"sku": "CANDLE-AMBER", "name": "Amber candle", "categories": ["candles"], "tags": [], "price": "14.00"},
            {"sku": "CANDLE-LINEN", "name": "Clean linen candle", "categories": ["candles"], "tags": [], "price": "12.00"},
            {"sku": "DIFFUSER-REED", "name": "Reed diffuser", "categories": ["fragrance"], "tags": [], "price": "26.00"},
            {"sku": "MATCHES-LONG", "name": "Long matches", "categories": ["accessories"], "tags": [], "price": "6.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "candles-3-for-30":
        "Mix and match 3 candles for £30.00 (code CANDLES3; first 5,000 orders only), 2 November 2026 to 15 November 2026, London time."
    ])

  /// Free shipping over $75 on web and app in USD (Los Angeles).
  static let freeShipping = CleanCampaign(
    name: "free-shipping",
    summary: "free shipping over a minimum spend, web and app, USD, America/Los_Angeles",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "ship-free-sept",
            "name": "Free shipping on orders over $75",
            "currency": "USD",
            "timeZone": "America/Los_Angeles",
            "starts": "2026-09-01T00:00:00",
            "ends": "2026-10-01T00:00:00",
            "activation": {"codes": ["FREESHIPSEPT"]},
            "channels": ["web", "app"],
            "conditions": {"minSubtotal": "75.00"},
            "benefit": {"shipping": {"percentOff": 100}},
            "terms": {
              "text": "Free standard shipping on orders over $75 with code FREESHIPSEPT, on our website and in our app. Valid from Tuesday 1 September 2026 until Wednesday 30 September 2026 at 11:59pm Pacific time.",
              "channels": ["web", "app"],
              "conditions": {"minSubtotal": "75.00"},
              "benefit": {"shipping": {"percentOff": 100}}
            },
            "messages": [
              {
                "id": "ship-free-email",
                "channel": "email",
                "sentAt": "2026-09-01T06:00:00",
                "advertises": {"shipping": {"percentOff": 100}},
                "code": "FREESHIPSEPT",
                "link": {"url": "https://summitsupply.example/?promo=FREESHIPSEPT", "appliesCode": "FREESHIPSEPT"}
              },
              {
                "id": "ship-free-push",
                "channel": "push",
                "sentAt": "2026-09-25T16:00:00",
                "link": {"url": "https://summitsupply.example/app/shipping?promo=FREESHIPSEPT", "appliesCode": "FREESHIPSEPT"}
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "TENT-2P", "name": "Two-person tent", "categories": ["camping"], "tags": [], "price": "249.00"},
            {"sku": "SLEEPING-BAG", "name": "Down sleeping bag", "categories": ["camping"], "tags": [], "price": "129.00"},
            {"sku": "LANTERN-LED", "name": "LED camp lantern", "categories": ["camping"], "tags": [], "price": "35.00"},
            {"sku": "BOTTLE-STEEL", "name": "Steel water bottle", "categories": ["hydration"], "tags": [], "price": "28.00"},
            {"sku": "MAP-TRAIL", "name": "Trail map", "categories": ["books"], "tags": [], "price": "12.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "ship-free-sept":
        "Spend $75 or more and shipping is free (code FREESHIPSEPT, web and app orders only), 1 September 2026 to 30 September 2026, Pacific time."
    ])

  /// ¥1,000 off a first order of ¥5,000 in JPY (Tokyo), once per customer.
  static let welcomeJapan = CleanCampaign(
    name: "welcome-japan",
    summary: "first-order welcome, amount off over a minimum spend, JPY, Asia/Tokyo",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "hajimete-1000",
            "name": "¥1,000 off your first order",
            "currency": "JPY",
            "timeZone": "Asia/Tokyo",
            "starts": "2026-04-01T00:00:00",
            "ends": "2026-05-01T00:00:00",
            "activation": {"codes": ["HAJIMETE-1000"]},
            "conditions": {"minSubtotal": "5000", "firstOrder": true},
            "benefit": {"amountOff": "1000"},
            "limits": {"perCustomer": 1},
            "terms": {
              "text": "¥1,000 off your first order of ¥5,000 or more with code HAJIMETE-1000. Once per customer; sign in to use it. Valid from Wednesday 1 April 2026 until Thursday 30 April 2026 at 23:59 Tokyo time.",
              "conditions": {"minSubtotal": "5000", "firstOrder": true},
              "benefit": {"amountOff": "1000"},
              "limits": {"perCustomer": 1}
            },
            "messages": [
              {
                "id": "hajimete-signup-email",
                "channel": "email",
                "audience": {"segments": ["newsletter-signups"]},
                "sentAt": "2026-04-01T09:00:00",
                "advertises": {"amountOff": "1000"},
                "code": "HAJIMETE-1000",
                "link": {"url": "https://kasane.example/jp/welcome?promo=HAJIMETE-1000", "appliesCode": "HAJIMETE-1000"}
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "TENUGUI", "name": "Cotton tenugui towel", "categories": ["bath", "towels"], "tags": [], "price": "1650"},
            {"sku": "YUKATA", "name": "Linen yukata robe", "categories": ["robes"], "tags": [], "price": "6800"},
            {"sku": "FUROSHIKI", "name": "Silk furoshiki", "categories": ["accessories"], "tags": [], "price": "2400"},
            {"sku": "TEAPOT-IRON", "name": "Cast-iron teapot", "categories": ["kitchen"], "tags": [], "price": "8900"},
            {"sku": "CHOPSTICKS", "name": "Lacquered chopsticks", "categories": ["kitchen"], "tags": [], "price": "1200"}
          ]
        }
      }
      """,
    rephrasedText: [
      "hajimete-1000":
        "New customers: spend ¥5,000 or more on your first order and get ¥1,000 off (code HAJIMETE-1000, one use per customer, sign-in required), 1 April 2026 - 30 April 2026, Japan time."
    ])

  /// 15% off in the app only, capped at A$40, in AUD (Sydney, standard time).
  static let appOnly = CleanCampaign(
    name: "app-only",
    summary: "app-only percent off with a cap, AUD, Australia/Sydney (AEST)",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "app-15",
            "name": "15% off in the app",
            "currency": "AUD",
            "timeZone": "Australia/Sydney",
            "starts": "2026-05-04T00:00:00",
            "ends": "2026-05-18T00:00:00",
            "activation": {"codes": ["APP15"]},
            "channels": ["app"],
            "benefit": {"percentOff": 15},
            "maxDiscount": "40.00",
            "terms": {
              "text": "15% off everything in the app with code APP15, up to A$40 off per order. App only: not valid on the website or in store. Valid from Monday 4 May 2026 until Sunday 17 May 2026 at 23:59 Sydney time.",
              "channels": ["app"],
              "benefit": {"percentOff": 15},
              "maxDiscount": "40.00"
            },
            "messages": [
              {
                "id": "app-15-push",
                "channel": "push",
                "sentAt": "2026-05-04T08:00:00",
                "advertises": {"percentOff": 15},
                "code": "APP15",
                "link": {"url": "https://ridgeline.example/au/app?promo=APP15", "appliesCode": "APP15"}
              },
              {
                "id": "app-15-email",
                "channel": "email",
                "sentAt": "2026-05-11T08:00:00",
                "advertises": {"percentOff": 15},
                "code": "APP15"
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "JACKET-DOWN", "name": "Down jacket", "categories": ["outerwear"], "tags": [], "price": "299.00"},
            {"sku": "FLEECE-ZIP", "name": "Zip fleece", "categories": ["outerwear"], "tags": [], "price": "119.00"},
            {"sku": "TEE-ORGANIC", "name": "Organic cotton tee", "categories": ["tops"], "tags": [], "price": "39.00"},
            {"sku": "CAP-TRUCKER", "name": "Trucker cap", "categories": ["hats"], "tags": [], "price": "29.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "app-15":
        "Shop in our app and take 15% off (up to AUD 40 off) with APP15: app orders only, 4 May 2026 to 17 May 2026, Sydney time."
    ])

  /// A customer-bound, single-use $15 recovery voucher in USD (New York).
  static let recoveryVoucher = CleanCampaign(
    name: "recovery-voucher",
    summary: "customer-bound single-use voucher, USD, America/New_York",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "recovery-c20417",
            "name": "$15 off your next order",
            "currency": "USD",
            "timeZone": "America/New_York",
            "starts": "2026-08-03T00:00:00",
            "ends": "2026-11-01T00:00:00",
            "activation": {"codes": ["RECOVER-7QX4-KD2M"]},
            "audience": {"customers": ["c-20417"]},
            "benefit": {"amountOff": "15.00"},
            "limits": {"total": 1, "perCustomer": 1},
            "terms": {
              "text": "$15 off your next order, for you only, with code RECOVER-7QX4-KD2M. One use; sign in to your account to redeem. Valid from Monday 3 August 2026 until Saturday 31 October 2026 at 23:59 New York time.",
              "audience": {"customers": ["c-20417"]},
              "benefit": {"amountOff": "15.00"},
              "limits": {"total": 1, "perCustomer": 1}
            },
            "messages": [
              {
                "id": "recovery-email",
                "channel": "email",
                "audience": {"customers": ["c-20417"]},
                "sentAt": "2026-08-03T10:00:00",
                "advertises": {"amountOff": "15.00"},
                "code": "RECOVER-7QX4-KD2M",
                "link": {"url": "https://voltandvine.example/account?promo=RECOVER-7QX4-KD2M", "appliesCode": "RECOVER-7QX4-KD2M"}
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "HEADPHONES-ANC", "name": "Noise-cancelling headphones", "categories": ["audio"], "tags": [], "price": "149.00"},
            {"sku": "SPEAKER-MINI", "name": "Mini speaker", "categories": ["audio"], "tags": [], "price": "59.00"},
            {"sku": "CABLE-USB-C", "name": "USB-C cable", "categories": ["accessories"], "tags": [], "price": "19.00"},
            {"sku": "CASE-PHONE", "name": "Phone case", "categories": ["accessories"], "tags": [], "price": "29.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "recovery-c20417":
        "A $15 credit toward your next order, redeemable once with RECOVER-7QX4-KD2M when signed in to your account, from 3 August 2026 through 31 October 2026, New York time."
    ])

  /// Two campaigns in one EUR file (Paris, winter time): 25% off linen with a code, and automatic free delivery
  /// over €50.
  static let springLinen = CleanCampaign(
    name: "spring-linen",
    summary: "two campaigns, one automatic, EUR, Europe/Paris (CET)",
    json: """
      {
        "format": "promoguard/1",
        "campaigns": [
          {
            "id": "spring-linen-25",
            "name": "25% off linen",
            "currency": "EUR",
            "timeZone": "Europe/Paris",
            "starts": "2026-03-02T00:00:00",
            "ends": "2026-03-16T00:00:00",
            "activation": {"codes": ["LINEN25"]},
            "target": {"include": {"categories": ["linen"]}},
            "benefit": {"percentOff": 25},
            "stacking": {"priority": 10},
            "terms": {
              "text": "25% off all linen with code LINEN25, from Monday 2 March 2026 until Sunday 15 March 2026 at 23:59 Paris time. Can be combined with our free delivery offer.",
              "target": {"include": {"categories": ["linen"]}},
              "benefit": {"percentOff": 25}
            },
            "messages": [
              {
                "id": "linen-email",
                "channel": "email",
                "sentAt": "2026-03-02T08:00:00",
                "advertises": {"percentOff": 25},
                "code": "LINEN25",
                "link": {"url": "https://maisonbrune.example/linge?code=LINEN25", "appliesCode": "LINEN25"}
              },
              {
                "id": "linen-sms",
                "channel": "sms",
                "sentAt": "2026-03-13T12:00:00",
                "code": "LINEN25"
              }
            ]
          },
          {
            "id": "spring-free-delivery",
            "name": "Free delivery over €50",
            "currency": "EUR",
            "timeZone": "Europe/Paris",
            "starts": "2026-03-02T00:00:00",
            "ends": "2026-03-16T00:00:00",
            "activation": {"automatic": true},
            "conditions": {"minSubtotal": "50.00"},
            "benefit": {"shipping": {"percentOff": 100}},
            "terms": {
              "text": "Free delivery on orders over €50, applied automatically at checkout, from Monday 2 March 2026 until Sunday 15 March 2026 at 23:59 Paris time.",
              "conditions": {"minSubtotal": "50.00"},
              "benefit": {"shipping": {"percentOff": 100}}
            },
            "messages": [
              {
                "id": "free-delivery-banner",
                "channel": "landing",
                "sentAt": "2026-03-02T00:00:00",
                "advertises": {"shipping": {"percentOff": 100}},
                "link": {"url": "https://maisonbrune.example/livraison"}
              }
            ]
          }
        ],
        "catalog": {
          "products": [
            {"sku": "SHEETS-LINEN-D", "name": "Draps en lin, double", "categories": ["linen", "bedding"], "tags": [], "price": "149.00"},
            {"sku": "TABLECLOTH-LINEN", "name": "Nappe en lin", "categories": ["linen", "table"], "tags": [], "price": "89.00"},
            {"sku": "NAPKINS-LINEN", "name": "Serviettes en lin, lot de 4", "categories": ["linen", "table"], "tags": [], "price": "36.00"},
            {"sku": "TOWEL-COTTON", "name": "Serviette en coton", "categories": ["bath"], "tags": [], "price": "19.00"},
            {"sku": "MUG-CERAMIC", "name": "Tasse en céramique", "categories": ["kitchen"], "tags": [], "price": "16.00"}
          ]
        }
      }
      """,
    rephrasedText: [
      "spring-linen-25":
        "Take 25% off linen with LINEN25 (combines with free delivery), valid 2 March 2026 to 15 March 2026, Paris time.",
      "spring-free-delivery":
        "Orders of €50 or more ship free automatically, 2 March 2026 to 15 March 2026 (Paris time).",
    ])
}
